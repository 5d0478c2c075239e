package io.vigil.nlp.extract;

import io.vigil.model.EntityType;
import io.vigil.model.ResolvedMention;
import io.vigil.model.Sentence;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds where an event happened: a location after "in", "at", "near" and other prepositions of
 * place outside an apposition, else a location modifying a noun ("a Los Angeles grand jury"), else
 * one after "to" or "from". Demonyms ("Turkish") stand for countries but name no place.
 */
final class Places {

  /** Prepositions of place: "in Gaza", "near Kobani", "through Nairobi". */
  static final Set<String> PLACE_WORDS =
      Set.of(
          "in",
          "at",
          "near",
          "outside",
          "inside",
          "through",
          "throughout",
          "across",
          "around",
          "into");

  private static final Set<String> PASSIVE =
      Set.of("was", "were", "been", "being", "be", "is", "are");

  private final ArticleView view;

  Places(ArticleView view) {
    this.view = view;
  }

  /**
   * The place of the event signalled at token {@code trigger}: after "in"/"at" outside appositions
   * (the first one after the trigger and before the sentence's next trigger, else the nearest
   * before it: "killed 12 in Kessel and four in Varna"), else a modifier, else any location.
   */
  ResolvedMention of(Sentence s, int trigger) {
    List<ResolvedMention> locations =
        view.within(view.span(s.firstToken(), s.endToken())).stream()
            .filter(m -> view.type(m) == EntityType.LOCATION && !demonym(m))
            .toList();
    int next = trigger + 1;
    while (next < s.endToken() && Triggers.at(view, next) == null) {
      next++;
    }
    ResolvedMention before = null;
    for (ResolvedMention m : locations) {
      int first = view.tokenAt(m.mention().span().start());
      if (!afterPlaceWord(first) || inApposition(first, s) || beforeNamedPlace(m)) {
        continue;
      }
      if (first > trigger && first < next) {
        return m;
      }
      if (first < trigger && !clauseBetween(first, trigger)) {
        before = m;
      }
    }
    if (before != null) {
      return before;
    }
    for (ResolvedMention m : locations) {
      int first = view.tokenAt(m.mention().span().start());
      if (afterPlaceWord(first)
          && !inApposition(first, s)
          && !clauseBetween(Math.min(first, trigger), Math.max(first, trigger))) {
        return m;
      }
    }
    for (ResolvedMention m : locations) {
      if (modifiesNoun(m)) {
        return m;
      }
    }
    for (ResolvedMention m : locations) {
      int first = view.tokenAt(m.mention().span().start());
      if (Set.of("to", "from").contains(view.lower(governor(first)))
          && !inApposition(first, s)
          && !inRelativeClause(first, trigger, s)
          && !actBetween(trigger, first)) {
        return m;
      }
    }
    return null;
  }

