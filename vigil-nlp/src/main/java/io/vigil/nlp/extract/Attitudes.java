package io.vigil.nlp.extract;

import java.util.List;
import java.util.Set;

/**
 * Verbs that attribute a stance rather than words: what someone wants, fears, backs, condemns or
 * calls for ("Trump called for a boycott", "Democrats fear a recount", "she endorsed Cruz"). News
 * attribution corpora count these with speech; the content is what follows the verb.
 *
 * <p>Words are matched through {@link Lemmas}, so one base form covers its inflections.
 */
final class Attitudes {

  private Attitudes() {}

  /** Base forms of verbs of judging, wanting, believing, proposing and refusing. */
  private static final Set<String> LEMMAS =
      Set.of(
          // judging people and things
          "call",
          "describe",
          "criticize",
          "criticise",
          "accuse",
          "praise",
          "blame",
          "attack",
          "condemn",
          "denounce",
          "decry",
          "slam",
          "blast",
          "reject",
          "dismiss",
          "defend",
          "question",
          "challenge",
          "mock",
          "ridicule",
          "thank",
          "applaud",
          "welcome",
          "hail",
          "laud",
          "tout",
          "label",
          "brand",
          "dub",
          "characterize",
          "portray",
          "depict",
          "liken",
          "compare",
          "lambaste",
          "chide",
          "scold",
          "rebuke",
          "castigate",
          "fault",
          "assail",
          "deride",
          "disparage",
          "commend",
          "congratulate",
          // backing and opposing
          "endorse",
          "support",
          "back",
          "oppose",
          "favor",
          "favour",
          "embrace",
          "champion",
          "advocate",
          "vote",
          // wanting, hoping, fearing, planning
          "want",
          "wish",
          "prefer",
          "hope",
          "fear",
          "worry",
          "plan",
          "intend",
          "seek",
          "expect",
          "demand",
          "request",
          "propose",
          "recommend",
          "offer",
          "pledge",
          "vow",
          "promise",
          "threaten",
          "refuse",
          "decline",
          "push",
          "press",
          // believing and knowing
          "believe",
          "think",
          "feel",
          "know",
          "see",
          "view",
          "consider",
          "regard",
          "doubt",
          "suspect",
          "recognize",
          "recognise",
          "understand",
          "realize",
          "realise",
          "remember",
          "agree",
          "disagree",
          "accept",
          // speaking of something
          "cite",
          "refer",
          "point",
          "mention",
          "discuss",
          "talk",
          "speak",
          "express",
          "voice",
          "raise",
          "repeat",
          "recount",
          "outline",
          "invoke",
          "highlight",
          "acknowledge",
          "focus",
          "rail",
          "side",
          "weigh",
          "touch",
          "react",
          "distance",
          "decide",
          "encourage",
          "celebrate",
          "promote",
          "address",
          "share",
          "bemoan",
          "lament",
          "insinuate",
          "imply",
          "envision",
          "envisage",
          "anticipate",
          "dread",
          "relish",
          "resent",
          "regret",
          "deplore",
          "lobby",
          "campaign",
          "petition",
          "caution",
          "advise",
          "apologize",
          "apologise",
          "deem",
          "cheer",
          "attribute",
          "downplay",
          "disavow",
          "repudiate",
          "retract",
          "protest",
          "resist",
          "trumpet",
          "love",
          "hate",
          "dislike",
          "admire",
          "mourn",
          "instruct",
          "detail",
          "like",
          "foresee",
          "ponder",
          "mull",
          "contemplate",
          "guess",
          "imagine",
          "suppose",
          "notice",
          "aim",
          "strive",
          "hesitate",
          "persuade",
          "convince",
          "appeal");

