package io.vigil.model;

/** Kinds of things worth knowing about an article that are not part of its story. */
public enum SignalKind {
  /** Search-engine keyword stuffing left in the text ("The keyword here is ..."). */
  SEO,
  /** The article says it was taken from another source, or carries a templated author bio. */
  REWRITE,
  /** The bytes were not valid in the declared or expected charset and were decoded otherwise. */
  ENCODING,
  /** The text was cut at the size limit. */
  TRUNCATED,
  /**
   * The article declares a language other than English: its names are read, but the rules for
   * quotes and events, which are English, are not applied.
   */
  LANGUAGE
}
