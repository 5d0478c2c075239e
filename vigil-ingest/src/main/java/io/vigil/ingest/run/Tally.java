package io.vigil.ingest.run;

import io.vigil.ingest.Outcome;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;

/**
 * Counts the outcomes of a run by kind and reason: {@code extracted}, {@code rejected NO_TEXT},
 * {@code skipped NOT_HTML}, ... Thread-safe.
 */
public final class Tally implements Consumer<Outcome> {

  private final Map<String, LongAdder> counts = new ConcurrentHashMap<>();
  private final LongAdder extracted = new LongAdder();
  private final LongAdder rejected = new LongAdder();
  private final LongAdder skipped = new LongAdder();

  @Override
  public void accept(Outcome outcome) {
    counts.computeIfAbsent(label(outcome), k -> new LongAdder()).increment();
    switch (outcome) {
      case Outcome.Extracted e -> extracted.increment();
      case Outcome.Rejected r -> rejected.increment();
      case Outcome.Skipped s -> skipped.increment();
    }
  }

  /** The counting key of an outcome. */
  static String label(Outcome outcome) {
    return switch (outcome) {
      case Outcome.Extracted e -> "extracted";
      case Outcome.Rejected r -> "rejected " + r.rejection().reason();
      case Outcome.Skipped s -> "skipped " + s.reason();
    };
  }

  public long extracted() {
    return extracted.sum();
  }

  public long rejected() {
    return rejected.sum();
  }

  public long skipped() {
    return skipped.sum();
  }

  public long total() {
    return extracted() + rejected() + skipped();
  }

  /** Counts by label, sorted by label. */
  public Map<String, Long> counts() {
    Map<String, Long> out = new TreeMap<>();
    counts.forEach((k, v) -> out.put(k, v.sum()));
    return out;
  }

  /** One line: {@code 12 inputs: extracted 9, rejected NO_TEXT 1, skipped NOT_HTML 2}. */
  public String summary() {
    StringBuilder s = new StringBuilder(total() + " inputs");
    String sep = ": ";
    for (var e : counts().entrySet()) {
      s.append(sep).append(e.getKey()).append(' ').append(e.getValue());
      sep = ", ";
    }
    return s.toString();
  }
}
