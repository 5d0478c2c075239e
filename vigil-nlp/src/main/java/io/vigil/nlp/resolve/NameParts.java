package io.vigil.nlp.resolve;

import io.vigil.model.EntityType;
import io.vigil.model.Span;
import io.vigil.nlp.kb.GivenNames;
import io.vigil.nlp.kb.Names;
import io.vigil.nlp.resolve.WorkingSet.Item;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A person named in full ("Antony Blinken", "Bashar al-Assad") is the person meant by the surname
 * alone ("Blinken", "Assad") elsewhere in the article; with two people of one surname, the one
 * named most recently before wins.
 */
final class NameParts {

  private static final List<String> PARTICLES =
      List.of("al-", "el-", "Al-", "El-", "ad-", "as-", "ash-", "at-", "an-", "ar-");

  private NameParts() {}

  static void resolve(WorkingSet set) {
    List<Item> people = new ArrayList<>();
    for (Item item : set.items) {
      boolean person =
          item.kb == null ? item.type == EntityType.PERSON : item.kb.type() == EntityType.PERSON;
      if (person && set.textOf(item).contains(" ")) {
        people.add(item);
      }
    }
    // Each person's surnames, computed once: the search below asks for them per occurrence.
    Map<Item, List<String>> surnames = new IdentityHashMap<>();
    for (Item person : people) {
      surnames.put(person, surnames(set.textOf(person)));
    }
    for (Item person : people) {
      for (String surname : surnames.get(person)) {
        linkSurname(set, surname, people, surnames);
      }
    }
  }

  static List<String> surnames(String fullName) {
    String last = EntityRegistry.surname(fullName);
    if (last.chars().noneMatch(Character::isLetter)) {
      return List.of(); // "Donald —": a dash is no surname
    }
    List<String> out = new ArrayList<>(List.of(last));
    for (String p : PARTICLES) {
      if (last.startsWith(p) && last.length() > p.length() + 1) {
        out.add(last.substring(p.length()));
      }
    }
    return out;
  }

  private static void linkSurname(
      WorkingSet set, String surname, List<Item> people, Map<Item, List<String>> surnames) {
    int from = 0;
    Item orphan = null; // the first occurrence that is none of the people named in full
    while ((from = set.text.indexOf(surname, from)) >= 0) {
      Span span = new Span(from, from + surname.length());
      from = span.end();
      if (!boundaries(set.text, span)) {
        continue;
      }
      Boolean male = honorific(set.text, span.start());
      Item leader = null;
      if (male != null) { // "Mrs. Clinton" is not the Bill Clinton named last
        List<Item> fitting =
            people.stream().filter(p -> GivenNames.given(set.textOf(p), male)).toList();
        List<Item> possible =
            people.stream().filter(p -> !GivenNames.given(set.textOf(p), !male)).toList();
        leader = nearestBefore(fitting, surnames, surname, span.start());
        leader = leader != null ? leader : nearestBefore(possible, surnames, surname, span.start());
      } else {
        leader = nearestBefore(people, surnames, surname, span.start());
      }
      boolean later = leader != null && leader.span.start() > span.start();
      String before = set.text.substring(Math.max(0, span.start() - 12), span.start());
      if (later && Titles.BEFORE.matcher(before).find()) {
        leader = null; // "President Obama" before "the first lady, Michelle Obama" is named
      }
      if (leader == null) { // "Mr. Obama" in an article that names only Michelle Obama in full
        Item existing = set.at(span);
        if (existing != null && existing.type == EntityType.PERSON && existing.kb == null) {
          if (orphan == null) {
            orphan = existing;
          } else { // "President Obama" and "Mr. Obama": one person, whoever it is
            set.link(existing, orphan, "same surname as " + set.textOf(orphan));
          }
        }
        continue;
      }
      String how = "surname of " + set.textOf(leader);
      Item existing = set.at(span);
      if (existing != null && (existing.type == EntityType.PERSON || existing.kb == null)) {
        set.link(existing, leader, how);
      } else if (existing != null && !later && readsAsPerson(set.text, span)) {
        existing.type = EntityType.PERSON; // "Jim Jordan …; Jordan said": the man, not the country
        set.link(existing, leader, how);
      } else if (existing == null && !set.covered(span)) {
        set.link(
            set.add(new Candidate(span, EntityType.PERSON, Rules.NAME_PART, null, false)),
            leader,
            how);
      }
    }
  }

  /** What a person's surname does that a place's name seldom does: speak, or be a "who". */
  private static final Pattern PERSON_AFTER =
      Pattern.compile(
          "^(?:,\\s+who\\b|(?:,[^,.;:\"“”]{3,80},)?\\s+(?:also\\s+|then\\s+|later\\s+)?(?:said|says"
              + "|told|tells|added|adds|wrote|writes|argued|argues|insisted|insists|noted|notes"
              + "|replied|explained|recalled|acknowledged|admitted|conceded)\\b)");

  private static final Pattern SPOKEN_BEFORE =
      Pattern.compile("\\b(?:said|says|added|wrote|asked|replied)\\s+$");

  /**
   * Whether a surname that is also a place's or a people's name is used as a person's: "Jordan
   * said", "Holland, who", "…,” said Cuban.".
   */
  static boolean readsAsPerson(String text, Span span) {
    String after = text.substring(span.end(), Math.min(text.length(), span.end() + 100));
    String before = text.substring(Math.max(0, span.start() - 12), span.start());
    return PERSON_AFTER.matcher(after).find()
        || SPOKEN_BEFORE.matcher(before).find() && after.matches("(?s)^[.,;].*");
  }

  private static final Pattern HONORIFIC = Pattern.compile("(?:\\b(Mr)|\\b(?:Mrs|Ms))\\.?\\s+$");

  /** True after "Mr.", false after "Mrs." or "Ms.", null without an honorific before {@code at}. */
  static Boolean honorific(String text, int at) {
    Matcher m = HONORIFIC.matcher(text.substring(Math.max(0, at - 6), at));
    return m.find() ? m.group(1) != null : null;
  }

  private static Item nearestBefore(
      List<Item> people, Map<Item, List<String>> surnames, String surname, int at) {
    Item best = null;
    for (Item p : people) {
      if (!surnames.get(p).contains(surname)) {
        continue;
      }
      if (best == null
          || (p.span.start() < at
              && (best.span.start() > at || p.span.start() > best.span.start()))) {
        best = p;
      }
    }
    return best;
  }

  private static boolean boundaries(String text, Span span) {
    boolean before = span.start() == 0 || !isNamePart(text.charAt(span.start() - 1));
    boolean after = span.end() == text.length() || !Names.isWordChar(text.charAt(span.end()));
    return before && after;
  }

  private static boolean isNamePart(char c) {
    return Names.isWordChar(c) || c == '-';
  }
}
