package io.vigil.nlp.eval;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigil.nlp.analyse.CoreNlpAnalyzer;
import io.vigil.nlp.kb.KnowledgeBase;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NerEvalTest {

  /** Two sentences written for this test, in the CoNLL-2003 layout. */
  static final String CONLL =
      """
      -DOCSTART- -X- -X- O

      Maria NNP B-NP B-PER
      Lind NNP I-NP I-PER
      visited VBD B-VP O
      Oslo NNP B-NP B-LOC
      . . O O

      Turkish JJ B-NP B-MISC
      officials NNS I-NP O
      met VBD B-VP O
      NATO NNP B-NP B-ORG
      envoys NNS I-NP O
      . . O O

      A DT B-NP O
      London-based JJ I-NP B-MISC
      fund NN I-NP O
      sold VBD B-VP O
      shares NNS B-NP O
      . . O O
      """;

  @TempDir Path dir;

  @Test
  void tagsTheGivenTokensAndScoresExactSpans() throws IOException {
    Path file = Files.writeString(dir.resolve("tiny.conll"), CONLL);
    StringWriter lines = new StringWriter();
    SpanScore score =
        new NerEval(CoreNlpAnalyzer.shared(), KnowledgeBase.bundled())
            .run(ConllDocument.read(file), new PrintWriter(lines));
    assertThat(score.overall().gold()).isEqualTo(5);
    assertThat(score.overall().f1()).isEqualTo(1.0);
    assertThat(lines.toString())
        .contains("Lind I-PER I-PER\n")
        .contains("Turkish B-MISC B-MISC\n")
        .contains("London-based B-MISC B-MISC\n");
  }

  @Test
  void readsIob1TagsAsIob2() throws IOException {
    Path file =
        Files.writeString(
            dir.resolve("iob1.conll"), "Oslo NNP B-NP I-LOC\nand CC O O\nBergen NNP B-NP I-LOC\n");
    var sentence = ConllDocument.read(file).getFirst().sentences().getFirst();
    assertThat(sentence)
        .extracting(ConllDocument.Token::gold)
        .containsExactly("B-LOC", "O", "B-LOC");
  }
}
