package io.vigil.ingest;

import io.vigil.model.RawDocument;
import io.vigil.model.Rejection;

/**
 * Where sources (files, feeds, WARC archives) put what they read: documents to be turned into
 * articles, and the inputs they rejected or skipped themselves. Implementations must be thread-safe
 * when a source calls them from several threads.
 */
public interface DocumentSink {

  /** A document to turn into an article. */
  void accept(RawDocument doc);

  /** An input the source could not read into a document. */
  void rejected(Rejection rejection);

  /** An input the source left alone on purpose. */
  void skipped(Outcome.Skipped skipped);
}
