package io.vigil.nlp.analyse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NameFreeSentencesTest {

  @Test
  void lowerCaseWordsAfterACommonOpenerCannotHoldAName() {
    assertThat(NameFreeSentences.nameFree(List.of("The", "talks", "went", "on", "late", ".")))
        .isTrue();
    assertThat(NameFreeSentences.nameFree(List.of("it", "rained", "."))).isTrue();
  }

  @Test
  void aCapitalAfterTheFirstWordMayBeAName() {
    assertThat(NameFreeSentences.nameFree(List.of("The", "talks", "in", "Oslo", "ended", ".")))
        .isFalse();
    assertThat(NameFreeSentences.nameFree(List.of("“", "Oslo", "was", "cold", "."))).isFalse();
  }

  @Test
  void aCapitalisedFirstWordThatIsNoCommonOpenerMayBeAName() {
    assertThat(NameFreeSentences.nameFree(List.of("Merkel", "arrived", "late", "."))).isFalse();
  }

  @Test
  void digitsMayBelongToAName() {
    assertThat(NameFreeSentences.nameFree(List.of("the", "g20", "met", "."))).isFalse();
  }
}
