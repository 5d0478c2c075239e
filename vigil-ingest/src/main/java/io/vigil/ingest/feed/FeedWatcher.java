package io.vigil.ingest.feed;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import io.vigil.ingest.DocumentIds;
import io.vigil.ingest.DocumentSink;
import io.vigil.ingest.Outcome.Skip;
import io.vigil.ingest.Outcome.Skipped;
import io.vigil.ingest.decode.HtmlSniff;
import io.vigil.model.RawDocument;
import io.vigil.model.Rejection;
import io.vigil.model.Rejection.Reason;
import io.vigil.model.SourceKind;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;
import org.xml.sax.InputSource;

/**
 * Follows RSS and Atom feeds. Each poll fetches every feed with a conditional GET (its last ETag
 * and Last-Modified), reads its items with ROME, and fetches the page of every item whose
 * normalised URL is not in the {@link SeenStore}, if robots.txt allows, one request per host at a
 * time with the politeness delay. A page that is HTML becomes a {@link SourceKind#FEED_ITEM} raw
 * document for the sink; every other outcome (feed down, page 404/500, timeout, redirect loop, too
 * large, not HTML, disallowed) is reported to the sink and the poll goes on. An item's URL is
 * recorded as seen once its page was read or failed for good; a transient failure is retried at the
 * next poll. Items seen before produce no outcome. Not thread-safe: one thread polls.
 */
public final class FeedWatcher {

  private final List<URI> feeds;
  private final Fetcher fetcher;
  private final HostGate gate;
  private final SeenStore seen;
  private final DocumentSink sink;
  private final Clock clock;
  private final Map<URI, Validators> validators = new ConcurrentHashMap<>();

  private record Validators(String etag, String lastModified) {}

  /**
   * @param feeds the feeds' URLs
   * @param fetcher how to fetch (timeouts, retries, limits)
   * @param seen what was read before; updated as items are read
   * @param sink receives the items' pages and every problem
   * @param clock for the documents' fetch time
   */
  public FeedWatcher(
      List<String> feeds, Fetcher fetcher, SeenStore seen, DocumentSink sink, Clock clock) {
    this.feeds = feeds.stream().map(URI::create).toList();
    this.fetcher = fetcher;
    this.gate = new HostGate(fetcher);
    this.seen = seen;
    this.sink = sink;
    this.clock = clock;
  }

  /**
   * Polls every feed until {@code stop} says so, waiting {@code every} between polls.
   *
   * @return the number of polls made
   */
  public int run(Duration every, BooleanSupplier stop) {
    int polls = 0;
    while (!stop.getAsBoolean()) {
      pollOnce();
      polls++;
      if (stop.getAsBoolean()) {
        break;
      }
      try {
        Thread.sleep(every.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    return polls;
  }

  /** Polls every feed once; returns the number of new items whose pages were fetched. */
  public int pollOnce() {
    int fetched = 0;
    for (URI feed : feeds) {
      for (String link : newItems(feed)) {
        if (Thread.currentThread().isInterrupted()) {
          return fetched;
        }
        fetched += page(link) ? 1 : 0;
      }
    }
    return fetched;
  }

  private List<String> newItems(URI feed) {
    Validators v = validators.getOrDefault(feed, new Validators(null, null));
    if (!gate.await(feed)) {
      return List.of();
    }
    return switch (fetcher.get(feed, v.etag(), v.lastModified())) {
      case Fetch.NotModified n -> List.of();
      case Fetch.Failed f -> {
        sink.rejected(new Rejection(feed.toString(), f.reason(), "feed: " + f.message()));
        yield List.of();
      }
      case Fetch.Ok ok -> {
        validators.put(feed, new Validators(ok.etag(), ok.lastModified()));
        yield links(feed, ok);
      }
    };
  }

  private List<String> links(URI feed, Fetch.Ok ok) {
    SyndFeed parsed;
    try {
      SyndFeedInput input = new SyndFeedInput();
      input.setAllowDoctypes(false);
      parsed = input.build(new InputSource(new ByteArrayInputStream(ok.body())));
    } catch (FeedException | IllegalArgumentException e) {
      sink.rejected(
          new Rejection(
              feed.toString(),
              Reason.UNREADABLE,
              "not an RSS or Atom feed: " + Fetcher.message(e)));
      return List.of();
    }
    List<String> links = new ArrayList<>();
    for (SyndEntry entry : parsed.getEntries()) {
      String link = entry.getLink();
      if ((link == null || link.isBlank()) && entry.getUri() != null) {
        link = entry.getUri();
      }
      if (link == null) {
        continue;
      }
      Optional<String> normal = UrlNormalizer.normalize(ok.uri().resolve(link.strip()).toString());
      if (normal.isPresent() && !seen.seenUrl(normal.get()) && !links.contains(normal.get())) {
        links.add(normal.get());
      }
    }
    return links;
  }

  /** Fetches one item's page; true when it went to the sink as a document. */
  private boolean page(String url) {
    URI uri = URI.create(url);
    if (!gate.allowed(uri)) {
      seen.addUrl(url);
      sink.skipped(new Skipped(url, Skip.ROBOTS, "robots.txt disallows " + url));
      return false;
    }
    if (!gate.await(uri)) {
      return false;
    }
    switch (fetcher.get(uri)) {
      case Fetch.Failed f -> {
        if (!f.retryable()) {
          seen.addUrl(url);
        }
        sink.rejected(new Rejection(url, f.reason(), f.message()));
        return false;
      }
      case Fetch.NotModified n -> {
        return false;
      }
      case Fetch.Ok ok -> {
        boolean handedOn = accept(url, ok); // recorded only once handed on: a crash re-reads it
        seen.addUrl(url);
        return handedOn;
      }
    }
  }

  private boolean accept(String url, Fetch.Ok ok) {
    String type = ok.contentType() == null ? "" : ok.contentType().toLowerCase(Locale.ROOT);
    String base = type.split(";", 2)[0].strip();
    boolean html =
        base.equals("text/html")
            || base.equals("application/xhtml+xml")
            || (base.isEmpty() || base.equals("application/octet-stream"))
                && HtmlSniff.looksLikeHtml(ok.body());
    if (!html) {
      sink.skipped(
          new Skipped(url, Skip.NOT_HTML, (base.isEmpty() ? "untyped" : base) + ": " + url));
      return false;
    }
    sink.accept(
        new RawDocument(
            DocumentIds.of("web", url),
            SourceKind.FEED_ITEM,
            url,
            ok.uri().toString(),
            "text/html",
            charset(type),
            clock.instant(),
            ok.body()));
    return true;
  }

  /** The charset parameter of a Content-Type header, or null. */
  static String charset(String contentType) {
    for (String part : contentType.split(";")) {
      String p = part.strip();
      if (p.startsWith("charset=")) {
        return p.substring(8).replace("\"", "").replace("'", "").strip();
      }
    }
    return null;
  }
}
