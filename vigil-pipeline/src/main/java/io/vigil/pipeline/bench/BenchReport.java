package io.vigil.pipeline.bench;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.vigil.pipeline.Stage;
import java.util.Map;

/**
 * What one benchmark run measured. Wall-clock figures depend on what else the machine runs; CPU
 * figures ({@link Cpu}) much less, so compare variants by CPU time per article.
 *
 * @param articles articles processed in the measured passes
 * @param rejected documents rejected in the measured passes
 * @param threads worker threads
 * @param seconds wall time of the measured passes
 * @param articlesPerSecond articles over wall time
 * @param tokensPerSecond tokens analysed over wall time
 * @param stageShares each stage's share of the wall time spent in stages
 * @param p50Millis median wall latency of one article
 * @param p95Millis 95th percentile wall latency
 * @param p99Millis 99th percentile wall latency
 * @param cpu CPU time per article, overall and per stage
 * @param memory heap and garbage collection during the measured passes
 * @param machine what the run ran on, and how busy the machine was
 * @param searchableP95Millis ingest-to-searchable latency, or null while Vigil has no index
 * @param baseline the baseline measured on the same articles, or null
 */
public record BenchReport(
    int articles,
    int rejected,
    int threads,
    double seconds,
    double articlesPerSecond,
    double tokensPerSecond,
    Map<Stage, Double> stageShares,
    double p50Millis,
    double p95Millis,
    double p99Millis,
    Cpu cpu,
    Memory memory,
    Machine machine,
    Double searchableP95Millis,
    Baseline baseline) {

  /**
   * CPU time of the worker threads (from {@code ThreadMXBean}), excluding the JIT and the garbage
   * collector, which run on their own threads.
   *
   * @param meanMillis mean CPU milliseconds per document
   * @param p95Millis 95th percentile CPU milliseconds per document
   * @param stageMillis mean CPU milliseconds per document spent in each stage
   * @param articlesPerCpuSecond documents per second of one fully busy core: the throughput a
   *     machine with idle cores would reach per core
   */
  public record Cpu(
      double meanMillis,
      double p95Millis,
      Map<Stage, Double> stageMillis,
      double articlesPerCpuSecond) {}

  /**
   * Heap and garbage collection.
   *
   * @param peakHeapBytes peak heap in use during the measured passes (summed over the heap pools)
   * @param maxHeapBytes the heap limit ({@code -Xmx})
   * @param gcCount collections during the measured passes
   * @param gcMillis time the collectors report for the measured passes
   * @param collectors the collectors' names
   */
  public record Memory(
      long peakHeapBytes, long maxHeapBytes, long gcCount, long gcMillis, String collectors) {}

  /**
   * The machine.
   *
   * @param processors processors available to the JVM
   * @param loadBefore the one-minute system load average when the measured passes began, or -1
   * @param loadAfter the one-minute load average when they ended, or -1
   * @param jvm the Java runtime's version
   */
  public record Machine(int processors, double loadBefore, double loadAfter, String jvm) {}

  /**
   * A baseline's throughput on the same articles and threads.
   *
   * @param cpuMillisPerArticle mean CPU milliseconds of the worker threads per article
   */
  public record Baseline(
      String name,
      int articles,
      double seconds,
      double articlesPerSecond,
      double cpuMillisPerArticle) {}

  /** Vigil's throughput over the baseline's, or null without a baseline. */
  @JsonProperty("ratio")
  public Double ratio() {
    return baseline == null ? null : articlesPerSecond / baseline.articlesPerSecond();
  }

  /** The baseline's CPU time per article over Vigil's, or null without a baseline. */
  @JsonProperty("cpuRatio")
  public Double cpuRatio() {
    return baseline == null ? null : baseline.cpuMillisPerArticle() / cpu.meanMillis();
  }
}
