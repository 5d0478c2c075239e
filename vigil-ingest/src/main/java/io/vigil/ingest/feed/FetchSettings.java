package io.vigil.ingest.feed;

import java.time.Duration;

/**
 * How politely and how patiently to fetch.
 *
 * @param userAgent the User-Agent header, also the name robots.txt rules are matched against
 * @param connectTimeout the longest wait to connect
 * @param readTimeout the longest wait for a whole response, headers and body
 * @param maxRedirects redirects followed before giving up
 * @param maxBytes the largest body read; a longer one is cut off there and rejected as too large
 * @param attempts tries for a transient failure (5xx, 429, timeout, network error), at least 1
 * @param backoff the wait before the second try, doubled before each further one
 * @param hostDelay the least time between two requests to the same host
 */
public record FetchSettings(
    String userAgent,
    Duration connectTimeout,
    Duration readTimeout,
    int maxRedirects,
    long maxBytes,
    int attempts,
    Duration backoff,
    Duration hostDelay) {

  public FetchSettings {
    if (attempts < 1 || maxRedirects < 0 || maxBytes <= 0) {
      throw new IllegalArgumentException(
          "attempts must be at least 1, maxRedirects at least 0 and maxBytes positive");
    }
  }

  /** Settings for real use: 10 s to connect, 30 s per response, 10 MB, 3 tries, 2 s per host. */
  public static FetchSettings defaults() {
    return new FetchSettings(
        "VigilBot/0.1 (+news-intelligence; respects robots.txt)",
        Duration.ofSeconds(10),
        Duration.ofSeconds(30),
        5,
        10L * 1024 * 1024,
        3,
        Duration.ofSeconds(1),
        Duration.ofSeconds(2));
  }
}
