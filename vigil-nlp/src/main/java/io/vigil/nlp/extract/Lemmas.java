package io.vigil.nlp.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A light lemmatiser for English verbs and nouns: a few irregular forms, then suffix rules. It
 * proposes candidate base forms, most likely first, for a lexicon to pick from; it needs no tagger.
 */
final class Lemmas {

  private static final Map<String, String> IRREGULAR =
      Map.ofEntries(
          Map.entry("met", "meet"),
          Map.entry("laid", "lay"),
          Map.entry("held", "hold"),
          Map.entry("fought", "fight"),
          Map.entry("struck", "strike"),
          Map.entry("said", "say"),
          Map.entry("told", "tell"),
          Map.entry("sought", "seek"),
          Map.entry("spoke", "speak"),
          Map.entry("shot", "shoot"),
          Map.entry("took", "take"),
          Map.entry("brought", "bring"),
          Map.entry("led", "lead"),
          Map.entry("won", "win"),
          Map.entry("sent", "send"),
          Map.entry("gave", "give"),
          Map.entry("given", "give"),
          Map.entry("stabbed", "stab"),
          Map.entry("kidnapped", "kidnap"),
          Map.entry("shelled", "shell"),
          Map.entry("thought", "think"),
          Map.entry("felt", "feel"),
          Map.entry("knew", "know"),
          Map.entry("known", "know"),
          Map.entry("saw", "see"),
          Map.entry("seen", "see"),
          Map.entry("wrote", "write"),
          Map.entry("written", "write"),
          Map.entry("spoken", "speak"),
          Map.entry("found", "find"),
          Map.entry("shown", "show"),
          Map.entry("understood", "understand"),
          Map.entry("made", "make"),
          Map.entry("taken", "take"),
          Map.entry("went", "go"),
          Map.entry("gone", "go"),
          Map.entry("learnt", "learn"),
          Map.entry("left", "leave"),
          Map.entry("lost", "lose"),
          Map.entry("ran", "run"),
          Map.entry("came", "come"),
          Map.entry("got", "get"),
          Map.entry("kept", "keep"),
          Map.entry("sat", "sit"),
          Map.entry("stood", "stand"),
          Map.entry("began", "begin"),
          Map.entry("fled", "flee"),
          Map.entry("threw", "throw"),
          Map.entry("flew", "fly"),
          Map.entry("drew", "draw"),
          Map.entry("became", "become"),
          Map.entry("rose", "rise"),
          Map.entry("fell", "fall"),
          Map.entry("built", "build"),
          Map.entry("bought", "buy"),
          Map.entry("froze", "freeze"),
          Map.entry("withdrew", "withdraw"));

  private Lemmas() {}

  /** Whether {@code word} is an irregular past form or participle: "took", "left", "written". */
  static boolean irregular(String word) {
    return IRREGULAR.containsKey(word.toLowerCase(Locale.ROOT));
  }

  /** The word itself (lower-cased) and then its possible base forms. */
  static List<String> candidates(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    List<String> out = new ArrayList<>(4);
    out.add(w);
    String irregular = IRREGULAR.get(w);
    if (irregular != null) {
      out.add(irregular);
      return out;
    }
    if (w.endsWith("ies") || w.endsWith("ied")) {
      out.add(w.substring(0, w.length() - 3) + "y");
    } else if (w.endsWith("ing") && w.length() > 5) {
      addStem(out, w.substring(0, w.length() - 3));
    } else if (w.endsWith("ed") && w.length() > 4) {
      addStem(out, w.substring(0, w.length() - 2));
      out.add(w.substring(0, w.length() - 1));
    } else if (w.endsWith("es") && w.length() > 4) {
      out.add(w.substring(0, w.length() - 2));
      out.add(w.substring(0, w.length() - 1));
    } else if (w.endsWith("s") && !w.endsWith("ss") && w.length() > 3) {
      out.add(w.substring(0, w.length() - 1));
    }
    return out;
  }

  /** A stem as cut, with an e restored ("evacuat" → "evacuate") and a doubled consonant undone. */
  private static void addStem(List<String> out, String stem) {
    out.add(stem);
    out.add(stem + "e");
    int n = stem.length();
    if (n > 2 && stem.charAt(n - 1) == stem.charAt(n - 2)) {
      out.add(stem.substring(0, n - 1));
    }
  }
}
