package io.vigil.eval.body;

import java.util.Collection;

/**
 * The benchmark's figures over a set of pages: precision is the mean of the pages' precisions,
 * recall the mean of their recalls (each over the pages where it is defined), and F1 the harmonic
 * mean of the two means.
 *
 * @param pages how many pages were scored
 * @param precision mean per-page precision
 * @param recall mean per-page recall
 */
public record Scores(int pages, double precision, double recall) {

  /** Harmonic mean of {@link #precision()} and {@link #recall()}. */
  public double f1() {
    return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
  }

  /** Averages the overlaps of several pages. */
  public static Scores of(Collection<ShingleMetric.Overlap> overlaps) {
    return new Scores(
        overlaps.size(),
        mean(overlaps.stream().mapToDouble(ShingleMetric.Overlap::precision).toArray()),
        mean(overlaps.stream().mapToDouble(ShingleMetric.Overlap::recall).toArray()));
  }

  private static double mean(double[] values) {
    double sum = 0;
    int n = 0;
    for (double v : values) {
      if (!Double.isNaN(v)) {
        sum += v;
        n++;
      }
    }
    return n == 0 ? 0 : sum / n;
  }
}
