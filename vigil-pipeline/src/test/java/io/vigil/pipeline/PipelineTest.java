package io.vigil.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigil.ingest.FileDocuments;
import io.vigil.model.Extraction;
import io.vigil.model.RawDocument;
import io.vigil.model.Rejection;
import io.vigil.model.Result;
import io.vigil.nlp.analyse.Analyzer;
import io.vigil.nlp.analyse.CoreNlpAnalyzer;
import io.vigil.nlp.kb.KnowledgeBase;
import org.junit.jupiter.api.Test;

class PipelineTest {

  @Test
  void rejectsAnArticleThatAStageFailsOnAndGoesOnWithTheNext() {
    Analyzer real = CoreNlpAnalyzer.shared();
    Analyzer failing =
        text -> {
          if (text.contains("Kessel")) {
            throw new IllegalStateException("a rule read past the last token");
          }
          return real.analyse(text);
        };
    Pipeline pipeline = new Pipeline(new FileDocuments(1 << 20), failing, KnowledgeBase.bundled());

    Result<Extraction> bad =
        pipeline.process(
            RawDocument.ofText(
                "a", "a.txt", "Harbour closes\n\nThe harbour of Kessel closed on Monday."));
    Result<Extraction> good =
        pipeline.process(
            RawDocument.ofText(
                "b", "b.txt", "Strike ends\n\nDock workers in Gdansk ended their strike."));

    assertThat(bad).isInstanceOf(Result.Failed.class);
    Rejection rejection = ((Result.Failed<Extraction>) bad).rejection();
    assertThat(rejection.reason()).isEqualTo(Rejection.Reason.FAILED);
    assertThat(rejection.location()).isEqualTo("a.txt");
    assertThat(rejection.message()).contains("analysis failed", "read past the last token");
    assertThat(good).isInstanceOf(Result.Ok.class);
  }
}
