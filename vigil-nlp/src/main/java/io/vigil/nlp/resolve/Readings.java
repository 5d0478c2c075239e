package io.vigil.nlp.resolve;

import io.vigil.nlp.kb.KbEntity;
import io.vigil.nlp.kb.Names;
import io.vigil.nlp.resolve.WorkingSet.Item;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Chooses among the entities an ambiguous name can be (Washington the city or the state; Georgia
 * the country or the US state) by what else the article says: an entity the article names
 * unambiguously wins, then the one whose cues ("Tbilisi", "Atlanta") and whose country appear in
 * the article; with no evidence, the default reading (the first in the knowledge base) stays.
 */
final class Readings {

  private Readings() {}

  static void choose(WorkingSet set) {
    Set<String> named = new HashSet<>();
    for (Item item : set.items) {
      if (item.kb != null && item.options.size() <= 1 && !item.contextOnly) {
        named.add(item.kb.id());
        if (item.kb.facts().in() != null) {
          named.add(item.kb.facts().in());
        }
      }
    }
    for (Item item : set.items) {
      if (item.options.size() > 1) {
        choose(set, item, named);
      }
    }
  }

  private static void choose(WorkingSet set, Item item, Set<String> named) {
    KbEntity best = item.options.getFirst();
    int bestScore = 0;
    List<String> bestEvidence = List.of();
    for (KbEntity option : item.options) {
      List<String> evidence = new ArrayList<>();
      int score = 0;
      if (named.contains(option.id())) {
        score += 3;
        evidence.add("named in the article");
      }
      if (option.facts().in() != null && named.contains(option.facts().in())) {
        score += 1;
        evidence.add("its country is named");
      }
      for (String cue : option.facts().cues()) {
        if (present(set.text, cue)) {
          score += 2;
          evidence.add("'" + cue + "'");
        }
      }
      if (score > bestScore) {
        best = option;
        bestScore = score;
        bestEvidence = evidence;
      }
    }
    item.kb = best;
    item.how =
        "ambiguous name, read as "
            + best.name()
            + (bestEvidence.isEmpty()
                ? " (the default reading)"
                : " (evidence: " + String.join(", ", bestEvidence) + ")");
  }

  private static boolean present(String text, String word) {
    int from = 0;
    while ((from = text.indexOf(word, from)) >= 0) {
      int end = from + word.length();
      boolean before = from == 0 || !Names.isWordChar(text.charAt(from - 1));
      boolean after = end == text.length() || !Names.isWordChar(text.charAt(end));
      if (before && after) {
        return true;
      }
      from = end;
    }
    return false;
  }
}