  /** Adjectives that attribute a stance after a form of "be": "she is confident that ...". */
  private static final Set<String> ADJECTIVES =
      Set.of(
          "confident",
          "hopeful",
          "eager",
          "willing",
          "concerned",
          "convinced",
          "determined",
          "sure",
          "certain",
          "critical",
          "skeptical",
          "sceptical",
          "optimistic",
          "pessimistic",
          "worried",
          "afraid",
          "proud",
          "glad",
          "aware",
          "opposed",
          "supportive",
          "adamant",
          "insistent",
          "unconvinced",
          "doubtful",
          "reluctant",
          "unwilling",
          "keen",
          "fearful",
          "wary",
          "furious",
          "angry",
          "upset",
          "disappointed",
          "frustrated",
          "satisfied",
          "hostile",
          "receptive",
          "sympathetic",
          "comfortable",
          "uncomfortable",
          "happy",
          "unhappy",
          "pleased",
          "displeased",
          "thrilled",
          "excited",
          "anxious",
          "alarmed",
          "outraged",
          "appalled",
          "horrified",
          "dismissive",
          "firm",
          "emphatic",
          "unequivocal",
          "ambivalent",
          "unsure",
          "fond",
          "suspicious",
          "grateful",
          "thankful",
          "sorry",
          "ashamed",
          "embarrassed",
          "open");

  /** Nouns naming something said or held, and the words that open what it is about. */
  private static final java.util.Map<String, Set<String>> NOUNS =
      java.util.Map.ofEntries(
          java.util.Map.entry("claim", Set.of("that")),
          java.util.Map.entry("claims", Set.of("that")),
          java.util.Map.entry("assertion", Set.of("that")),
          java.util.Map.entry("warning", Set.of("that", "about", "of")),
          java.util.Map.entry("warnings", Set.of("that", "about", "of")),
          java.util.Map.entry("promise", Set.of("that", "to", "of")),
          java.util.Map.entry("pledge", Set.of("that", "to")),
          java.util.Map.entry("vow", Set.of("that", "to")),
          java.util.Map.entry("call", Set.of("for", "to")),
          java.util.Map.entry("calls", Set.of("for", "to")),
          java.util.Map.entry("demand", Set.of("that", "for")),
          java.util.Map.entry("demands", Set.of("that", "for")),
          java.util.Map.entry("criticism", Set.of("of")),
          java.util.Map.entry("accusation", Set.of("that")),
          java.util.Map.entry("allegation", Set.of("that")),
          java.util.Map.entry("allegations", Set.of("that")),
          java.util.Map.entry("suggestion", Set.of("that")),
          java.util.Map.entry("hope", Set.of("that")),
          java.util.Map.entry("fear", Set.of("that")),
          java.util.Map.entry("fears", Set.of("that")),
          java.util.Map.entry("praise", Set.of("for")),
          java.util.Map.entry("prediction", Set.of("that")),
          java.util.Map.entry("question", Set.of("about")),
          java.util.Map.entry("suggestions", Set.of("that")),
          java.util.Map.entry("endorsement", Set.of("of")),
          java.util.Map.entry("attacks", Set.of("on")));

  /** Whether {@code word} followed by {@code next} is a cue noun: "claim that", "call for". */
  static boolean noun(String word, String next) {
    Set<String> opens = NOUNS.get(word);
    return opens != null && opens.contains(next);
  }

  /**
   * Phrases that attribute a stance, by the base form of their verb: "made it clear that", "made
   * the case for", "took aim at", "took issue with". Each is the words after the verb.
   */
  private static final java.util.Map<String, List<List<String>>> IDIOMS =
      java.util.Map.ofEntries(
          java.util.Map.entry(
              "make",
              List.of(
                  List.of("it", "clear"),
                  List.of("clear"),
                  List.of("it", "plain"),
                  List.of("plain"),
                  List.of("known"),
                  List.of("the", "case"),
                  List.of("a", "case"),
                  List.of("the", "argument"),
                  List.of("a", "point", "of"),
                  List.of("no", "secret", "of"))),
          java.util.Map.entry(
              "take",
              List.of(
                  List.of("aim", "at"),
                  List.of("issue", "with"),
                  List.of("credit", "for"),
                  List.of("a", "swipe", "at"),
                  List.of("a", "jab", "at"),
                  List.of("a", "shot", "at"),
                  List.of("shots", "at"),
                  List.of("a", "stand", "against"),
                  List.of("the", "position"))),
          java.util.Map.entry("go", List.of(List.of("after"), List.of("on", "record"))),
          java.util.Map.entry("lash", List.of(List.of("out", "at"), List.of("out", "against"))),
          java.util.Map.entry("weigh", List.of(List.of("in", "on"))),
          java.util.Map.entry("cast", List.of(List.of("doubt", "on"), List.of("doubt", "upon"))),
          java.util.Map.entry("learn", List.of(List.of("that"))),
          java.util.Map.entry("shoot", List.of(List.of("back"))),
          java.util.Map.entry("fire", List.of(List.of("back"))),
          java.util.Map.entry("hit", List.of(List.of("back"), List.of("out", "at"))),
          java.util.Map.entry("put", List.of(List.of("it"))),
          java.util.Map.entry("lay", List.of(List.of("out"))),
          java.util.Map.entry("spell", List.of(List.of("out"))));

