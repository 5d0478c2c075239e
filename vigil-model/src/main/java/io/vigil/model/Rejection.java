package io.vigil.model;

/**
 * A document that could not become an article, and why. Rejections are data: they are counted and
 * reported, and the run goes on.
 *
 * @param location the file or URL
 * @param reason the kind of problem, for counting
 * @param message one line for a person: what is wrong and, where it helps, what to do
 */
public record Rejection(String location, Reason reason, String message) {

  /** Kinds of rejection, for the counts at the end of a run. */
  public enum Reason {
    NOT_FOUND,
    UNREADABLE,
    EMPTY,
    BINARY,
    TOO_LARGE,
    NO_TEXT,
    /** A web server answered with an error status (4xx other than 404, 5xx). */
    HTTP_ERROR,
    /** A server did not connect or answer in time. */
    TIMEOUT,
    /** Redirects went round in a loop or past the limit. */
    TOO_MANY_REDIRECTS,
    /** A record or download ended before its declared length. */
    TRUNCATED,
    FAILED
  }
}
