package io.vigil.ingest;

import io.vigil.model.Article;
import io.vigil.model.Rejection;

/**
 * What became of one input of a run: an article, a rejection with its reason, or a deliberate skip
 * (not an article to begin with, or one already read). Every input ends in exactly one outcome, so
 * the counts of a run add up.
 */
public sealed interface Outcome {

  /** The file, URL or record the outcome is about. */
  String location();

  /** The input became an article. */
  record Extracted(Article article) implements Outcome {
    @Override
    public String location() {
      return article.location();
    }
  }

  /** The input should have been an article but could not become one. */
  record Rejected(Rejection rejection) implements Outcome {
    @Override
    public String location() {
      return rejection.location();
    }
  }

  /** The input was left alone on purpose. */
  record Skipped(String location, Skip reason, String message) implements Outcome {}

  /** Why an input was skipped. */
  enum Skip {
    /** A WARC request, metadata, warcinfo or other record that is not a response. */
    NOT_RESPONSE,
    /** A WARC revisit record: the content was archived earlier. */
    REVISIT,
    /** A response whose content is not an HTML page. */
    NOT_HTML,
    /** A response with a status other than 200. */
    NOT_OK,
    /** robots.txt does not allow fetching the URL. */
    ROBOTS,
    /** The URL was fetched before. */
    SEEN_URL,
    /** The same article text was read before under another URL. */
    DUPLICATE_TEXT,
    /** A feed has not changed since the last fetch (HTTP 304). */
    NOT_MODIFIED
  }
}
