package io.vigil.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.vigil.ingest.FileDocuments;
import io.vigil.model.Extraction;
import io.vigil.model.RawDocument;
import io.vigil.model.Rejection;
import io.vigil.model.Result;
import io.vigil.nlp.analyse.Analyzer;
import io.vigil.nlp.analyse.CoreNlpAnalyzer;
import io.vigil.nlp.kb.KnowledgeBase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
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

  /**
   * Every real article of the PolNeAR dev split, read from ../shared, goes through every stage: a
   * rule that fails on real news fails here, not only in a user's run (a number rule once failed
   * six of them).
   */
  @Test
  void analysesEveryRealArticleOfTheDevSplitWithoutAFailure() throws IOException {
    Path dir = Path.of("..", "..", "shared", "eval", "polnear", "dev", "text");
    assumeTrue(Files.isDirectory(dir), "PolNeAR is not in ../shared/eval");
    Pipeline pipeline =
        new Pipeline(new FileDocuments(1 << 20), CoreNlpAnalyzer.shared(), KnowledgeBase.bundled());
    List<String> failed = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path file : files.sorted().toList()) {
        String name = file.getFileName().toString();
        Result<Extraction> r =
            pipeline.process(RawDocument.ofText(name, name, Files.readString(file)));
        if (r instanceof Result.Failed<Extraction> f) {
          failed.add(name + ": " + f.rejection().message());
        }
      }
    }
    assertThat(failed).isEmpty();
  }

  @Test
  void readsNamesButNoQuotesOrEventsInAnArticleThatDeclaresAnotherLanguage() {
    Pipeline pipeline =
        new Pipeline(new FileDocuments(1 << 20), CoreNlpAnalyzer.shared(), KnowledgeBase.bundled());
    String body =
        "<p>\"O porto vai fechar\", disse Ruth Adler na segunda-feira em Lisboa. A polícia"
            + " prendeu três homens no porto de Lisboa ontem à noite, segundo Adler.</p>";
    Extraction pt =
        ok(
            pipeline.process(
                html(
                    "pt",
                    "<html lang=\"pt-BR\"><body><article>" + body + "</article></body></html>")));
    assertThat(pt.quotes()).isEmpty();
    assertThat(pt.events()).isEmpty();
    assertThat(pt.entities()).isNotEmpty();
    assertThat(pt.article().signals())
        .anySatisfy(sig -> assertThat(sig.kind()).isEqualTo(io.vigil.model.SignalKind.LANGUAGE));
    String english = "<p>\"The harbour will close,\" Ruth Adler said on Monday in Lisbon.</p>";
    Extraction en =
        ok(
            pipeline.process(
                html(
                    "en",
                    "<html lang=\"en-GB\"><body><article>"
                        + english
                        + "</article></body></html>")));
    assertThat(en.quotes()).isNotEmpty();
    assertThat(en.article().signals())
        .noneSatisfy(sig -> assertThat(sig.kind()).isEqualTo(io.vigil.model.SignalKind.LANGUAGE));
  }

  private static RawDocument html(String id, String page) {
    return new RawDocument(
        id,
        io.vigil.model.SourceKind.HTML_FILE,
        id + ".html",
        null,
        "text/html",
        "UTF-8",
        java.time.Instant.EPOCH,
        page.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  private static Extraction ok(Result<Extraction> r) {
    assertThat(r).isInstanceOf(Result.Ok.class);
    return ((Result.Ok<Extraction>) r).value();
  }
}
