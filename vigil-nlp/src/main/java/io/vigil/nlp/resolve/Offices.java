package io.vigil.nlp.resolve;

import io.vigil.model.EntityType;
import io.vigil.model.Span;
import io.vigil.nlp.kb.Facts;
import io.vigil.nlp.kb.KbEntity;
import io.vigil.nlp.kb.KnowledgeBase;
import io.vigil.nlp.resolve.WorkingSet.Item;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * An office named with its country and without a name, "the U.S. Secretary of State said", is the
 * person who held it on the article's date, as the knowledge base records the office's holders.
 * Without a date, or with a name right after the office ("Secretary of State Antony Blinken"),
 * nothing is inferred.
 */
final class Offices {

  private Offices() {}

  /** A pattern matching every office title the knowledge base knows, longest first. */
  static Pattern titles(KnowledgeBase kb) {
    String alternatives =
        kb.entities().stream()
            .flatMap(e -> e.facts().roles().stream())
            .map(Facts.Role::title)
            .distinct()
            .sorted(Comparator.comparingInt(String::length).reversed())
            .map(Pattern::quote)
            .collect(Collectors.joining("|"));
    return alternatives.isEmpty() ? null : Pattern.compile("\\b(?:" + alternatives + ")\\b");
  }

  static void resolve(WorkingSet set, KnowledgeBase kb, Pattern titles, LocalDate date) {
    if (date == null || titles == null) {
      return;
    }
    Matcher m = titles.matcher(set.text);
    while (m.find()) {
      Span span = new Span(m.start(), m.end());
      Item qualifier = before(set, span.start());
      if (set.covered(span)
          || qualifier == null
          || qualifier.kb == null
          || namedAfter(set, span.end())) {
        continue;
      }
      List<KbEntity> holders = holders(kb, m.group(), qualifier.kb.id(), date);
      if (holders.size() == 1) {
        KbEntity holder = holders.getFirst();
        Item item = set.add(new Candidate(span, EntityType.PERSON, Rules.OFFICE, holder, false));
        item.how = m.group() + " of " + qualifier.kb.name() + " on " + date + ": " + holder.name();
      }
    }
  }

  private static List<KbEntity> holders(KnowledgeBase kb, String title, String of, LocalDate date) {
    return kb.holders(title, date).stream()
        .filter(
            e ->
                e.facts().roles().stream()
                    .anyMatch(r -> r.title().equals(title) && of.equals(r.of()) && r.heldOn(date)))
        .toList();
  }

  /** The mention ending right before {@code start} ("U.S." in "U.S. Secretary of State"). */
  private static Item before(WorkingSet set, int start) {
    for (Item item : set.items) {
      int end = item.span.end();
      if (end <= start && set.text.substring(end, start).isBlank() && start - end <= 2) {
        return item;
      }
    }
    return null;
  }

  /**
   * Whether a person's mention follows right after the office ("Secretary of State Antony
   * Blinken").
   */
  private static boolean namedAfter(WorkingSet set, int end) {
    for (Item item : set.items) {
      if (item.span.start() >= end
          && item.span.start() - end <= 2
          && set.text.substring(end, item.span.start()).isBlank()) {
        return true;
      }
    }
    return false;
  }
}
