package io.vigil.ingest.feed;

import io.vigil.model.Rejection.Reason;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Fetches one URL with {@link HttpClient}: a connect timeout and a deadline for the whole response,
 * redirects followed by hand up to a limit (a loop is reported as such), a body never read past the
 * size limit, conditional GET with the validators given, and transient failures (5xx, 429,
 * timeouts, network errors) retried with exponential backoff. Every failure is a {@link
 * Fetch.Failed} with a reason, never an exception. Thread-safe.
 */
public final class Fetcher {

  private final HttpClient client;
  private final FetchSettings settings;

  public Fetcher(FetchSettings settings) {
    this.settings = settings;
    this.client =
        HttpClient.newBuilder()
            .connectTimeout(settings.connectTimeout())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  public FetchSettings settings() {
    return settings;
  }

  /** Fetches {@code uri}, retrying transient failures. */
  public Fetch get(URI uri, String etag, String lastModified) {
    Fetch result = null;
    long wait = settings.backoff().toMillis();
    for (int attempt = 1; attempt <= settings.attempts(); attempt++) {
      result = once(uri, etag, lastModified);
      if (!(result instanceof Fetch.Failed f) || !f.retryable()) {
        return result;
      }
      if (attempt < settings.attempts() && !sleep(wait)) {
        break;
      }
      wait *= 2;
    }
    return result;
  }

  /** Fetches {@code uri} unconditionally. */
  public Fetch get(URI uri) {
    return get(uri, null, null);
  }

  private Fetch once(URI start, String etag, String lastModified) {
    URI uri = start;
    Set<URI> visited = new HashSet<>();
    for (int hop = 0; hop <= settings.maxRedirects(); hop++) {
      if (!visited.add(uri)) {
        return new Fetch.Failed(
            Reason.TOO_MANY_REDIRECTS, "redirect loop back to " + uri + " from " + start, false);
      }
      HttpResponse<LimitedBody.Body> response;
      try {
        response = send(uri, etag, lastModified);
      } catch (TimeoutException | HttpTimeoutException e) {
        return new Fetch.Failed(
            Reason.TIMEOUT,
            "no complete answer within " + settings.readTimeout().toMillis() + " ms: " + uri,
            true);
      } catch (IOException e) {
        return new Fetch.Failed(Reason.UNREADABLE, "cannot fetch " + uri + ": " + message(e), true);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return new Fetch.Failed(Reason.FAILED, "interrupted while fetching " + uri, false);
      }
      int status = response.statusCode();
      if (status >= 300 && status < 400 && status != 304) {
        String location = response.headers().firstValue("Location").orElse(null);
        if (location == null) {
          return new Fetch.Failed(
              Reason.HTTP_ERROR, "HTTP " + status + " without a Location: " + uri, false);
        }
        uri = uri.resolve(location.strip());
        continue;
      }
      return result(uri, status, response);
    }
    return new Fetch.Failed(
        Reason.TOO_MANY_REDIRECTS,
        "more than " + settings.maxRedirects() + " redirects from " + start,
        false);
  }

  private Fetch result(URI uri, int status, HttpResponse<LimitedBody.Body> response) {
    if (status == 304) {
      return new Fetch.NotModified(uri);
    }
    if (status == 404 || status == 410) {
      return new Fetch.Failed(Reason.NOT_FOUND, "HTTP " + status + ": " + uri, false);
    }
    if (status != 200) {
      boolean retry = status >= 500 || status == 429 || status == 408;
      return new Fetch.Failed(Reason.HTTP_ERROR, "HTTP " + status + ": " + uri, retry);
    }
    LimitedBody.Body body = response.body();
    if (body.overLimit()) {
      return new Fetch.Failed(
          Reason.TOO_LARGE,
          "body over the limit of " + settings.maxBytes() + " bytes, stopped reading: " + uri,
          false);
    }
    var headers = response.headers();
    return new Fetch.Ok(
        uri,
        headers.firstValue("Content-Type").orElse(null),
        body.bytes(),
        headers.firstValue("ETag").orElse(null),
        headers.firstValue("Last-Modified").orElse(null));
  }

  private HttpResponse<LimitedBody.Body> send(URI uri, String etag, String lastModified)
      throws IOException, InterruptedException, TimeoutException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri)
            .timeout(settings.readTimeout())
            .header("User-Agent", settings.userAgent())
            .header("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
            .GET();
    if (etag != null) {
      request.header("If-None-Match", etag);
    }
    if (lastModified != null) {
      request.header("If-Modified-Since", lastModified);
    }
    var future = client.sendAsync(request.build(), info -> new LimitedBody(settings.maxBytes()));
    try {
      return future.get(settings.readTimeout().toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      future.cancel(true);
      throw e;
    } catch (CancellationException e) {
      throw new IOException("cancelled", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof HttpTimeoutException t) {
        throw t;
      }
      if (cause instanceof IOException io) {
        throw io;
      }
      throw new IOException(message(cause), cause);
    }
  }

  private static boolean sleep(long millis) {
    try {
      Thread.sleep(millis);
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  static String message(Throwable e) {
    String m = e.getMessage();
    return (m == null ? e.getClass().getSimpleName() : m).replaceAll("\\s+", " ").strip();
  }
}
