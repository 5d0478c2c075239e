package io.vigil.ingest.feed;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Politeness towards each host: its robots.txt, fetched once and kept (a missing file allows
 * everything, a server error disallows everything for now, as crawler-commons decides), and a least
 * delay between two requests to it (the longer of the setting and the host's Crawl-delay).
 * Thread-safe; callers to the same host wait their turn.
 */
final class HostGate {

  private final Fetcher fetcher;
  private final SimpleRobotRulesParser parser = new SimpleRobotRulesParser();
  private final Map<String, BaseRobotRules> robots = new HashMap<>();
  private final Map<String, Long> nextAllowed = new HashMap<>();

  HostGate(Fetcher fetcher) {
    this.fetcher = fetcher;
  }

  /** Whether robots.txt lets the user agent fetch {@code uri}. */
  boolean allowed(URI uri) {
    return rules(uri).isAllowed(uri.toString());
  }

  /** Waits until a request to {@code uri}'s host is polite; false when interrupted. */
  boolean await(URI uri) {
    String host = key(uri);
    long wait;
    synchronized (this) {
      long now = System.nanoTime();
      long at = Math.max(now, nextAllowed.getOrDefault(host, now));
      nextAllowed.put(host, at + delayNanos(uri));
      wait = at - now;
    }
    if (wait <= 0) {
      return true;
    }
    try {
      Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private long delayNanos(URI uri) {
    long setting = fetcher.settings().hostDelay().toNanos();
    BaseRobotRules rules;
    synchronized (this) {
      rules = robots.get(key(uri));
    }
    long crawlDelay =
        rules == null || rules.getCrawlDelay() == BaseRobotRules.UNSET_CRAWL_DELAY
            ? 0
            : Math.min(rules.getCrawlDelay(), 60_000) * 1_000_000;
    return Math.max(setting, crawlDelay);
  }

  private BaseRobotRules rules(URI uri) {
    String host = key(uri);
    synchronized (this) {
      BaseRobotRules known = robots.get(host);
      if (known != null) {
        return known;
      }
    }
    URI robotsUri = uri.resolve("/robots.txt");
    await(robotsUri);
    BaseRobotRules rules =
        switch (fetcher.get(robotsUri)) {
          case Fetch.Ok ok ->
              parser.parseContent(
                  robotsUri.toString(),
                  ok.body(),
                  ok.contentType() == null ? "text/plain" : ok.contentType(),
                  List.of(agentName()));
          case Fetch.Failed f when f.retryable() -> parser.failedFetch(503);
          case Fetch.Failed f -> parser.failedFetch(404);
          case Fetch.NotModified n -> parser.failedFetch(404);
        };
    synchronized (this) {
      robots.put(host, rules);
    }
    return rules;
  }

  /** The robots.txt name of the user agent: its first word before any '/'. */
  private String agentName() {
    String ua = fetcher.settings().userAgent();
    return ua.split("[/\\s]", 2)[0].toLowerCase(Locale.ROOT);
  }

  private static String key(URI uri) {
    return (uri.getScheme() + "://" + uri.getHost() + ":" + uri.getPort()).toLowerCase(Locale.ROOT);
  }
}