  /**
   * Whether another act is named between a trigger and a place after it: "arrested two men
   * suspected of passing secrets to Kessel" were not arrested in Kessel.
   */
  private boolean actBetween(int trigger, int first) {
    for (int k = trigger + 1; k < first; k++) {
      String w = view.lower(k);
      if (w.endsWith("ing") && w.length() > 5 || SUSPECTED.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /** Participles that name what the people of an act are held to have done. */
  private static final Set<String> SUSPECTED = Set.of("suspected", "accused", "charged", "alleged");

  /**
   * Whether a name stands in a relative clause set off by commas before the trigger: "Rell, who
   * fled to Moscow in 2024, was charged": where he fled is not where he was charged.
   */
  private boolean inRelativeClause(int first, int trigger, Sentence s) {
    if (first > trigger) {
      return false;
    }
    int open = -1;
    for (int k = first - 1; k > s.firstToken() && open < 0; k--) {
      open = Words.RELATIVES.contains(view.lower(k)) && view.word(k - 1).equals(",") ? k : -1;
    }
    for (int k = first + 1; open >= 0 && k < trigger; k++) {
      if (view.word(k).equals(",")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a name qualifies a place named after it: "Kessel" in "near the Kessel port of Tarn",
   * where Tarn is the place.
   */
  private boolean beforeNamedPlace(ResolvedMention m) {
    int after = view.tokenAt(m.mention().span().end());
    if (modifier(after) && !PLACE_NOUNS.contains(view.lower(after))) {
      after++; // "the Kessel border town of"
    }
    return PLACE_NOUNS.contains(view.lower(after))
        && view.lower(after + 1).equals("of")
        && view.mentionStartingAt(after + 2) != null;
  }

  /**
   * Whether a preposition of place governs the name at {@code first}, also over a direction: "in
   * northern Burkina Faso", "near the eastern Ukrainian city of".
   */
  private boolean afterPlaceWord(int first) {
    int t = first - 1;
    if (view.lower(t).equals("of") && COMPASS.contains(view.lower(t - 1))) {
      return true; // "the mountains east of Dera", "20 km north of Kabul"
    }
    return PLACE_WORDS.contains(view.lower(governor(first)));
  }

  /**
   * The word that governs the name at {@code first}, over "the town of", its modifiers and
   * directions: "in" for "in the besieged city of Tarn", "to" for "to the border town of Kilis".
   */
  private int governor(int first) {
    int t = first - 1;
    if (view.word(t).equals(",") && CAPITALS.contains(view.lower(t - 1))) {
      t -= 2; // "marched through the capital, Varna"
      for (int k = 0; k < 2 && modifier(t); k++) {
        t--; // "the Dravian capital, Tarn"
      }
    }
    if (view.lower(t).equals("of") && PLACE_NOUNS.contains(view.lower(t - 1))) {
      t -= 2; // "near the town of Olm", "in the province of Idlib"
      for (int k = 0; k < 2 && modifier(t); k++) {
        t--; // "to the border town of Kilis", "in the besieged city of Tarn"
      }
    }
    while (t > first - 6 && (DIRECTIONS.contains(view.lower(t)) || view.lower(t).equals("the"))) {
      t--;
    }
    return t;
  }

  /** A lower-case word before a place noun that is no preposition: "border", "besieged". */
  private boolean modifier(int t) {
    String w = view.word(t);
    String lower = view.lower(t);
    ResolvedMention m = view.mentionStartingAt(t);
    if (m != null && view.type(m) != EntityType.PERSON && view.type(m) != EntityType.ORGANIZATION) {
      return true; // "near the Kesseli port of Tarn", "the Syrian city of Homs"
    }
    return !w.isEmpty()
        && Character.isLowerCase(w.charAt(0))
        && !PLACE_WORDS.contains(lower)
        && !lower.equals("the")
        && !Words.PREPOSITIONS.contains(lower);
  }

  private static final Set<String> COMPASS =
      Set.of(
          "north",
          "south",
          "east",
          "west",
          "northeast",
          "northwest",
          "southeast",
          "southwest",
          "north-east",
          "north-west",
          "south-east",
          "south-west");

  private static final Set<String> PLACE_NOUNS =
      Set.of(
          "town",
          "city",
          "village",
          "province",
          "region",
          "district",
          "port",
          "capital",
          "governorate",
          "state",
          "county",
          "island",
          "area",
          "camp",
          "neighbourhood",
          "neighborhood");

  /** Words for a part of a place: "in northern Burkina Faso", "in central Varna". */
  static final Set<String> DIRECTIONS =
      Set.of(
          "northern",
          "southern",
          "eastern",
          "western",
          "central",
          "northeastern",
          "northwestern",
          "southeastern",
          "southwestern",
          "north-eastern",
          "north-western",
          "south-eastern",
          "south-western",
          "northwest",
          "northeast",
          "southwest",
          "southeast");

  /**
   * Whether a clause with a named actor of its own opens between two tokens: "…at Tel Aviv, and
   * Israel responded with"; not "…in Kano, and at least 12 people were killed".
   */
  private boolean clauseBetween(int from, int to) {
    for (int t = from + 1; t + 2 < to; t++) {
      if (view.word(t).equals(",") && Words.COORDINATORS.contains(view.lower(t + 1))) {
        int subject = view.lower(t + 2).equals("the") ? t + 3 : t + 2;
        if (view.mentionStartingAt(subject) != null) {
          return true;
        }
      }
    }
    return false;
  }

  /** "a Los Angeles grand jury": a place name between a determiner and a common noun. */
  private static final Set<String> CAPITALS = Set.of("capital", "city", "town", "village");

  private boolean modifiesNoun(ResolvedMention m) {
    int after = view.tokenAt(m.mention().span().end());
    String w = view.word(after);
    return !w.isEmpty()
        && !Words.PREPOSITIONS.contains(w) // "urged the United States and Britain": whom
        && !Words.COORDINATORS.contains(w)
        && Character.isLowerCase(w.charAt(0))
        && !w.endsWith("ed") // "the United States imposed sanctions": its verb, not a noun
        && !Words.SPEECH.contains(w)
        && !Words.BETWEEN.contains(w)
        && !PASSIVE.contains(w)
        && Triggers.at(view, after) == null
        && Words.DETERMINERS.contains(view.lower(view.tokenAt(m.mention().span().start()) - 1));
  }

  /** A word like "Turkish" stands for a country but names no place. */
  private boolean demonym(ResolvedMention m) {
    String text = m.mention().text().toLowerCase(Locale.ROOT);
    boolean adjective =
        text.endsWith("ish")
            || text.endsWith("ian")
            || text.endsWith("ese")
            || text.endsWith("can");
    if (ArticleView.peoplesWord(m)) {
      return true; // "a Kesseli tanker": the people's word of a place
    }
    return adjective
        && view.entity(m) != null
        && !view.entity(m).name().equalsIgnoreCase(m.mention().text());
  }

  /** Whether token {@code t} lies in ", a former prison head in Damascus," after a name. */
  private boolean inApposition(int t, Sentence s) {
    for (int k = t - 1; k >= s.firstToken(); k--) {
      if (view.word(k).equals(",")) {
        String next = view.lower(k + 1);
        return (next.equals("a") || next.equals("an") || next.equals("the"))
            && view.mentionEndingAt(k - 1) != null;
      }
    }
    return false;
  }
}
