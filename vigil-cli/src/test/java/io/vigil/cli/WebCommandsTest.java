package io.vigil.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/** {@code vigil eval body}, {@code vigil warc} and {@code vigil watch}, run in-process. */
class WebCommandsTest {

  static final String STORY =
      "<!doctype html><html><head><meta property=og:title content='Tram line 4 reopens'></head>"
          + "<body><nav><a href=/>Home</a></nav><article><h1>Tram line 4 reopens</h1>"
          + "<p>Tram line 4 in Vossberg reopened on Monday after three months of track works, the"
          + " transport company said, two weeks earlier than planned.</p></article></body></html>";
  static final String BODY =
      "Tram line 4 in Vossberg reopened on Monday after three months of track works, the"
          + " transport company said, two weeks earlier than planned.";

  @TempDir Path dir;

  @Test
  void evalBodyPrintsPrecisionRecallAndF1AndTheWorstPages() throws IOException {
    Files.createDirectories(dir.resolve("html"));
    try (OutputStream out =
        new GZIPOutputStream(Files.newOutputStream(dir.resolve("html/tram.html.gz")))) {
      out.write(STORY.getBytes(StandardCharsets.UTF_8));
    }
    Files.writeString(
        dir.resolve("ground-truth.json"),
        "{\"tram\": {\"url\": \"https://daily.example/tram\", \"articleBody\": \"" + BODY + "\"}}");

    Cli r = Cli.run("eval", "body", dir.toString(), "--worst", "1");

    assertThat(r.exit()).isZero();
    assertThat(r.out().lines().toList())
        .containsExactly(
            "pages 1  precision 1.0000  recall 1.0000  F1 1.0000",
            "worst pages (F1, precision, recall, key, url):",
            "  1.000  1.000  1.000  tram  https://daily.example/tram");
  }

  @Test
  void evalBodyOnAMissingFolderIsOneLineOnStderrAndExit1() {
    Cli r = Cli.run("eval", "body", dir.resolve("nope").toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err().strip()).isEqualTo("vigil: " + dir.resolve("nope") + ": no such directory");
  }

  @Test
  void evalWithoutASubcommandIsAUsageError() {
    assertThat(Cli.run("eval").exit()).isEqualTo(2);
  }

  private Path warc(String name) throws IOException {
    Path file = dir.resolve(name);
    try (WarcWriter w = new WarcWriter(Files.newOutputStream(file))) {
      w.write(response("https://daily.example/tram", "text/html", STORY.getBytes()));
      w.write(response("https://daily.example/map.png", "image/png", new byte[] {1, 2, 3}));
    }
    return file;
  }

  private static WarcResponse response(String url, String type, byte[] body) throws IOException {
    return new WarcResponse.Builder(URI.create(url))
        .date(Instant.parse("2026-03-01T10:00:00Z"))
        .body(new HttpResponse.Builder(200, "OK").body(MediaType.parse(type), body).build())
        .build();
  }

  @Test
  void warcPrintsEachArticleAndASummaryOfEveryRecord() throws IOException {
    Cli r = Cli.run("warc", warc("day.warc").toString(), "--articles");

    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("https://daily.example/tram\tTram line 4 reopens");
    assertThat(r.err().lines().toList())
        .last()
        .isEqualTo("2 inputs: extracted 1, skipped NOT_HTML 1");
  }

  @Test
  void aTruncatedWarcKeepsWhatCameBeforeAndExits1WithTheOffset() throws IOException {
    byte[] whole = Files.readAllBytes(warc("day.warc"));
    Path cut = Files.write(dir.resolve("cut.warc"), Arrays.copyOf(whole, whole.length - 20));

    Cli r = Cli.run("warc", cut.toString(), "--articles");

    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out()).contains("https://daily.example/tram");
    assertThat(r.err()).contains("at offset").contains("cut.warc");
  }

  @Test
  void watchReadsANewItemOnceAcrossRuns() throws IOException {
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    String base = "http://127.0.0.1:" + server.getAddress().getPort();
    server.createContext(
        "/",
        ex -> {
          String path = ex.getRequestURI().getPath();
          String body =
              switch (path) {
                case "/feed.xml" ->
                    "<rss version='2.0'><channel><title>Daily</title><link>"
                        + base
                        + "/</link>"
                        + "<description>d</description><item><title>Tram</title><link>"
                        + base
                        + "/tram</link></item></channel></rss>";
                case "/tram" -> STORY;
                default -> null;
              };
          byte[] bytes = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
          ex.getResponseHeaders()
              .set("Content-Type", path.endsWith(".xml") ? "application/rss+xml" : "text/html");
          ex.sendResponseHeaders(body == null ? 404 : 200, bytes.length == 0 ? -1 : bytes.length);
          ex.getResponseBody().write(bytes);
          ex.close();
        });
    server.start();
    try {
      String[] args = {
        "watch",
        base + "/feed.xml",
        "--data",
        dir.resolve("data").toString(),
        "--once",
        "--articles",
        "--host-delay-ms",
        "0"
      };
      Cli first = Cli.run(args);
      Cli second = Cli.run(args);

      assertThat(first.exit()).isZero();
      assertThat(first.out()).contains(base + "/tram\tTram line 4 reopens");
      assertThat(second.out()).isEmpty();
      assertThat(second.err().lines().toList()).last().isEqualTo("0 inputs");
    } finally {
      server.stop(0);
    }
  }

  @Test
  void watchWithoutFeedsIsAUsageError() {
    Cli r = Cli.run("watch", "--data", dir.toString(), "--once");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("no feeds");
  }
}
