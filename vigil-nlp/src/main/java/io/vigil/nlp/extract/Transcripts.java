package io.vigil.nlp.extract;

import io.vigil.model.EntityRef;
import io.vigil.model.Quote;
import io.vigil.model.ResolvedMention;
import io.vigil.model.Span;
import io.vigil.nlp.resolve.Resolution;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Transcripts: a paragraph that opens with a speaker's label in capitals and a colon ("PENCE: Well,
 * look, ...") is that speaker's words, up to the paragraph's end. The label is read as the person
 * the article names with that surname, when it does; words that label page furniture ("UPDATE:",
 * "NOTE:") are not speakers.
 */
final class Transcripts {

  private static final Pattern LABEL =
      Pattern.compile(
          "(?m)^(\\p{Lu}[\\p{Lu}.'’-]+(?: \\p{Lu}[\\p{Lu}.'’-]+){0,2}):[ \\t]+(\\S[^\\n]*)");

  private static final Set<String> NOT_SPEAKERS =
      Set.of(
          "UPDATE",
          "NOTE",
          "EDITOR'S NOTE",
          "EDITOR’S NOTE",
          "CORRECTION",
          "PHOTO",
          "VIDEO",
          "WATCH",
          "READ",
          "RELATED",
          "SOURCE",
          "SOURCES",
          "WARNING",
          "BREAKING",
          "ADVERTISEMENT",
          "Q",
          "A");

  private Transcripts() {}

  static List<Quote> find(String text, Resolution resolution, List<Quote> found) {
    List<Quote> out = new ArrayList<>();
    Matcher m = LABEL.matcher(text);
    while (m.find()) {
      String label = m.group(1);
      Span content = new Span(m.start(2), m.end(2));
      if (NOT_SPEAKERS.contains(label) || label.length() < 3 || overlaps(found, content)) {
        continue;
      }
      Span speakerSpan = new Span(m.start(1), m.end(1));
      out.add(
          new Quote(
              content.of(text),
              content,
              speaker(label, resolution),
              speakerSpan,
              speakerSpan,
              true));
    }
    return out;
  }

  /** The person whose surname the label is ("PENCE" is Mike Pence when the article names him). */
  private static EntityRef speaker(String label, Resolution resolution) {
    String surname = label.substring(label.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
    for (ResolvedMention m : resolution.mentions()) {
      String[] words = m.mention().text().toLowerCase(Locale.ROOT).split("\\s+");
      if (words.length > 0 && words[words.length - 1].equals(surname)) {
        return resolution.entity(m.entityId()).map(e -> e.ref()).orElse(null);
      }
    }
    return null;
  }

  private static boolean overlaps(List<Quote> found, Span span) {
    return found.stream().anyMatch(q -> q.span().overlaps(span));
  }
}
