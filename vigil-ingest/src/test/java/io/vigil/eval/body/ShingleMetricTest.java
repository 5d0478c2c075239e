package io.vigil.eval.body;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.vigil.eval.body.ShingleMetric.Overlap;
import java.util.List;
import org.junit.jupiter.api.Test;

class ShingleMetricTest {

  @Test
  void wordsAreRunsOfUnicodeWordCharactersWithCaseKept() {
    assertThat(ShingleMetric.words("Café-owners, São Paulo: 12 new_rules!"))
        .containsExactly("Café", "owners", "São", "Paulo", "12", "new_rules");
  }

  @Test
  void shinglesAreWordFourGramsCountedWithMultiplicity() {
    assertThat(ShingleMetric.shingles("a b c d a b c d"))
        .containsEntry("a b c d", 2)
        .containsEntry("b c d a", 1)
        .containsEntry("c d a b", 1)
        .containsEntry("d a b c", 1)
        .hasSize(4);
  }

  @Test
  void aTextShorterThanFourWordsIsOneShingle() {
    assertThat(ShingleMetric.shingles("Hello there")).containsOnlyKeys("Hello there");
    assertThat(ShingleMetric.shingles("  ,. ")).isEmpty();
  }

  @Test
  void identicalTextsScoreOne() {
    Overlap o = ShingleMetric.compare("one two three four five", "one two three four five");
    assertThat(o).isEqualTo(new Overlap(2, 0, 0));
    assertThat(o.precision()).isEqualTo(1);
    assertThat(o.recall()).isEqualTo(1);
  }

  @Test
  void extraAndMissingShinglesAreFalsePositivesAndNegatives() {
    // truth: w1..w6 (3 shingles); prediction: w3..w8 (3 shingles), sharing w3..w6 (1 shingle)
    Overlap o = ShingleMetric.compare("w1 w2 w3 w4 w5 w6", "w3 w4 w5 w6 w7 w8");
    assertThat(o).isEqualTo(new Overlap(1, 2, 2));
    assertThat(o.precision()).isCloseTo(1.0 / 3, within(1e-9));
    assertThat(o.recall()).isCloseTo(1.0 / 3, within(1e-9));
  }

  @Test
  void caseMatters() {
    assertThat(ShingleMetric.compare("The Big Red Dog", "the big red dog").tp()).isZero();
  }

  @Test
  void twoEmptyTextsAgreePerfectly() {
    Overlap o = ShingleMetric.compare("", "");
    assertThat(o.precision()).isEqualTo(1);
    assertThat(o.recall()).isEqualTo(1);
  }

  @Test
  void anEmptyPredictionHasZeroRecallAndNoPrecision() {
    Overlap o = ShingleMetric.compare("some true body text here", "");
    assertThat(o.recall()).isZero();
    assertThat(o.precision()).isNaN();
  }

  @Test
  void meansAreTakenOverPagesWherePrecisionIsDefined() {
    Scores s =
        Scores.of(
            List.of(
                ShingleMetric.compare("a b c d e", "a b c d e"), // P 1, R 1
                ShingleMetric.compare("a b c d e", ""), // P undefined, R 0
                ShingleMetric.compare("w1 w2 w3 w4 w5 w6", "w3 w4 w5 w6 w7 w8"))); // 1/3, 1/3
    assertThat(s.precision()).isCloseTo((1 + 1.0 / 3) / 2, within(1e-9));
    assertThat(s.recall()).isCloseTo((1 + 0 + 1.0 / 3) / 3, within(1e-9));
    double p = s.precision();
    double r = s.recall();
    assertThat(s.f1()).isCloseTo(2 * p * r / (p + r), within(1e-9));
  }
}
