package io.vigil.nlp.extract.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.vigil.nlp.analyse.CoreNlpAnalyzer;
import io.vigil.nlp.kb.KnowledgeBase;
import io.vigil.nlp.resolve.EntityRegistry;
import io.vigil.nlp.resolve.Resolver;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Runs the PolNeAR evaluation on the dev split (or the split named by {@code -Dpolnear.split=})
 * when the shared data is present, prints the report, and guards against regressions.
 */
class PolnearEvalTest {

  private static final Path POLNEAR = Path.of("../../shared/eval/polnear");

  @Test
  void scoresQuotesWithSpeakersOnTheDevSplit() {
    Path split = POLNEAR.resolve(System.getProperty("polnear.split", "dev"));
    assumeTrue(Files.isDirectory(split.resolve("text")), "PolNeAR is not in ../shared/eval");
    PolnearEval.Report report =
        new PolnearEval(
                CoreNlpAnalyzer.shared(),
                new Resolver(KnowledgeBase.bundled(), new EntityRegistry())::resolve)
            .run(split);
    System.out.println("PolNeAR " + split.getFileName() + "\n" + report);
    assertThat(report.attributionDirect().f1()).isGreaterThan(0.55);
  }
}
