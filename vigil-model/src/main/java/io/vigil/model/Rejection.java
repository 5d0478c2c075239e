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
    FAILED
  }
}
