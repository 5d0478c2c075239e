package io.vigil.ingest.feed;

import io.vigil.model.Rejection.Reason;
import java.net.URI;

/** The result of one fetch: a body, "not modified", or a failure with its reason. */
public sealed interface Fetch {

  /**
   * A 200 response.
   *
   * @param uri the URI after redirects
   * @param contentType the Content-Type header, or null
   * @param body the body, never longer than the size limit
   * @param etag the ETag header, or null
   * @param lastModified the Last-Modified header, or null
   */
  record Ok(URI uri, String contentType, byte[] body, String etag, String lastModified)
      implements Fetch {}

  /** A 304: the resource has not changed since the validators were given. */
  record NotModified(URI uri) implements Fetch {}

  /**
   * No usable response.
   *
   * @param reason for counting
   * @param message one line: what happened, to which URL
   * @param retryable whether trying again later may succeed
   */
  record Failed(Reason reason, String message, boolean retryable) implements Fetch {}
}
