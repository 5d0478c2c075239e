package io.vigil.nlp.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Exact-span precision, recall and F1, overall and per type, as conlleval counts them: an entity is
 * right only when its type and both boundaries match. Not thread-safe.
 */
public final class SpanScore {

  /** Counts of one type (or of all). */
  public record Counts(int truePositives, int predicted, int gold) {
    public double precision() {
      return predicted == 0 ? 0 : (double) truePositives / predicted;
    }

    public double recall() {
      return gold == 0 ? 0 : (double) truePositives / gold;
    }

    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
  }

  private final Map<String, int[]> byType = new TreeMap<>();

  /** Adds one sentence's gold and predicted IOB2 tags. */
  public void add(List<String> gold, List<String> predicted) {
    List<String> g = chunks(gold);
    List<String> p = chunks(predicted);
    for (String chunk : g) {
      counts(type(chunk))[2]++;
    }
    for (String chunk : p) {
      counts(type(chunk))[1]++;
      if (g.contains(chunk)) {
        counts(type(chunk))[0]++;
      }
    }
  }

  public Map<String, Counts> perType() {
    Map<String, Counts> out = new TreeMap<>();
    byType.forEach((t, c) -> out.put(t, new Counts(c[0], c[1], c[2])));
    return out;
  }

  public Counts overall() {
    int[] sum = new int[3];
    for (int[] c : byType.values()) {
      for (int i = 0; i < 3; i++) {
        sum[i] += c[i];
      }
    }
    return new Counts(sum[0], sum[1], sum[2]);
  }

  private int[] counts(String type) {
    return byType.computeIfAbsent(type, k -> new int[3]);
  }

  private static String type(String chunk) {
    return chunk.substring(chunk.lastIndexOf(':') + 1);
  }

  /** Chunks as "start:end:TYPE" strings, read from IOB2 tags. */
  static List<String> chunks(List<String> tags) {
    List<String> out = new ArrayList<>();
    int start = -1;
    String type = null;
    for (int i = 0; i <= tags.size(); i++) {
      String tag = i < tags.size() ? tags.get(i) : "O";
      boolean continues = type != null && tag.equals("I-" + type);
      if (!continues && type != null) {
        out.add(start + ":" + i + ":" + type);
        type = null;
      }
      if (tag.startsWith("B-") || (tag.startsWith("I-") && !continues)) {
        start = i;
        type = tag.substring(2);
      }
    }
    return out;
  }
}