  /**
   * How many tokens after a verb belong to a stance phrase it opens ("took aim at": 2), or 0.
   *
   * @param word the verb
   * @param next index of the token after it
   * @param lower reads a token, lower-cased, by index
   */
  static int idiom(String word, int next, java.util.function.IntFunction<String> lower) {
    String lemma = null;
    for (String c : Lemmas.candidates(word)) {
      if (IDIOMS.containsKey(c)) {
        lemma = c;
        break;
      }
    }
    if (lemma == null) {
      return lightVerb(word, next, lower);
    }
    for (List<String> phrase : IDIOMS.get(lemma)) {
      boolean match = true;
      for (int i = 0; i < phrase.size() && match; i++) {
        match = phrase.get(i).equals(lower.apply(next + i));
      }
      if (match) {
        return phrase.size() + 1;
      }
    }
    return lightVerb(word, next, lower);
  }

  /** Verbs that say nothing alone but make a stance with a noun of saying: "made the remark". */
  private static final Set<String> LIGHT_VERBS =
      Set.of("make", "issue", "offer", "deliver", "give", "level", "lodge");

  /** Nouns of saying and holding that a light verb turns into an act: "made several statements". */
  private static final Set<String> SAYING_NOUNS =
      Set.of(
          "statement",
          "statements",
          "comment",
          "comments",
          "remark",
          "remarks",
          "observation",
          "argument",
          "arguments",
          "claim",
          "claims",
          "allegation",
          "allegations",
          "charge",
          "charges",
          "mention",
          "attack",
          "attacks",
          "pitch",
          "plea",
          "appeal",
          "promise",
          "promises",
          "pledge",
          "vow",
          "threat",
          "threats",
          "accusation",
          "accusations",
          "announcement",
          "reference",
          "references",
          "apology",
          "apologies",
          "warning",
          "warnings",
          "prediction",
          "predictions",
          "criticism",
          "complaint",
          "complaints",
          "demand",
          "demands",
          "assurance",
          "assurances",
          "admission",
          "denial",
          "endorsement",
          "praise",
          "defense",
          "defence",
          "call");

  /** Words of a noun phrase between a light verb and its noun: "made a bizarre, veiled attack". */
  private static final Set<String> NOT_MODIFIERS =
      Set.of("that", "and", "but", "or", "to", "of", "in", "on", "for", "at", "with", "by", ".");

  /** Words after the noun that belong to the cue: "made comments about". */
  private static final Set<String> NOUN_PARTICLES =
      Set.of("that", "about", "on", "for", "against", "of", "to", "with", "regarding");

  /**
   * How many tokens after a light verb belong to its noun of saying ("made several controversial
   * statements on": 4), or 0.
   */
  private static int lightVerb(
      String word, int next, java.util.function.IntFunction<String> lower) {
    boolean light = Lemmas.candidates(word).stream().anyMatch(LIGHT_VERBS::contains);
    if (!light) {
      return 0;
    }
    for (int i = 0; i < 5; i++) {
      String w = lower.apply(next + i);
      if (SAYING_NOUNS.contains(w)) {
        String after = lower.apply(next + i + 1);
        if (NOUN_PARTICLES.contains(after)) {
          return i + 3;
        }
        boolean issued = Lemmas.candidates(word).contains("issue");
        boolean participle = after.endsWith("ing") && !Words.PREPOSITIONS.contains(after);
        return issued || participle ? i + 2 : 0; // not "made his remarks during"
      }
      if (w.isEmpty()
          || NOT_MODIFIERS.contains(w)
          || !Character.isLetterOrDigit(w.charAt(0)) && !w.equals(",")) {
        return 0;
      }
    }
    return 0;
  }

