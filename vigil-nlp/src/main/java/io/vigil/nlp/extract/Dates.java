package io.vigil.nlp.extract;

import io.vigil.model.Span;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads the date an event sentence gives and normalises it against the publication date: "on
 * Monday" is the last Monday on or before publication (2024-12-09), "in September 2014" is 2014-09,
 * "by 2025" is 2025. Without a publication date, relative expressions stay as written ("Monday").
 */
final class Dates {

  private static final List<String> MONTHS =
      List.of(
          "january",
          "february",
          "march",
          "april",
          "may",
          "june",
          "july",
          "august",
          "september",
          "october",
          "november",
          "december");

  private static final Set<String> ABBREVIATED =
      Set.of("jan.", "feb.", "aug.", "sept.", "sep.", "oct.", "nov.", "dec.");

  /** Whether a lower-case word names a month, in full or cut short: "may", "sept.". */
  static boolean isMonth(String lower) {
    return MONTHS.contains(lower) || ABBREVIATED.contains(lower);
  }

  /** Words that make a bare year a date: "in 2014", "by 2025". */
  private static final Set<String> YEAR_WORDS = Set.of("in", "by", "since", "until");

  private Dates() {}

  /** 1 to 12 for a month's name (or its three-letter abbreviation), else 0. */
  static int month(String word) {
    String w = word.toLowerCase(Locale.ROOT).replace(".", "");
    for (int i = 0; i < MONTHS.size(); i++) {
      String m = MONTHS.get(i);
      if (w.equals(m) || (w.length() == 3 && m.startsWith(w) && !w.equals("may"))) {
        return i + 1;
      }
    }
    return w.equals("may") ? 5 : 0;
  }

  /**
   * A date as normalised, and the words it was read from.
   *
   * @param value "2024-12-09", "2014-09", "2025", or as written when it cannot be normalised
   * @param span the words of the date
   */
  record Dated(String value, Span span) {}

  /**
   * The first date in tokens [from, to), or null. A dateline's date ("PORTO LEMO, March 4 (Reuters)
   * -") is the date of the filing: it stands only when the words after it name no other date.
   */
  static Dated find(ArticleView view, int from, int to, Instant published) {
    return find(view, from, to, published, t -> false);
  }

  /**
   * As {@link #find(ArticleView, int, int, Instant)}, passing over the dates that start at a token
   * {@code others} tells belongs to another act.
   */
  static Dated find(
      ArticleView view,
      int from,
      int to,
      Instant published,
      java.util.function.IntPredicate others) {
    LocalDate pub = published == null ? null : published.atZone(ZoneOffset.UTC).toLocalDate();
    Dated filed = null;
    for (int t = from; t < to; t++) {
      String found = at(view, t, pub);
      if (found == null || others.test(t)) {
        continue;
      }
      int end = dateEnd(view, t);
      Dated date = new Dated(found, view.span(t, end));
      if (filed != null || !dateline(view, end)) {
        return date;
      }
      filed = date;
      t = end - 1;
    }
    return filed;
  }

  /** Whether an agency in brackets and a dash, or a dash, follow a date: a dateline's. */
  private static boolean dateline(ArticleView view, int end) {
    int t = end;
    if (view.word(t).equals("(")) {
      while (t < end + 8 && !view.word(t).equals(")")) {
        t++;
      }
      t++;
    }
    return Words.DASHES.contains(view.word(t));
  }

  /** The token after a date starting at {@code t}: a weekday, "September 2014", "May 5, 2024". */
  private static int dateEnd(ArticleView view, int t) {
    int end = t + 1;
    while (end < view.tokens.size()
        && end - t < 4
        && (isYear(view.word(end)) || isDay(view.word(end)) || view.word(end).equals(","))
        && !(view.word(end).equals(",") && !isYear(view.word(end + 1)))) {
      end++;
    }
    return end;
  }

  private static String at(ArticleView view, int t, LocalDate pub) {
    String w = view.lower(t);
    DayOfWeek day = weekday(w);
    if (day != null) {
      return pub == null
          ? view.word(t)
          : pub.minusDays(daysBack(pub.getDayOfWeek(), day)).toString();
    }
    if (w.equals("yesterday") || w.equals("today")) {
      return pub == null ? w : (w.equals("today") ? pub : pub.minusDays(1)).toString();
    }
    int month =
        view.word(t).isEmpty() || !Character.isUpperCase(view.word(t).charAt(0)) ? 0 : month(w);
    if (month > 0 && !(month == 5 && !isYear(view.word(t + 1)) && !isDay(view.word(t + 1)))) {
      return monthDate(view, t, month, pub);
    }
    boolean introduced = YEAR_WORDS.contains(view.lower(t - 1));
    return introduced && isYear(view.word(t)) ? view.word(t) : null;
  }

  private static String monthDate(ArticleView view, int t, int month, LocalDate pub) {
    String next = view.word(t + 1);
    if (isDay(next) && view.word(t + 2).equals(",") && isYear(view.word(t + 3))) {
      return String.format(
          Locale.ROOT, "%s-%02d-%02d", view.word(t + 3), month, Integer.parseInt(next));
    }
    if (isYear(next)) {
      String day = view.word(t - 1);
      return isDay(day)
          ? String.format(Locale.ROOT, "%s-%02d-%02d", next, month, Integer.parseInt(day))
          : String.format(Locale.ROOT, "%s-%02d", next, month);
    }
    if (pub == null) {
      return view.word(t);
    }
    int year = month <= pub.getMonthValue() ? pub.getYear() : pub.getYear() - 1;
    return isDay(next)
        ? String.format(Locale.ROOT, "%d-%02d-%02d", year, month, Integer.parseInt(next))
        : String.format(Locale.ROOT, "%d-%02d", year, month);
  }

  /**
   * Days back to the last {@code day} on or before publication: news style names the day of
   * publication itself by its weekday ("said on Monday" in Monday's paper).
   */
  private static int daysBack(DayOfWeek published, DayOfWeek day) {
    return (published.getValue() - day.getValue() + 7) % 7;
  }

  private static DayOfWeek weekday(String w) {
    for (DayOfWeek d : DayOfWeek.values()) {
      if (d.name().toLowerCase(Locale.ROOT).equals(w)) {
        return d;
      }
    }
    return null;
  }

  private static boolean isYear(String w) {
    return w.length() == 4
        && w.chars().allMatch(Character::isDigit)
        && (w.startsWith("19") || w.startsWith("20"));
  }

  private static boolean isDay(String w) {
    return !w.isEmpty()
        && w.length() <= 2
        && w.chars().allMatch(Character::isDigit)
        && Integer.parseInt(w) <= 31;
  }
}
