package io.vigil.nlp.resolve;

import io.vigil.model.EntityType;
import io.vigil.model.Span;
import io.vigil.nlp.analyse.HeadlineVerbs;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds organisation names the recogniser cuts short: a run of capitalised words, joined only by
 * "of", "for", "to", "the", "on" or "against", that holds a head noun such as Party, Authority or
 * Coalition ("Global Coalition to Defeat ISIS", "Kurdistan Workers’ Party").
 */
final class OrgNames {

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’.&-]*");

  private static final Set<String> CONNECTORS = Set.of("of", "for", "to", "the", "on", "against");

  /** Days and months: capitalised, but never the end of an organisation's name. */
  private static final Set<String> TEMPORAL =
      Set.of(
          "Monday",
          "Tuesday",
          "Wednesday",
          "Thursday",
          "Friday",
          "Saturday",
          "Sunday",
          "January",
          "February",
          "March",
          "April",
          "May",
          "June",
          "July",
          "August",
          "September",
          "October",
          "November",
          "December");

  private static final Set<String> HEADS =
      Set.of(
          "Coalition",
          "Council",
          "Party",
          "Authority",
          "Agency",
          "Organization",
          "Organisation",
          "Ministry",
          "Department",
          "Committee",
          "Commission",
          "Union",
          "Alliance",
          "Front",
          "Movement",
          "Forces",
          "Force",
          "Army",
          "Court",
          "Bank",
          "Fund",
          "Institute",
          "University",
          "College",
          "Association",
          "Federation",
          "Foundation",
          "Corporation",
          "Company",
          "Office",
          "Service",
          "Services",
          "Brigade",
          "Brigades",
          "League",
          "Assembly",
          "Parliament",
          "Senate",
          "Board",
          "Bureau",
          "Centre",
          "Center",
          "Programme",
          "Program",
          "Network",
          "Tribunal",
          "Police",
          "Guard",
          "Corps",
          "Directorate",
          "Secretariat",
          "Group",
          "Administration",
          "Mission",
          "Observatory",
          "Unit",
          "Units",
          "Cabinet",
          "Gazette",
          "Herald",
          "Tribune",
          "Journal",
          "Chronicle",
          "Times",
          "Post",
          "Radio",
          "Television");

  /** Offices and the words that qualify them before a holder's name. */
  private static final Pattern OFFICE_WORDS =
      Pattern.compile(
          Titles.OFFICES
              + "|Leader|Chairman|Chairwoman|Chair|Spokesman|Spokeswoman|Spokesperson|Director"
              + "|Commissioner|Chief|Whip|Majority|Minority|Deputy|Vice|Acting|Envoy|Head"
              + "|Prime|Foreign|Defense|Defence|Interior");

  private OrgNames() {}

  static List<Candidate> find(String text) {
    List<Candidate> out = new ArrayList<>();
    List<int[]> run = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    int lastEnd = -1;
    while (m.find()) {
      String w = m.group();
      boolean joined = lastEnd >= 0 && text.substring(lastEnd, m.start()).matches("[ \\t]+");
      if (!joined) {
        flush(text, run, out);
      }
      // "… Defeat ISIS on Monday. The coalition": a full stop after a word that is no
      // abbreviation ("Inc.", "U.S.") ends the sentence, and the name
      boolean fullStop = w.endsWith(".") && w.indexOf('.') == w.length() - 1 && w.length() > 4;
      String bare = fullStop ? w.substring(0, w.length() - 1) : w;
      boolean capital =
          Character.isUpperCase(w.codePointAt(0)) && !HeadlineVerbs.WORDS.contains(bare);
      if (capital || (CONNECTORS.contains(w) && !run.isEmpty())) {
        run.add(new int[] {m.start(), fullStop ? m.end() - 1 : m.end()});
      } else {
        flush(text, run, out);
      }
      if (fullStop) {
        flush(text, run, out);
      }
      if (w.endsWith("'s") || w.endsWith("’s")) {
        run.clear(); // a possessive ends a name: "Pakistan’s National Disaster ..." starts after it
      }
      lastEnd = m.end();
    }
    flush(text, run, out);
    return out;
  }

  private static void flush(String text, List<int[]> run, List<Candidate> out) {
    trimStart(text, run);
    if (run.size() > 1
        && atSentenceStart(text, run.getFirst()[0])
        && !HEADS.contains(word(text, run.getFirst()))
        && CONNECTORS.contains(word(text, run.get(1)))) {
      run.removeFirst(); // "According to the World Health Organization" starts at World
      trimStart(text, run);
    }
    cutBeforeOffice(text, run);
    cutTitledPersonBefore(text, run);
    while (!run.isEmpty()
        && (CONNECTORS.contains(word(text, run.getLast()))
            || TEMPORAL.contains(word(text, run.getLast())))) {
      run.removeLast(); // "... Defeat ISIS on Monday" ends at ISIS
    }
    int capitals = 0;
    boolean head = false;
    for (int[] w : run) {
      String s = word(text, w);
      capitals += Character.isUpperCase(s.codePointAt(0)) ? 1 : 0;
      head |= HEADS.contains(s);
    }
    if (capitals >= 2 && head) {
      Span span = new Span(run.getFirst()[0], run.getLast()[1]);
      out.add(new Candidate(span, EntityType.ORGANIZATION, Rules.ORG_NAME, null, false));
    }
    run.clear();
  }

  /**
   * A name ends before an office its head is the seat of and the person holding it: "Senate
   * Majority Leader Mitch McConnell", "European Commission President Ursula von der Leyen" are a
   * person after an organisation, not one name. An office followed by "of" stays in the name
   * ("Office of the Secretary of Defense").
   */
  private static void cutBeforeOffice(String text, List<int[]> run) {
    boolean head = false;
    for (int i = 0; i < run.size(); i++) {
      String w = word(text, run.get(i));
      if (head && OFFICE_WORDS.matcher(w).matches()) {
        int j = i;
        while (j < run.size() && OFFICE_WORDS.matcher(word(text, run.get(j))).matches()) {
          j++;
        }
        if (j < run.size()) {
          String next = word(text, run.get(j));
          if (!CONNECTORS.contains(next) && !HEADS.contains(next)) {
            run.subList(i, run.size()).clear();
            return;
          }
        }
      }
      head |= HEADS.contains(w);
    }
  }

  /**
   * A name opening with a titled person names the organisation after "of": "Judge Richard Posner of
   * the Court of Appeals", "Mr. Burman of the Tax Policy Center" hold the court and the center.
   */
  private static void cutTitledPersonBefore(String text, List<int[]> run) {
    if (run.isEmpty()) {
      return;
    }
    String first = word(text, run.getFirst());
    boolean titled =
        OFFICE_WORDS.matcher(first).matches()
            || first.matches(Titles.HONORIFICS) && first.endsWith(".");
    if (!titled) {
      return;
    }
    for (int i = 1; i < run.size(); i++) {
      if (word(text, run.get(i)).equals("of")) {
        run.subList(0, i + 1).clear();
        trimStart(text, run);
        return;
      }
    }
  }

  private static void trimStart(String text, List<int[]> run) {
    while (!run.isEmpty() && isConnectorOrArticle(text, run.getFirst())) {
      run.removeFirst();
    }
  }

  private static boolean isConnectorOrArticle(String text, int[] w) {
    String s = word(text, w);
    return CONNECTORS.contains(s) || s.equals("The") || s.equals("A") || s.equals("An");
  }

  /** Whether {@code at} begins a sentence: only spaces and an opening quote since a full stop. */
  static boolean atSentenceStart(String text, int at) {
    int i = at - 1;
    while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '"' || text.charAt(i) == '“')) {
      i--;
    }
    return i < 0 || ".!?\n:".indexOf(text.charAt(i)) >= 0;
  }

  private static String word(String text, int[] w) {
    return text.substring(w[0], w[1]);
  }
}
