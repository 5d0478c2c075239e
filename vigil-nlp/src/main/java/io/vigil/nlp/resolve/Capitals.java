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
          "\\G\\s+(?:(?:has|have|had|will|would|also|is|was|has long|still|now)\\s+)?"
              + "(?:said|says|warned|warns|urged|urges|accused|accuses|announced|announces|imposed"
              + "|imposes|considers|considered|rejected|rejects|denied|denies|demanded|demands"
              + "|condemned|condemns|insisted|insists|wants|wanted|supports|supported|backed|backs"
              + "|threatened|threatens|responded|responds|agreed|agrees|refused|refuses|believes"
              + "|hopes|views|regards|accepts|recognizes|recognises|blamed|blames|vowed|vows"
              + "|criticized|criticised|criticizes|criticises|expelled|summoned|sanctioned|signaled"
              + "|signalled|insist|say|want|accuse|deny|reject|consider|see|sees|view|regard)\\b");

  /** "the ministry in Ankara said": after a preposition the capital is a place. */
  private static final Pattern PREPOSITION =
      Pattern.compile("(?i)\\b(?:in|at|from|to|into|near|outside|via|of|across|around)\\s+$");

  private Capitals() {}

  private static boolean placeBefore(String text, int start) {
    return PREPOSITION.matcher(text.substring(Math.max(0, start - 12), start)).find();
  }

  static void resolve(WorkingSet set, KnowledgeBase kb) {
    for (Item item : set.items) {
      if (item.kb == null || item.kb.facts().capitalOf() == null) {
        continue;
      }
      Matcher m = ACTS.matcher(set.text);
      if (!m.find(item.span.end()) || placeBefore(set.text, item.span.start())) {
        continue;
      }
      KbEntity country = kb.byId(item.kb.facts().capitalOf()).orElse(null);
      if (country != null) {
        item.how =
            "capital standing for the government of "
                + country.name()
                + " ('"
                + set.textOf(item)
                + m.group()
                + "')";
        item.kb = country;
        item.options = java.util.List.of(country);
      }
    }
  }
}