  /** Whether {@code word} is an adjective of stance ("confident", "wary"). */
  static boolean adjective(String word) {
    return ADJECTIVES.contains(word.toLowerCase(java.util.Locale.ROOT));
  }

  /** Words after a verb that belong to the cue, not to what is attributed: "called for". */
  private static final Set<String> PARTICLES =
      Set.of("for", "on", "about", "of", "out", "against", "up");

  /** Verbs whose "to" belongs to the cue: "pointed to", "referred to". */
  private static final Set<String> TAKES_TO = Set.of("point", "refer", "react");

  /**
   * Verbs that are stances only with one of these words after them: "spoke about" but not "spoke at
   * a rally", "pointed to" but not "pointed", "called for" or "called X Y" but not "called in".
   */
  private static final java.util.Map<String, Set<String>> NEEDS =
      java.util.Map.ofEntries(
          java.util.Map.entry("speak", Set.of("of", "about", "out")),
          java.util.Map.entry("like", Set.of("to")),
          java.util.Map.entry("vote", Set.of("for", "against", "to")),
          java.util.Map.entry("talk", Set.of("of", "about", "up")),
          java.util.Map.entry("point", Set.of("to", "out")),
          java.util.Map.entry("refer", Set.of("to")),
          java.util.Map.entry("raise", Set.of("concerns", "questions", "doubts", "the")),
          java.util.Map.entry("press", Set.of("for")),
          java.util.Map.entry("focus", Set.of("on")),
          java.util.Map.entry("rail", Set.of("against", "at")),
          java.util.Map.entry("side", Set.of("with", "against")),
          java.util.Map.entry("weigh", Set.of("in")),
          java.util.Map.entry("touch", Set.of("on", "upon")),
          java.util.Map.entry("react", Set.of("to")),
          java.util.Map.entry( // not "the approval rating declined slightly from 58 percent"
              "decline",
              Set.of(
                  "to",
                  "comment",
                  "the",
                  "a",
                  "an",
                  "any",
                  "his",
                  "her",
                  "their",
                  "multiple",
                  "repeated",
                  "several",
                  "requests",
                  "interviews")),
          java.util.Map.entry(
              "distance", Set.of("from", "himself", "herself", "themselves", "itself")),
          java.util.Map.entry("campaign", Set.of("for", "against", "on")),
          java.util.Map.entry("lobby", Set.of("for", "against")),
          java.util.Map.entry(
              "share", Set.of("concerns", "views", "thoughts", "the", "his", "her", "their")),
          java.util.Map.entry(
              "address", Set.of("the", "concerns", "questions", "criticism", "reports")));

  /** Words after "call" that make it a phone call or a visit: "called into a show". */
  private static final Set<String> NOT_AFTER_CALL = Set.of("in", "into", "to", "back", "off", "at");

  /** Whether the verb {@code word} followed by {@code next} can be a stance. */
  static boolean fits(String word, String next) {
    String lemma = lemma(word);
    if (lemma == null) {
      return false;
    }
    Set<String> needed = NEEDS.get(lemma);
    if (needed != null) {
      return needed.contains(next);
    }
    return !("call".equals(lemma) && NOT_AFTER_CALL.contains(next));
  }

  /** Whether {@code word} is a form of an attitude verb. */
  static boolean is(String word) {
    return lemma(word) != null;
  }

  /** The attitude verb {@code word} is a form of, or null. */
  static String lemma(String word) {
    for (String candidate : Lemmas.candidates(word)) {
      if (LEMMAS.contains(candidate)) {
        return candidate;
      }
    }
    return null;
  }

  /** Whether {@code next} continues the cue of {@code verb}: "called for", "pointed to". */
  static boolean particle(String verb, String next) {
    return PARTICLES.contains(next) || (next.equals("to") && TAKES_TO.contains(lemma(verb)));
  }
}
