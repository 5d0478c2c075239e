package io.vigil.model;

/**
 * A token of the clean text with its offsets; {@code ner} is the recogniser's tag ({@code O} when
 * none).
 */
public record Token(String text, int start, int end, String ner) {

  public Span span() {
    return new Span(start, end);
  }
}
