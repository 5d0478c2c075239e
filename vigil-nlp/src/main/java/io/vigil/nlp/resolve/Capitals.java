package io.vigil.nlp.resolve;

import io.vigil.nlp.kb.KbEntity;
import io.vigil.nlp.kb.KnowledgeBase;
import io.vigil.nlp.resolve.WorkingSet.Item;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A capital that acts or speaks stands for its country's government: in "Washington said" and
 * "which Ankara considers a terrorist organisation" the actor is the United States and Turkey,
 * while "a visit to Ankara" stays the city.
 */
final class Capitals {

  private static final Pattern ACTS =
      Pattern.compile(
          "\\G(?:\\s+and\\s+\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*)?)?"
              + "\\s+(?:(?:has|have|had|will|would|also|is|was|has long|still|now)\\s+)?"
              + "(?:said|says|warned|warns|urged|urges|accused|accuses|announced|announces|imposed"
              + "|imposes|considers|considered|rejected|rejects|denied|denies|demanded|demands"
              + "|condemned|condemns|insisted|insists|wants|wanted|supports|supported|backed|backs"
              + "|threatened|threatens|responded|responds|agreed|agrees|refused|refuses|believes"
              + "|hopes|views|regards|accepts|recognizes|recognises|blamed|blames|vowed|vows"
              + "|criticized|criticised|criticizes|criticises|expelled|summoned|sanctioned|signaled"
              + "|signalled|insist|say|want|accuse|deny|reject|consider|see|sees|view|regard)\\b");

  /** "talks between Washington and Ankara": two capitals as parties are their governments. */
  private static final Pattern BETWEEN =
      Pattern.compile("(?i)\\b(?:between|ties with|relations with)\\s+$");

  /** "the ministry in Ankara said": after a preposition the capital is a place. */
  private static final Pattern PREPOSITION =
      Pattern.compile("(?i)\\b(?:in|at|from|to|into|near|outside|via|of|across|around)\\s+$");

  private Capitals() {}

  private static boolean placeBefore(String text, int start) {
    return PREPOSITION.matcher(text.substring(Math.max(0, start - 12), start)).find();
  }

  /**
   * Whether the capital is one of two parties: "between Washington and Ankara" (either side), or
   * "Washington–Ankara" style pairs are left alone.
   */
  private static boolean party(WorkingSet set, Item item, java.util.List<Item> capitals) {
    String before = set.text.substring(Math.max(0, item.span.start() - 16), item.span.start());
    if (BETWEEN.matcher(before).find()) {
      return true;
    }
    for (Item other : capitals) {
      if (other != item
          && other.span.end() <= item.span.start()
          && set.text.substring(other.span.end(), item.span.start()).matches("\\s+and\\s+")) {
        String lead = set.text.substring(Math.max(0, other.span.start() - 16), other.span.start());
        return BETWEEN.matcher(lead).find();
      }
    }
    return false;
  }

  static void resolve(WorkingSet set, KnowledgeBase kb) {
    java.util.List<Item> capitals =
        set.items.stream().filter(i -> i.kb != null && i.kb.facts().capitalOf() != null).toList();
    for (Item item : capitals) {
      Matcher m = ACTS.matcher(set.text);
      String evidence;
      if (m.find(item.span.end()) && !placeBefore(set.text, item.span.start())) {
        evidence = set.textOf(item) + m.group();
      } else if (party(set, item, capitals)) {
        int from = set.text.lastIndexOf(' ', Math.max(0, item.span.start() - 24)) + 1;
        evidence = set.text.substring(from, item.span.end());
      } else {
        continue;
      }
      KbEntity country = kb.byId(item.kb.facts().capitalOf()).orElse(null);
      if (country != null) {
        item.how =
            "capital standing for the government of "
                + country.name()
                + " ('"
                + evidence.strip()
                + "')";
        item.kb = country;
        item.options = java.util.List.of(country);
      }
    }
  }
}
