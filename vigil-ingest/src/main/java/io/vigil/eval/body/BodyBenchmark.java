package io.vigil.eval.body;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vigil.eval.body.ShingleMetric.Overlap;
import io.vigil.ingest.Ingest;
import io.vigil.model.Article;
import io.vigil.model.RawDocument;
import io.vigil.model.Result;
import io.vigil.model.SourceKind;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * Scores Vigil's ingest path on a folder laid out as the article-extraction benchmark: {@code
 * html/KEY.html.gz} (UTF-8 pages) and {@code ground-truth.json} ({@code {KEY: {url,
 * articleBody}}}). Every page goes through {@link Ingest#toArticle} exactly as any other source
 * would; a page Vigil rejects, or whose file is missing or unreadable, counts as an empty
 * prediction.
 */
public final class BodyBenchmark {

  /** File of the true bodies inside the benchmark folder. */
  public static final String GROUND_TRUTH = "ground-truth.json";

  private static final long MAX_PAGE_BYTES = 20L * 1024 * 1024;

  private final Ingest ingest;

  public BodyBenchmark(Ingest ingest) {
    this.ingest = ingest;
  }

  /** One page's outcome: its key, URL, shingle overlap and, when Vigil got no text, why. */
  public record Page(String key, String url, Overlap overlap, String problem) {}

  /** All pages' outcomes and the overall figures. */
  public record Report(Scores scores, List<Page> pages) {

    /** The {@code n} pages with the lowest F1, worst first. */
    public List<Page> worst(int n) {
      return pages.stream()
          .sorted(Comparator.comparingDouble((Page p) -> p.overlap().f1()).thenComparing(Page::key))
          .limit(n)
          .toList();
    }

    /** Prints the figures and the {@code worst} lowest-scoring pages, one line each. */
    public void print(PrintWriter out, int worst) {
      out.printf(
          Locale.ROOT,
          "pages %d  precision %.4f  recall %.4f  F1 %.4f%n",
          scores.pages(),
          scores.precision(),
          scores.recall(),
          scores.f1());
      if (worst > 0) {
        out.println("worst pages (F1, precision, recall, key, url):");
      }
      for (Page p : worst(worst)) {
        out.printf(
            Locale.ROOT,
            "  %.3f  %.3f  %.3f  %s  %s%s%n",
            p.overlap().f1(),
            p.overlap().precision(),
            p.overlap().recall(),
            p.key(),
            p.url(),
            p.problem() == null ? "" : "  (" + p.problem() + ")");
      }
      out.flush();
    }
  }

  /**
   * Runs the benchmark in {@code dir}.
   *
   * @throws IOException when the ground truth cannot be read or is not the expected JSON
   */
  public Report run(Path dir) throws IOException {
    JsonNode truth;
    try {
      truth = new ObjectMapper().readTree(dir.resolve(GROUND_TRUTH).toFile());
    } catch (NoSuchFileException e) {
      throw new IOException("no " + GROUND_TRUTH + " in " + dir + ": is it a benchmark folder?");
    }
    if (truth == null || !truth.isObject()) {
      throw new IOException(GROUND_TRUTH + " in " + dir + " is not a JSON object of pages");
    }
    List<Page> pages = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = truth.fields(); it.hasNext(); ) {
      var entry = it.next();
      String key = entry.getKey();
      String url = entry.getValue().path("url").asText(null);
      String body = entry.getValue().path("articleBody").asText("");
      pages.add(score(dir.resolve("html").resolve(key + ".html.gz"), key, url, body));
    }
    pages.sort(Comparator.comparing(Page::key));
    return new Report(Scores.of(pages.stream().map(Page::overlap).toList()), pages);
  }

  private Page score(Path file, String key, String url, String body) {
    byte[] bytes;
    try {
      bytes = gunzip(file);
    } catch (IOException | UncheckedIOException e) {
      return new Page(key, url, ShingleMetric.compare(body, ""), "unreadable: " + e.getMessage());
    }
    RawDocument doc =
        new RawDocument(
            key,
            SourceKind.HTML_FILE,
            file.toString(),
            url,
            "text/html",
            "UTF-8",
            Instant.EPOCH,
            bytes);
    return switch (ingest.toArticle(doc)) {
      case Result.Ok<Article> ok ->
          new Page(key, url, ShingleMetric.compare(body, ok.value().text()), null);
      case Result.Failed<Article> failed ->
          new Page(key, url, ShingleMetric.compare(body, ""), failed.rejection().message());
    };
  }

  private static byte[] gunzip(Path file) throws IOException {
    try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
      byte[] bytes = in.readNBytes((int) MAX_PAGE_BYTES + 1);
      if (bytes.length > MAX_PAGE_BYTES) {
        throw new IOException("over " + MAX_PAGE_BYTES + " bytes once decompressed");
      }
      return bytes;
    }
  }
}
