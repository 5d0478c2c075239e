package io.vigil.pipeline;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * Wall and CPU time spent in each stage, and tokens analysed, added up over the articles one thread
 * processed. Not thread-safe: one per thread, then {@link #add(StageTimes) added} together.
 */
public final class StageTimes {

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  private static final boolean CPU_TIME = THREADS.isCurrentThreadCpuTimeSupported();

  private final long[] nanos = new long[Stage.values().length];
  private final long[] cpuNanos = new long[Stage.values().length];
  private long tokens;

  /**
   * The CPU time the calling thread has used, in nanoseconds, or 0 where the JVM cannot tell. Only
   * differences between two calls on the same thread mean anything.
   */
  public static long threadCpuNanos() {
    return CPU_TIME ? THREADS.getCurrentThreadCpuTime() : 0;
  }

  public void add(Stage stage, long elapsedNanos, long elapsedCpuNanos) {
    nanos[stage.ordinal()] += elapsedNanos;
    cpuNanos[stage.ordinal()] += elapsedCpuNanos;
  }

  void addTokens(long n) {
    tokens += n;
  }

  public void add(StageTimes other) {
    for (int i = 0; i < nanos.length; i++) {
      nanos[i] += other.nanos[i];
      cpuNanos[i] += other.cpuNanos[i];
    }
    tokens += other.tokens;
  }

  /** Wall time spent in {@code stage}. */
  public long nanos(Stage stage) {
    return nanos[stage.ordinal()];
  }

  /** CPU time the processing threads spent in {@code stage}. */
  public long cpuNanos(Stage stage) {
    return cpuNanos[stage.ordinal()];
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
