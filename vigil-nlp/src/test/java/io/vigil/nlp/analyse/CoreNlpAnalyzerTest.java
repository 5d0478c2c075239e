package io.vigil.nlp.analyse;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigil.model.Mention;
import org.junit.jupiter.api.Test;

class CoreNlpAnalyzerTest {

  private final CoreNlpAnalyzer analyzer = CoreNlpAnalyzer.shared();

  @Test
  void findsANameThatOpensASentenceAndTagsNameFreeSentencesOutside() {
    Analysis a =
        analyzer.analyse(
            "Merkel arrived in Oslo on Monday. the talks went on late into the night.");
    assertThat(a.sentences()).hasSize(2);
    assertThat(a.mentions()).extracting(Mention::text).contains("Merkel", "Oslo");
    assertThat(a.tokensOf(a.sentences().get(1)))
        .allSatisfy(t -> assertThat(t.ner()).isEqualTo("O"));
  }

  @Test
  void splitAndTagTogetherGiveOneTagPerToken() {
    var sentences = analyzer.split("The United Nations met in Geneva. it rained.");
    assertThat(sentences).hasSize(2);
    assertThat(analyzer.tag(sentences.get(0)))
        .hasSize(sentences.get(0).size())
        .contains("LOCATION");
    assertThat(analyzer.tag(sentences.get(1))).containsOnly("O");
  }

  @Test
  void keepsAQuotedQuestionAndItsCueInOneSentence() {
    Analysis a =
        analyzer.analyse("“Why is the harbour closed?” Ruth Adler asked the board. It was.");
    assertThat(a.sentences()).hasSize(2);
    Analysis b = analyzer.analyse("Sen. Ruth Adler (D-Mass.) said the harbour was closed.");
    assertThat(b.sentences()).hasSize(1);
  }

  @Test
  void endsASentenceAtEveryLineBreakAsPlainTextParagraphsAreLines() {
    Analysis a =
        analyzer.analyse(
            "Harbour Reopens After Storm\nThe harbour reopened on Monday, officials said.\u00a0\n"
                + "Ferries will sail on Tuesday.");
    assertThat(a.sentences()).hasSize(3);
    assertThat(a.sentences().get(0).span().of("Harbour Reopens After Storm\n"))
        .isEqualTo("Harbour Reopens After Storm");
  }

  @Test
  void leavesAPastVerbTheTaggerTookIntoANameOutOfTheMention() {
    Analysis a = analyzer.analyse("For his part, Bush tweeted Monday that the mayor is a loser.");
    assertThat(a.mentions()).extracting(Mention::text).doesNotContain("Bush tweeted");
  }

  @Test
  void readsANameWithACurlyApostropheAsTheSameNameWithAStraightOne() {
    Analysis a = analyzer.analyse("Then O’Malley spoke, and O’Brien and D’Souza left.");
    assertThat(a.mentions()).extracting(Mention::text).contains("O’Malley", "O’Brien", "D’Souza");
  }
}
