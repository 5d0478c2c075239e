package io.vigil.ingest.warc;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigil.ingest.Ingest;
import io.vigil.ingest.Outcome.Skip;
import io.vigil.ingest.RecordingSink;
import io.vigil.model.Article;
import io.vigil.model.Rejection.Reason;
import io.vigil.model.Result;
import io.vigil.model.SourceKind;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcMetadata;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcRevisit;
import org.netpreserve.jwarc.WarcWriter;

class WarcDocumentsTest {

  static final String STORY =
      "<!doctype html><html lang=en><head><title>Harbour bridge reopens</title></head><body>"
          + "<article><h1>Harbour bridge reopens after repairs</h1>"
          + "<p>The harbour bridge in Port Elwin reopened on Monday after eight months of repairs,"
          + " the city council said, ending long detours for thousands of commuters.</p>"
          + "<p>Engineers replaced forty steel cables and resurfaced the deck, at a cost of"
          + " twelve million dollars, according to the council's transport office.</p>"
          + "</article></body></html>";

  @TempDir Path dir;

  private static WarcResponse response(String url, int status, String type, byte[] body)
      throws IOException {
    HttpResponse http =
        new HttpResponse.Builder(status, status == 200 ? "OK" : "Other")
            .body(MediaType.parse(type), body)
            .build();
    return new WarcResponse.Builder(URI.create(url))
        .date(Instant.parse("2026-03-01T10:00:00Z"))
        .body(http)
        .build();
  }

  private Path write(String name, WarcCompression compression, boolean withExtras)
      throws IOException {
    Path file = dir.resolve(name);
    try (WarcWriter w =
        new WarcWriter(
            Files.newByteChannel(
                file,
                java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.WRITE),
            compression)) {
      w.write(
          new WarcRequest.Builder(URI.create("https://news.example/bridge"))
              .body(MediaType.HTTP_REQUEST, "GET /bridge HTTP/1.1\r\n\r\n".getBytes())
              .build());
      w.write(
          response(
              "https://news.example/bridge",
              200,
              "text/html; charset=utf-8",
              STORY.getBytes(StandardCharsets.UTF_8)));
      if (withExtras) {
        w.write(response("https://news.example/logo.png", 200, "image/png", new byte[] {1, 2}));
        w.write(response("https://news.example/gone", 404, "text/html", "<p>gone".getBytes()));
        w.write(
            response(
                "https://news.example/untyped",
                200,
                "application/octet-stream",
                STORY.getBytes(StandardCharsets.UTF_8)));
        w.write(
            response(
                "https://news.example/latin",
                200,
                "text/html; charset=utf-8",
                STORY.replace("forty", "forty café").getBytes(Charset.forName("windows-1252"))));
        w.write(
            new WarcRevisit.Builder(
                    URI.create("https://news.example/bridge"),
                    WarcRevisit.IDENTICAL_PAYLOAD_DIGEST_1_0)
                .build());
        w.write(
            new WarcMetadata.Builder()
                .body(MediaType.parse("application/warc-fields"), "via: test\r\n".getBytes())
                .build());
      }
    }
    return file;
  }

  @Test
  void keepsHtmlResponsesAndCountsEverythingElseByReason() throws IOException {
    Path warc = write("mixed.warc", WarcCompression.NONE, true);
    RecordingSink sink = new RecordingSink();

    long records = new WarcDocuments(1_000_000).read(warc, sink);

    assertThat(records).isEqualTo(8);
    assertThat(sink.docs)
        .extracting(d -> d.url())
        .containsExactly(
            "https://news.example/bridge",
            "https://news.example/untyped",
            "https://news.example/latin");
    assertThat(sink.docs).allSatisfy(d -> assertThat(d.kind()).isEqualTo(SourceKind.WARC_RECORD));
    assertThat(sink.skips)
        .extracting(s -> s.reason())
        .containsExactlyInAnyOrder(
            Skip.NOT_RESPONSE, Skip.NOT_HTML, Skip.NOT_OK, Skip.REVISIT, Skip.NOT_RESPONSE);
    assertThat(sink.rejections).isEmpty();
  }

  @Test
  void readsGzippedArchivesAndTheirPagesBecomeArticles() throws IOException {
    Path warc = write("story.warc.gz", WarcCompression.GZIP, true);
    RecordingSink sink = new RecordingSink();

    new WarcDocuments(1_000_000).read(warc, sink);

    Result<Article> article = new Ingest().toArticle(sink.docs.get(0));
    assertThat(article)
        .isInstanceOfSatisfying(
            Result.Ok.class,
            ok ->
                assertThat(((Article) ok.value()).text())
                    .startsWith("The harbour bridge in Port Elwin"));
  }

  @Test
  void decodesAPageWhoseBytesBelieTheDeclaredCharsetAndSaysSo() throws IOException {
    RecordingSink sink = new RecordingSink();
    new WarcDocuments(1_000_000).read(write("latin.warc", WarcCompression.NONE, true), sink);

    var latin = sink.docs.stream().filter(d -> d.url().endsWith("latin")).findFirst().orElseThrow();
    Article article = ((Result.Ok<Article>) new Ingest().toArticle(latin)).value();

    assertThat(article.text()).contains("forty café");
    assertThat(article.signals()).isNotEmpty();
  }

  @Test
  void aTruncatedArchiveReportsTheOffsetAndKeepsWhatCameBefore() throws IOException {
    Path whole = write("whole.warc", WarcCompression.NONE, true);
    byte[] bytes = Files.readAllBytes(whole);
    Path cut = dir.resolve("cut.warc");
    Files.write(cut, java.util.Arrays.copyOf(bytes, bytes.length - 700));
    RecordingSink sink = new RecordingSink();

    new WarcDocuments(1_000_000).read(cut, sink);

    assertThat(sink.docs).isNotEmpty();
    assertThat(sink.rejections).hasSize(1);
    assertThat(sink.rejections.get(0).reason()).isIn(Reason.TRUNCATED, Reason.UNREADABLE);
    assertThat(sink.rejections.get(0).message()).contains("at offset").contains("cut.warc");
  }

  @Test
  void aTruncatedGzipMemberIsATruncatedRecord() throws IOException {
    Path whole = write("whole.warc.gz", WarcCompression.GZIP, false);
    byte[] bytes = Files.readAllBytes(whole);
    Path cut = dir.resolve("cut.warc.gz");
    Files.write(cut, java.util.Arrays.copyOf(bytes, bytes.length - 40));
    RecordingSink sink = new RecordingSink();

    new WarcDocuments(1_000_000).read(cut, sink);

    assertThat(sink.rejections)
        .singleElement()
        .satisfies(r -> assertThat(r.reason()).isEqualTo(Reason.TRUNCATED));
    assertThat(sink.skips).extracting(s -> s.reason()).containsExactly(Skip.NOT_RESPONSE);
  }

  @Test
  void aPageOverTheLimitIsRejectedAsTooLarge() throws IOException {
    RecordingSink sink = new RecordingSink();
    new WarcDocuments(100).read(write("small.warc", WarcCompression.NONE, false), sink);

    assertThat(sink.docs).isEmpty();
    assertThat(sink.rejections).extracting(r -> r.reason()).containsExactly(Reason.TOO_LARGE);
  }

  @Test
  void aMissingFileIsOneRejection() {
    RecordingSink sink = new RecordingSink();
    new WarcDocuments(100).read(dir.resolve("absent.warc"), sink);
    assertThat(sink.rejections).extracting(r -> r.reason()).containsExactly(Reason.NOT_FOUND);
  }
}
