package io.vigil.nlp.extract.eval;

import java.util.Locale;

/**
 * Counts of one comparison against gold, and the measures computed from them.
 *
 * @param matchedPredicted predictions that matched a gold item
 * @param predicted all predictions
 * @param matchedGold gold items that some prediction matched
 * @param gold all gold items
 */
public record Score(int matchedPredicted, int predicted, int matchedGold, int gold) {

  public static final Score ZERO = new Score(0, 0, 0, 0);

  public Score plus(Score o) {
    return new Score(
        matchedPredicted + o.matchedPredicted,
        predicted + o.predicted,
        matchedGold + o.matchedGold,
        gold + o.gold);
  }

  public double precision() {
    return predicted == 0 ? 0 : (double) matchedPredicted / predicted;
  }

  public double recall() {
    return gold == 0 ? 0 : (double) matchedGold / gold;
  }

  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  @Override
  public String toString() {
    return String.format(
        Locale.ROOT,
        "P %.3f  R %.3f  F1 %.3f  (%d/%d predicted, %d/%d gold)",
        precision(),
        recall(),
        f1(),
        matchedPredicted,
        predicted,
        matchedGold,
        gold);
  }
}
