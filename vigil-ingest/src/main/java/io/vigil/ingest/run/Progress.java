package io.vigil.ingest.run;

import io.vigil.ingest.Outcome;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Reports a run's progress while it goes: on a terminal, one line rewritten in place (articles,
 * rate per second, errors); in a log, a plain line every interval. {@link #close()} prints the
 * final summary of counts by outcome. Thread-safe.
 */
public final class Progress implements Consumer<Outcome>, AutoCloseable {

  private final Tally tally = new Tally();
  private final PrintWriter out;
  private final boolean terminal;
  private final Duration interval;
  private final Clock clock;
  private final Instant start;
  private Instant lastReport;

  /**
   * @param out where to write (standard error for a CLI)
   * @param terminal true to rewrite one line in place, false for plain periodic lines
   * @param interval the least time between two reports
   * @param clock the time source
   */
  public Progress(PrintWriter out, boolean terminal, Duration interval, Clock clock) {
    this.out = out;
    this.terminal = terminal;
    this.interval = interval;
    this.clock = clock;
    this.start = clock.instant();
    this.lastReport = start;
  }

  /**
   * A reporter on {@code err} (standard error for a CLI) that rewrites its line when a terminal is
   * attached ({@code System.console() != null}) and prints a line every ten seconds otherwise.
   */
  public static Progress on(PrintWriter err) {
    boolean terminal = System.console() != null;
    return new Progress(
        err,
        terminal,
        terminal ? Duration.ofMillis(250) : Duration.ofSeconds(10),
        Clock.systemUTC());
  }

  @Override
  public void accept(Outcome outcome) {
    tally.accept(outcome);
    Instant now = clock.instant();
    synchronized (this) {
      if (Duration.between(lastReport, now).compareTo(interval) < 0) {
        return;
      }
      lastReport = now;
      if (terminal) {
        out.print("\r" + line(now) + "   ");
      } else {
        out.println(line(now));
      }
      out.flush();
    }
  }

  /** The counts so far. */
  public Tally tally() {
    return tally;
  }

  String line(Instant now) {
    double seconds = Math.max(0.001, Duration.between(start, now).toMillis() / 1000.0);
    return String.format(
        Locale.ROOT,
        "%d articles, %.1f/s, %d rejected, %d skipped",
        tally.extracted(),
        tally.extracted() / seconds,
        tally.rejected(),
        tally.skipped());
  }

  /** Prints the final summary line. */
  @Override
  public synchronized void close() {
    if (terminal) {
      out.print("\r");
    }
    out.println(line(clock.instant()));
    out.println(tally.summary());
    out.flush();
  }
}
