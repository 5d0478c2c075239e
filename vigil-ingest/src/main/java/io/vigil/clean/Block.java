package io.vigil.clean;

/**
 * A paragraph-like piece of a document, in reading order, with its offsets in the decoded source.
 *
 * @param text the block's text, whitespace-trimmed
 * @param sourceStart where it starts in the decoded source (for evidence of removed parts)
 * @param sourceEnd where it ends in the decoded source
 * @param kind what the source's structure says it is
 */
public record Block(String text, int sourceStart, int sourceEnd, Kind kind) {

  /** What the source's markup says a block is; plain text says nothing ({@link #UNKNOWN}). */
  public enum Kind {
    UNKNOWN,
    PARAGRAPH,
    HEADING,
    LIST_ITEM,
    QUOTE
  }

  public int words() {
    return text.isBlank() ? 0 : text.trim().split("\\s+").length;
  }
}
