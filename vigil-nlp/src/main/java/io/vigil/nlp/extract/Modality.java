package io.vigil.nlp.extract;

import java.util.Set;

/**
 * Tells whether a verb is denied or only imagined: "did not meet", "never said", "could attack",
 * "if Turkey were to strike". Reads the few words before the verb back to the clause's start.
 */
final class Modality {

  private static final Set<String> NEGATIONS =
      Set.of(
          "not", "n't", "n’t", "never", "no", "neither", "nor", "didn't", "didn’t", "won't",
          "won’t", "cannot");
  private static final Set<String> HYPOTHETICAL =
      Set.of(
          "could",
          "would",
          "might",
          "may",
          "should",
          "if",
          "unless",
          "whether",
          "wants",
          "want",
          "plans",
          "plan",
          "threatened",
          "threatens",
          "hopes",
          "hope",
          "hoped",
          "hoping",
          "wanted",
          "planned",
          "planning",
          "intend",
          "intended",
          "seek",
          "seeking",
          "expected",
          "ready",
          "refused",
          "pledged",
          "pledges",
          "promised",
          "vowed",
          "vows",
          "agreed",
          "aims",
          "intends",
          "urged",
          "called",
          "asked",
          "committed",
          "failed",
          "considering",
          "considered",
          "seeks",
          "sought",
          "need",
          "needs",
          "must",
          "can");

  /**
   * Verbs that leave an act undone, which an event is not but words still are: "refusing to attack
   * his rivals", "tried to rally world leaders", "invited Trump to visit" (while "tried to explain"
   * is said all the same).
   */
  private static final Set<String> UNDONE =
      Set.of(
          "refusing",
          "refuses",
          "refuse",
          "declined",
          "declining",
          "tried",
          "trying",
          "encouraged",
          "encouraging",
          "urges",
          "urging",
          "calls",
          "calling",
          "asks",
          "asking",
          "yet",
          "invited",
          "inviting",
          "welcomed",
          "allows",
          "allowed",
          "allow",
          "enables",
          "enabled",
          "enable",
          "lets");

  private static final Set<String> UNDONE_OR_HYPOTHETICAL =
      Words.with(HYPOTHETICAL, UNDONE.toArray(String[]::new));
  private static final Set<String> SUBORDINATORS =
      Set.of(
          "that",
          "because",
          "since",
          "although",
          "though",
          "while",
          "after",
          "when",
          "who",
          "but",
          "as");

  private static final Set<String> POLITE = Set.of("like", "love", "prefer");
  private static final Set<String> WOULD = Set.of("would", "'d", "’d");

  /** Modals and conditions: they make any verb after them unreal. */
  private static final Set<String> MODALS =
      Set.of("could", "would", "might", "may", "should", "must", "can", "if", "unless", "whether");

  /**
   * Whether a verb of wanting or planning governs what follows it: "plans to attack", "urged Turkey
   * to act", "ready for talks"; the noun in "the harbour plan argued" does not.
   */
  private static boolean controls(ArticleView view, int t, int reach) {
    if (view.lower(t + 1).equals("that")) {
      return true;
    }
    for (int k = t + 1; k <= t + reach; k++) {
      String w = view.lower(k);
      if (w.equals("to") || w.equals("for") || w.equals("on")) {
        return true;
      }
      if (w.isEmpty() || !Character.isLetter(w.charAt(0)) || Words.isSpeech(w)) {
        return false;
      }
    }
    return false;
  }

  /** Verbs that keep someone from an act: "banned them from travelling". */
  private static final Set<String> BARRING =
      Set.of(
          "ban",
          "bans",
          "banned",
          "banning",
          "bar",
          "bars",
          "barred",
          "barring",
          "prevent",
          "prevents",
          "prevented",
          "preventing",
          "stop",
          "stops",
          "stopped",
          "stopping",
          "block",
          "blocks",
          "blocked",
          "blocking",
          "prohibit",
          "prohibits",
          "prohibited",
          "forbid",
          "forbids",
          "forbade",
          "deter",
          "deterred",
          "keep",
          "kept");

  /**
   * Whether the verb is the act a barring verb bars: "ban them from travelling"; not a verb after
   * the barred thing ("activists clamoring to block Trump from the nomination say").
   */
  private static boolean barsFrom(ArticleView view, int barring, int verb) {
    return verb - 1 > barring && view.lower(verb - 1).equals("from");
  }

