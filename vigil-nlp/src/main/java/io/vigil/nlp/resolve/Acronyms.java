package io.vigil.nlp.resolve;

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
 * else PKK could mean elsewhere.
 */
final class Acronyms {

  private static final Pattern DEFINITION =
      Pattern.compile("\\G\\s*\\(\\s*(\\p{Lu}[\\p{Lu}\\p{N}.&-]{1,11})\\s*\\)");

  private Acronyms() {}

  static void resolve(WorkingSet set) {
    Map<String, Item> defined = new LinkedHashMap<>();
    Matcher m = DEFINITION.matcher(set.text);
    for (Item item : List.copyOf(set.items)) {
      // Only right after the name: find(from) would try every later position of the text.
      m.region(item.span.end(), set.text.length());
      if (m.lookingAt() && !set.textOf(item).equals(m.group(1))) {
        defined.putIfAbsent(m.group(1), item);
      }
    }
    defined.forEach((acronym, leader) -> linkAll(set, acronym, leader));
  }

  private static void linkAll(WorkingSet set, String acronym, Item leader) {
    String how = "acronym " + acronym + " defined as " + set.textOf(leader);
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
