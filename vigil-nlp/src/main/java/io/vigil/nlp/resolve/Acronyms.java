package io.vigil.nlp.resolve;

import io.vigil.model.EntityType;
import io.vigil.model.Span;
import io.vigil.nlp.kb.Names;
import io.vigil.nlp.resolve.WorkingSet.Item;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Acronyms the article defines: a name followed by an all-capitals word in brackets, "Kurdistan
 * Workers’ Party (PKK)", makes every PKK in the article a mention of that name's entity, whatever
 * else PKK could mean elsewhere. A dateline's agency, "DALLAS, Texas (AP) —", is no definition. A
 * name the recogniser read as a person's is an organisation's when it defines an acronym of three
 * capitals or more ("Harakat Sorn al-Jadid (HSJ)"; not "Ted Cruz (R-TX)").
 */
final class Acronyms {

  /** An acronym in brackets right after a name, and the dash after it that marks a dateline. */
  private static final Pattern DEFINITION =
      Pattern.compile(
          "\\G\\s*\\(\\s*(\\p{Lu}[\\p{Lu}\\p{N}.&-]{1,11})\\s*\\)(\\s*(?:-|—|–|--)\\s)?");

  private Acronyms() {}

  static void resolve(WorkingSet set) {
    Map<String, Item> defined = new LinkedHashMap<>();
    Matcher m = DEFINITION.matcher(set.text);
    for (Item item : List.copyOf(set.items)) {
      // Only right after the name: find(from) would try every later position of the text.
      m.region(item.span.end(), set.text.length());
      if (m.lookingAt()
          && !set.textOf(item).equals(m.group(1))
          && !(m.group(2) != null && lineHead(set.text, item.span.start()))) {
        defined.putIfAbsent(m.group(1), item);
      }
    }
    defined.forEach((acronym, leader) -> linkAll(set, acronym, leader));
  }

  /** Whether only capitals and punctuation stand before {@code at} on its line: a dateline. */
  private static boolean lineHead(String text, int at) {
    for (int k = at - 1; k >= 0 && text.charAt(k) != '\n'; k--) {
      if (Character.isLowerCase(text.charAt(k))) {
        return false;
      }
    }
    return true;
  }

  private static void linkAll(WorkingSet set, String acronym, Item leader) {
    String how = "acronym " + acronym + " defined as " + set.textOf(leader);
    boolean lettersOnly = acronym.length() >= 3 && acronym.chars().allMatch(Character::isUpperCase);
    if (leader.type == EntityType.PERSON && leader.kb == null && lettersOnly) {
      leader.type = EntityType.ORGANIZATION; // people are not known by acronyms; groups are
    }
    int from = 0;
    while ((from = set.text.indexOf(acronym, from)) >= 0) {
      int end = from + acronym.length();
      Span span = new Span(from, end);
      from = end;
      if ((span.start() > 0 && Names.isWordChar(set.text.charAt(span.start() - 1)))
          || (end < set.text.length() && Names.isWordChar(set.text.charAt(end)))) {
        continue;
      }
      Item existing = set.at(span);
      if (existing != null) {
        set.link(existing, leader, how);
      } else if (!set.covered(span)) {
        Item added = set.add(new Candidate(span, leader.type, Rules.ACRONYM, leader.kb, false));
        set.link(added, leader, how);
      }
    }
  }
}
