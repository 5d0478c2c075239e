package io.vigil.pipeline.bench;

import io.vigil.pipeline.Stage;
import java.util.Map;

/**
 * What one benchmark run measured.
 *
 * @param articles articles processed in the measured passes
 * @param rejected documents rejected in the measured passes
 * @param threads worker threads
 * @param seconds wall time of the measured passes
 * @param articlesPerSecond articles over wall time
 * @param tokensPerSecond tokens analysed over wall time
 * @param stageShares each stage's share of the time spent in stages
 * @param p50Millis median latency of one article
 * @param p95Millis 95th percentile latency
 * @param p99Millis 99th percentile latency
 * @param peakHeapBytes peak heap in use during the measured passes
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
    long peakHeapBytes,
    Double searchableP95Millis,
    Baseline baseline) {

  /** A baseline's throughput on the same articles and threads. */
  public record Baseline(String name, int articles, double seconds, double articlesPerSecond) {}

  /** Vigil's throughput over the baseline's, or null without a baseline. */
  public Double ratio() {
    return baseline == null ? null : articlesPerSecond / baseline.articlesPerSecond();
  }
}
