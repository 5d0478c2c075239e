package io.vigil.nlp.analyse;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Tells sentences that cannot hold a name, so the CRF need not tag them: no token after the first
 * has a capital letter or a digit, and the first token is not capitalised or is a common word that
 * opens sentences ("The", "He", "But"). The CRF tags such sentences all-outside; checked on
 * CoNLL-2003 dev, where skipping them leaves every tag unchanged.
 */
final class NameFreeSentences {

  /** Words that open sentences and are never names on their own. Lower case. */
  private static final Set<String> OPENERS =
      Set.of(
          "a",
          "about",
          "after",
          "again",
          "all",
          "also",
          "although",
          "an",
          "and",
          "another",
          "any",
          "are",
          "as",
          "at",
          "because",
          "before",
          "both",
          "but",
          "by",
          "can",
          "could",
          "despite",
          "did",
          "do",
          "does",
          "during",
          "each",
          "even",
          "every",
          "few",
          "for",
          "from",
          "given",
          "had",
          "has",
          "have",
          "he",
          "her",
          "here",
          "his",
          "how",
          "however",
          "i",
          "if",
          "in",
          "instead",
          "is",
          "it",
          "its",
          "just",
          "last",
          "many",
          "meanwhile",
          "more",
          "most",
          "much",
          "my",
          "neither",
          "never",
          "no",
          "nor",
          "not",
          "now",
          "of",
          "on",
          "once",
          "one",
          "only",
          "or",
          "other",
          "our",
          "over",
          "perhaps",
          "rather",
          "she",
          "should",
          "since",
          "so",
          "some",
          "still",
          "such",
          "than",
          "that",
          "the",
          "their",
          "then",
          "there",
          "these",
          "they",
          "this",
          "those",
          "though",
          "thus",
          "to",
          "too",
          "under",
          "unless",
          "until",
          "we",
          "were",
          "what",
          "when",
          "where",
          "whether",
          "which",
          "while",
          "who",
          "why",
          "will",
          "with",
          "without",
          "would",
          "yes",
          "yet",
          "you",
          "your");

  private NameFreeSentences() {}

  /** True when no token of {@code words} can be part of a name. */
  static boolean nameFree(List<String> words) {
    for (int i = 0; i < words.size(); i++) {
      if (mayName(words, i)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether word {@code i} may be (part of) a name: it has a capital or a digit, and it is not a
   * sentence's first word that is a common opener ("The", "But").
   */
  static boolean mayName(List<String> words, int i) {
    String w = words.get(i);
    return startsName(w) && (i > 0 || !OPENERS.contains(w.toLowerCase(Locale.ROOT)));
  }

  /**
   * A capital or digit first, a digit anywhere, or a capital after a particle: "Ankara", "g20",
   * "al-Assad".
   */
  private static boolean startsName(String w) {
    if (w.isEmpty()) {
      return false;
    }
    char c = w.charAt(0);
    if (Character.isUpperCase(c) || Character.isDigit(c) || Character.isTitleCase(c)) {
      return true;
    }
    for (int k = 1; k < w.length(); k++) {
      char p = w.charAt(k - 1);
      char ch = w.charAt(k);
      if (Character.isDigit(ch)
          || ((p == '-' || p == '\'' || p == '’') && Character.isUpperCase(ch))) {
        return true;
      }
    }
    return false;
  }
}
