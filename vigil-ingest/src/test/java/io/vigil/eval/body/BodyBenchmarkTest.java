package io.vigil.eval.body;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigil.ingest.Ingest;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BodyBenchmarkTest {

  @TempDir Path dir;

  private void page(String key, String html) throws IOException {
    Files.createDirectories(dir.resolve("html"));
    try (OutputStream out =
        new GZIPOutputStream(Files.newOutputStream(dir.resolve("html/" + key + ".html.gz")))) {
      out.write(html.getBytes(StandardCharsets.UTF_8));
    }
  }

  @Test
  void scoresEachPageAndCountsAMissingPageAsEmpty() throws IOException {
    page(
        "good",
        "<html><body><nav><a href=/>Home</a></nav><article><p>The council approved the new"
            + " budget on Tuesday after a long debate about school repairs and bus routes.</p>"
            + "</article></body></html>");
    Files.writeString(
        dir.resolve(BodyBenchmark.GROUND_TRUTH),
        """
        {"good": {"url": "https://news.example/a", "articleBody": "The council approved the new \
        budget on Tuesday after a long debate about school repairs and bus routes."},
         "missing": {"url": "https://news.example/b", "articleBody": "Nothing was read here."}}
        """);

    BodyBenchmark.Report report = new BodyBenchmark(new Ingest()).run(dir);

    assertThat(report.scores().pages()).isEqualTo(2);
    assertThat(report.scores().precision()).isEqualTo(1.0);
    assertThat(report.scores().recall()).isEqualTo(0.5);
    assertThat(report.worst(1))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.key()).isEqualTo("missing");
              assertThat(p.problem()).startsWith("unreadable");
            });
  }

  @Test
  void aFolderWithoutGroundTruthIsAClearError() {
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> new BodyBenchmark(new Ingest()).run(dir))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("ground-truth.json");
  }

  /** Regression guard on the shared dev pages (skipped when they are not next to the project). */
  @Test
  void devPagesScoreAtLeastTheTargetF1() throws IOException {
    Path shared = Path.of("..", "..", "shared", "eval", "article-body");
    if (!Files.isDirectory(shared)) {
      shared = Path.of("..", "shared", "eval", "article-body");
    }
    Assumptions.assumeTrue(
        Files.isRegularFile(shared.resolve(BodyBenchmark.GROUND_TRUTH)),
        "../shared/eval/article-body is not present");

    Scores scores = new BodyBenchmark(new Ingest()).run(shared).scores();

    assertThat(scores.f1()).isGreaterThanOrEqualTo(0.97);
  }
}
