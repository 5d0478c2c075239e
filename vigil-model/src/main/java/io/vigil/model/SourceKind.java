package io.vigil.model;

/** Where a document came from; every kind ends up as the same {@link Article}. */
public enum SourceKind {
  TEXT_FILE,
  HTML_FILE,
  WEB_PAGE,
  FEED_ITEM,
  WARC_RECORD
}
