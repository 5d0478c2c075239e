package io.vigil.nlp.extract.eval;

import io.vigil.model.Span;
import java.util.List;

/**
 * One attribution annotated in PolNeAR.
 *
 * @param source the speaker's words, empty when the annotator marked no source
 * @param content the attributed words, possibly in several pieces
 * @param cue the words that mark the attribution ("said", "according to"), possibly empty
 */
record GoldAttribution(List<Span> source, List<Span> content, List<Span> cue) {

  GoldAttribution {
    source = List.copyOf(source);
    content = List.copyOf(content);
    cue = List.copyOf(cue);
  }

  boolean hasSource() {
    return !source.isEmpty();
  }

  /** Whether the content is a direct quotation: it starts or ends with a quotation mark. */
  boolean direct(String text) {
    String first = content.getFirst().of(text).strip();
    String last = content.getLast().of(text).strip();
    return !first.isEmpty() && (isMark(first.charAt(0)) || isMark(last.charAt(last.length() - 1)));
  }

  private static boolean isMark(char c) {
    return "\"“”‘’«»'".indexOf(c) >= 0;
  }

  int contentLength() {
    return content.stream().mapToInt(Span::length).sum();
  }

  /** How many characters of {@code span} fall inside the content. */
  int overlap(Span span) {
    int n = 0;
    for (Span c : content) {
      n += Math.max(0, Math.min(c.end(), span.end()) - Math.max(c.start(), span.start()));
    }
    return n;
  }
}
