package io.vigil.nlp.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SpanScoreTest {

  @Test
  void countsOnlyExactSpansOfTheRightType() {
    SpanScore s = new SpanScore();
    s.add(
        List.of("B-PER", "I-PER", "O", "B-LOC", "O", "B-ORG"),
        List.of("B-PER", "I-PER", "O", "B-ORG", "O", "B-ORG"));
    assertThat(s.overall()).isEqualTo(new SpanScore.Counts(2, 3, 3));
    assertThat(s.perType().get("LOC")).isEqualTo(new SpanScore.Counts(0, 0, 1));
    assertThat(s.perType().get("ORG")).isEqualTo(new SpanScore.Counts(1, 2, 1));
  }

  @Test
  void aTruncatedSpanIsWrong() {
    SpanScore s = new SpanScore();
    s.add(List.of("B-PER", "I-PER"), List.of("B-PER", "O"));
    assertThat(s.overall().truePositives()).isZero();
    assertThat(s.overall().f1()).isZero();
  }

  @Test
  void readsChunksFromIob2() {
    assertThat(SpanScore.chunks(List.of("B-LOC", "B-LOC", "I-LOC", "O", "I-PER")))
        .containsExactly("0:1:LOC", "1:3:LOC", "4:5:PER");
  }
}
