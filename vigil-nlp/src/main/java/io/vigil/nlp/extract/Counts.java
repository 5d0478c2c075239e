package io.vigil.nlp.extract;

import io.vigil.model.Count;
import io.vigil.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads counts of things in a sentence: "318 nationals", "two high-ranking officials", "nearly 87
 * member countries", "at least 12 people". A count is a number in digits or words, then up to five
 * words ending at the first plural noun, which name what is counted. Years, durations ("two days"),
 * times, sums of money and percentages are not counts.
 */
final class Counts {

  private static final Map<String, Long> WORDS =
      Map.ofEntries(
          Map.entry("two", 2L),
          Map.entry("three", 3L),
          Map.entry("four", 4L),
          Map.entry("five", 5L),
          Map.entry("six", 6L),
          Map.entry("seven", 7L),
          Map.entry("eight", 8L),
          Map.entry("nine", 9L),
          Map.entry("ten", 10L),
          Map.entry("eleven", 11L),
          Map.entry("twelve", 12L),
          Map.entry("fifteen", 15L),
          Map.entry("twenty", 20L),
          Map.entry("thirty", 30L),
          Map.entry("forty", 40L),
          Map.entry("fifty", 50L),
          Map.entry("hundred", 100L),
          Map.entry("hundreds", 100L),
          Map.entry("thousand", 1000L),
          Map.entry("thousands", 1000L),
          Map.entry("dozen", 12L),
          Map.entry("dozens", 12L));
  private static final Map<String, Long> SCALES =
      Map.of("hundred", 100L, "thousand", 1000L, "million", 1_000_000L, "billion", 1_000_000_000L);
  private static final Set<String> UNCOUNTABLE_AFTER =
      Set.of(
          "%",
          "percent", "per", "years", "year", "pm", "am", "p.m.", "a.m.", "o'clock", "days", "weeks",
          "months", "hours", "minutes", "seconds", "decades", "times");
  static final Set<String> PLURAL_IRREGULAR =
      Set.of("people", "police", "children", "men", "women", "personnel", "staff", "troops");

  private Counts() {}

  /** Every count in tokens [from, to). */
  static List<Count> find(ArticleView view, int from, int to) {
    List<Count> out = new ArrayList<>();
    for (int t = from; t < to; t++) {
      long value = value(view, t);
      if (value < 0 || excluded(view, t)) {
        continue;
      }
      int n = t + 1;
      while (n < to && SCALES.containsKey(view.lower(n))) {
        value *= SCALES.get(view.lower(n));
        n++;
      }
      boolean owned = // "212 of its citizens", "40 of the wounded"
          Set.of("its", "their", "his", "her", "the", "our").contains(view.lower(n + 1));
      if (view.lower(n).equals("of") && (!Character.isDigit(view.word(t).charAt(0)) || owned)) {
        n += owned ? 2 : 1; // "thousands of farmers", "dozens of people"
        if (owned && value(view, n) >= 0) {
          n++; // "shot down 11 of the 14 drones": the 11 are counted, the 14 are not
        }
      }
      int head = head(view, n, Math.min(to, n + 5));
      if (head >= 0) {
        String what = view.span(n, head + 1).of(view.text);
        out.add(new Count(value, what, view.span(t, head + 1)));
        t = head;
      }
    }
    return out;
  }

  /** Whether token {@code t} is a number, in figures or in words. */
  static boolean isNumber(ArticleView view, int t) {
    return value(view, t) >= 0;
  }

  /** Whether a word is a number in words: "three", "dozens", "hundreds". */
  static boolean isNumberWord(String lower) {
    return WORDS.containsKey(lower);
  }

  /**
   * The number at token {@code t} alone, counting {@code what} ("taking three hostage"), or null.
   */
  static Count bare(ArticleView view, int t, String what) {
    long value = value(view, t);
    return value < 0 || excluded(view, t) ? null : new Count(value, what, view.span(t, t + 1));
  }

  private static long value(ArticleView view, int t) {
    String w = view.lower(t);
    Long word = WORDS.get(w);
    if (word != null) {
      return word;
    }
    String digits = w.replace(",", "");
    if (digits.isEmpty() || digits.length() > 12 || !digits.chars().allMatch(Character::isDigit)) {
      return -1;
    }
    return Long.parseLong(digits);
  }

  /** Years ("in 2014", "September 2025"), sums ("$5") and ordinal dates are no counts. */
  private static boolean excluded(ArticleView view, int t) {
    String w = view.word(t);
    String prev = view.word(t - 1);
    boolean yearLike = w.length() == 4 && (w.startsWith("19") || w.startsWith("20"));
    return yearLike
        || prev.equals("$")
        || prev.equals("€")
        || prev.equals("£")
        || Dates.month(prev) > 0
        || Dates.month(view.word(t + 1)) > 0
        || UNCOUNTABLE_AFTER.contains(view.lower(t + 1));
  }

  /** The plural noun ending the counted phrase, or -1. */
  private static int head(ArticleView view, int from, int to) {
    for (int t = from; t < to; t++) {
      String w = view.lower(t);
      if (w.isEmpty() || !Character.isLetter(w.charAt(0))) {
        return -1;
      }
      boolean plural = w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us");
      if (plural || PLURAL_IRREGULAR.contains(w)) {
        return t;
      }
      String next = view.lower(t + 1);
      boolean nounNext =
          next.length() > 3 && next.endsWith("s") && !next.endsWith("ss")
              || PLURAL_IRREGULAR.contains(next);
      if (t == from && w.endsWith("ed") && !nounNext) {
        return t; // "40 wounded when shells hit": the wounded are counted; not "12 armed men"
      }
      if (Words.PREPOSITIONS.contains(w)
          || Words.DETERMINERS.contains(w)
          || Words.SUBORDINATORS.contains(w)
          || Words.RELATIVES.contains(w)) {
        return -1;
      }
    }
    return -1;
  }

  /** Whether the count lies in {@code span}. */
  static boolean within(Count c, Span span) {
    return span.contains(c.span());
  }
}