  private static final Set<String> CLAUSE_BREAKS = Set.of(",", ";", ":", "“", "”", "\"", "—");

  private Modality() {}

  /** Whether the verb at {@code verb} is negated within the three words before it. */
  static boolean negated(ArticleView view, int from, int verb) {
    for (int t = verb - 1; t >= Math.max(from, verb - 3); t--) {
      String w = view.lower(t);
      if (NEGATIONS.contains(w)) {
        return true;
      }
      if (CLAUSE_BREAKS.contains(w) || w.equals("''")) {
        return false; // “… others are just not,” said Chipok: the quotation's own negation
      }
    }
    return false;
  }

  /** Whether a modal or condition governs the verb: "could", "would", "if ... were to". */
  static boolean hypothetical(ArticleView view, int from, int verb) {
    return governed(view, from, verb, HYPOTHETICAL, 3);
  }

  private static boolean governed(
      ArticleView view, int from, int verb, Set<String> governors, int reach) {
    boolean wish = // "would like to": a wish held now, not an imagined one
        POLITE.contains(view.lower(verb)) && WOULD.contains(view.lower(verb - 1));
    for (int t = verb - (wish ? 2 : 1); t >= Math.max(from, verb - 8); t--) {
      String w = view.lower(t);
      if (CLAUSE_BREAKS.contains(w) && !w.equals(",") || SUBORDINATORS.contains(w)) {
        return false; // the modal belongs to another clause: "may simmer now that Cruz endorsed"
      }
      if (view.inName(t)) {
        continue; // "Prime Minister Theresa May said"
      }
      if (Words.COORDINATORS.contains(w)
          && (view.mentionStartingAt(t + 1) != null
              || Words.PERSON_PRONOUNS.contains(view.lower(t + 1)))
          && t + 1 < verb) {
        return false; // "asked for a photo and Clinton said": a clause with its own subject
      }
      if (w.startsWith("agree") && agreedTo(view, t)) {
        continue; // "agreed to a ceasefire": the agreement is made, not an act to come
      }
      if (MODALS.contains(w) || governors.contains(w) && controls(view, t, reach)) {
        return true;
      }
      if (BARRING.contains(w) && barsFrom(view, t, verb)) {
        return true; // "ban them from travelling", "prevented troops from entering"
      }
      if (w.equals(",")) {
        return false; // "Its first ad could start this week, said Baker": the modal is the
        // content's
      }
    }
    return false;
  }

  /**
   * Whether the verb is a gerund after a word that makes it no act: "refrain from attacking",
   * "rather than arresting them", "a story about attacking someone", "without visiting".
   */
  static boolean unrealGerund(ArticleView view, int verb) {
    return view.lower(verb).endsWith("ing") && UNREAL_BEFORE.contains(view.lower(verb - 1));
  }

  private static final Set<String> UNREAL_BEFORE =
      Set.of(
          "from", "about", "than", "without", "against", "instead", "loves", "love", "likes",
          "enjoys", "hates");

  /**
   * Whether "agree" takes a thing agreed, after "to" or "on" and a time ("agreed on Sunday to a
   * ceasefire"), not an act ("agreed to attack").
   */
  private static boolean agreedTo(ArticleView view, int agree) {
    int k = agree + 1;
    while (k < agree + 4 && AGREED_WHEN.contains(view.lower(k))) {
      k++;
    }
    return Words.DETERMINERS.contains(view.lower(k + 1));
  }

  private static final Set<String> AGREED_WHEN = Words.with(Words.DAYS, "on", "late", "early");

  /** Whether the verb is negated or hypothetical. */
  static boolean blocked(ArticleView view, int from, int verb) {
    // an infinitive is governed from further away ("urged the Kesseli minister to apologise"), by
    // more verbs ("invited Trump to visit"; not "invited Trump to a rally")
    boolean infinitive = view.lower(verb - 1).equals("to");
    return negated(view, from, verb)
        || infinitive && governed(view, from, verb, UNDONE_OR_HYPOTHETICAL, 5)
        || governed(view, from, verb, HYPOTHETICAL, 3)
        || unrealGerund(view, verb);
  }
}
