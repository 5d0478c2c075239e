package io.vigil.pipeline;

/**
 * Time spent in each stage, and tokens analysed, added up over the articles one thread processed.
 * Not thread-safe: one per thread, then {@link #add(StageTimes) added} together.
 */
public final class StageTimes {

  private final long[] nanos = new long[Stage.values().length];
  private long tokens;

  void add(Stage stage, long elapsedNanos) {
    nanos[stage.ordinal()] += elapsedNanos;
  }

  void addTokens(long n) {
    tokens += n;
  }

  public void add(StageTimes other) {
    for (int i = 0; i < nanos.length; i++) {
      nanos[i] += other.nanos[i];
    }
    tokens += other.tokens;
  }

  public long nanos(Stage stage) {
    return nanos[stage.ordinal()];
  }

  public long totalNanos() {
    long t = 0;
    for (long n : nanos) {
      t += n;
    }
    return t;
  }

  public long tokens() {
    return tokens;
  }
}
