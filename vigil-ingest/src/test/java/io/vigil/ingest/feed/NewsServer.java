package io.vigil.ingest.feed;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A small news site on 127.0.0.1 for tests: an RSS feed, an Atom feed with an ETag, robots.txt,
 * article pages, and pages that misbehave (404, 500, a redirect loop, a server that never answers
 * in time, a 100 MB body made on the fly, a PDF, bytes invalid in their declared charset).
 */
final class NewsServer implements AutoCloseable {

  static final String ETAG = "\"atom-v1\"";

  final HttpServer server;
  final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();
  final AtomicInteger notModified = new AtomicInteger();
  private final ExecutorService pool =
      Executors.newCachedThreadPool(
          r -> {
            Thread t = new Thread(r, "news-server");
            t.setDaemon(true);
            return t;
          });

  NewsServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(pool);
    server.createContext("/", this::handle);
    server.start();
  }

  String base() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  int hits(String path) {
    return hits.getOrDefault(path, new AtomicInteger()).get();
  }

  private void handle(HttpExchange ex) throws IOException {
    String path = ex.getRequestURI().getPath();
    hits.computeIfAbsent(path, k -> new AtomicInteger()).incrementAndGet();
    try (ex) {
      switch (path) {
        case "/robots.txt" -> send(ex, 200, "text/plain", "User-agent: *\nDisallow: /private/\n");
        case "/rss.xml" -> send(ex, 200, "application/rss+xml", rss());
        case "/atom.xml" -> atom(ex);
        case "/down.xml" -> send(ex, 503, "text/plain", "maintenance");
        case "/news/bridge", "/news/bridge-copy" ->
            send(
                ex,
                200,
                "text/html; charset=utf-8",
                page(
                    "Harbour bridge reopens after repairs",
                    "The harbour bridge in Port Elwin reopened on Monday after eight months of repairs,"
                        + " the city council said, ending long detours for thousands of commuters.",
                    "Engineers replaced forty steel cables and resurfaced the deck, at a cost of twelve"
                        + " million dollars, according to the council's transport office."));
        case "/news/ferry" ->
            send(
                ex,
                200,
                "text/html; charset=utf-8",
                page(
                    "Night ferry to Kessel Island returns",
                    "The night ferry to Kessel Island will run again from April, the operator said on"
                        + " Tuesday, after a two-year pause caused by a shortage of crew.",
                    "Tickets go on sale next week and the first crossing leaves at eleven in the"
                        + " evening, the operator added."));
        case "/news/latin" ->
            sendBytes(
                ex,
                200,
                "text/html; charset=utf-8",
                page(
                        "Café owners protest new rules",
                        "Café owners in the old town protested on Friday against new rules on terraces,"
                            + " which they say will cost them half their summer trade.",
                        "The council said the rules would keep pavements clear for pedestrians.")
                    .getBytes(Charset.forName("windows-1252")));
        case "/news/gone" -> send(ex, 404, "text/html", "<p>not here</p>");
        case "/news/broken" -> send(ex, 500, "text/html", "<p>oops</p>");
        case "/news/loop-a" -> redirect(ex, "/news/loop-b");
        case "/news/loop-b" -> redirect(ex, "/news/loop-a");
        case "/news/slow" -> {
          sleep(3000);
          send(ex, 200, "text/html", page("Late", "Too late to matter.", ""));
        }
        case "/news/huge" -> huge(ex);
        case "/news/report.pdf" ->
            sendBytes(ex, 200, "application/pdf", new byte[] {'%', 'P', 'D', 'F'});
        case "/private/leak" -> send(ex, 200, "text/html", page("Secret", "Must not be read.", ""));
        default -> send(ex, 404, "text/plain", "no such page");
      }
    } catch (IOException e) {
      // the client went away (for example after reading as much of a huge body as it wanted)
    }
  }

  private String rss() {
    String b = base();
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0"><channel><title>Port Elwin Gazette</title><link>%1$s/</link>
        <description>Local news</description>
        <item><title>Harbour bridge reopens</title><link>%1$s/news/bridge?utm_source=rss#top</link></item>
        <item><title>Harbour bridge reopens (again)</title><link>%1$s/news/bridge</link></item>
        <item><title>Bridge, syndicated</title><link>%1$s/news/bridge-copy</link></item>
        <item><title>Cafe protest</title><link>%1$s/news/latin</link></item>
        <item><title>Gone</title><link>%1$s/news/gone</link></item>
        <item><title>Broken</title><link>%1$s/news/broken</link></item>
        <item><title>Loop</title><link>%1$s/news/loop-a</link></item>
        <item><title>Slow</title><link>%1$s/news/slow</link></item>
        <item><title>Huge</title><link>%1$s/news/huge</link></item>
        <item><title>Report</title><link>%1$s/news/report.pdf</link></item>
        <item><title>Private</title><link>%1$s/private/leak</link></item>
        </channel></rss>
        """
        .formatted(b);
  }

  private void atom(HttpExchange ex) throws IOException {
    if (ETAG.equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
      notModified.incrementAndGet();
      ex.sendResponseHeaders(304, -1);
      return;
    }
    ex.getResponseHeaders().set("ETag", ETAG);
    send(
        ex,
        200,
        "application/atom+xml",
        """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom"><title>Island Courier</title>
        <id>urn:island-courier</id><updated>2026-03-02T08:00:00Z</updated>
        <entry><title>Night ferry returns</title><id>urn:ferry</id>
        <link href="%s/news/ferry"/><updated>2026-03-02T08:00:00Z</updated></entry>
        </feed>
        """
            .formatted(base()));
  }

  static String page(String title, String p1, String p2) {
    return "<!doctype html><html lang=en><head><title>"
        + title
        + "</title>"
        + "<meta property=og:title content=\""
        + title
        + "\"></head><body>"
        + "<nav><a href=/>Home</a> <a href=/news>News</a></nav><article><h1>"
        + title
        + "</h1>"
        + "<p>"
        + p1
        + "</p><p>"
        + p2
        + "</p></article><footer>© Gazette</footer></body></html>";
  }

  private static void redirect(HttpExchange ex, String to) throws IOException {
    ex.getResponseHeaders().set("Location", to);
    ex.sendResponseHeaders(302, -1);
  }

  private static void huge(HttpExchange ex) throws IOException {
    ex.getResponseHeaders().set("Content-Type", "text/html");
    ex.sendResponseHeaders(200, 0);
    byte[] chunk =
        "<p>filler filler filler filler</p>\n".repeat(2000).getBytes(StandardCharsets.UTF_8);
    long target = 100L * 1024 * 1024;
    try (OutputStream out = ex.getResponseBody()) {
      for (long sent = 0; sent < target; sent += chunk.length) {
        out.write(chunk);
      }
    }
  }

  private static void send(HttpExchange ex, int status, String type, String body)
      throws IOException {
    sendBytes(ex, status, type, body.getBytes(StandardCharsets.UTF_8));
  }

  private static void sendBytes(HttpExchange ex, int status, String type, byte[] body)
      throws IOException {
    ex.getResponseHeaders().set("Content-Type", type);
    ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    if (body.length > 0) {
      ex.getResponseBody().write(body);
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    server.stop(0);
    pool.shutdownNow();
  }
}
