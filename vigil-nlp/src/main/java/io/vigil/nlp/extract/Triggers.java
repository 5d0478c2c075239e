package io.vigil.nlp.extract;

import io.vigil.model.Count;
import io.vigil.model.EntityType;
import io.vigil.model.ResolvedMention;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The trigger lexicon: base forms mapped to CAMEO codes. Multi-word triggers are keyed by their
 * head and checked against the neighbouring word ("call on", "suicide bombing", "air strike").
 */
final class Triggers {

  private static final Map<String, Trigger> LEXICON = new HashMap<>();

  /** Lemmas that are triggers both as a verb and as a noun: "attacked" and "the attack". */
  private static final Map<String, Trigger> NOUNS = new HashMap<>();

  private static void add(String cameo, String label, boolean noun, String... lemmas) {
    for (String lemma : lemmas) {
      Trigger trigger = new Trigger(cameo, label, noun);
      Trigger before = LEXICON.putIfAbsent(lemma, trigger);
      if (before != null && before.noun() != noun) {
        LEXICON.put(lemma, noun ? before : trigger);
        NOUNS.put(lemma, noun ? trigger : before);
      }
    }
  }

  static {
    add(
        "010",
        "Make public statement",
        false,
        "announce",
        "declare",
        "state",
        "emphasize",
        "emphasise",
        "stress",
        "highlight",
        "underline",
        "underscore",
        "reiterate",
        "address");
    add("020", "Make an appeal or request", false, "urge", "appeal", "plead", "request");
    add("030", "Express intent to cooperate", false, "pledge", "promise", "vow", "offer");
    add("040", "Consult", false, "meet", "convene", "discuss", "consult");
    add("040", "Consult", true, "meeting", "summit", "consultation");
    add("042", "Make a visit", false, "visit", "travel", "tour");
    add("042", "Make a visit", true, "visit", "trip");
    add("043", "Host a visit", false, "host", "receive", "welcome");
    add("045", "Mediate", false, "mediate", "broker");
    add("045", "Mediate", true, "mediation");
    add("046", "Engage in negotiation", false, "negotiate");
    add("046", "Engage in negotiation", true, "talks", "negotiations");
    add(
        "051",
        "Praise or endorse",
        false,
        "praise",
        "endorse",
        "commend",
        "hail",
        "applaud",
        "thank");
    add("055", "Apologize", false, "apologize", "apologise");
    add("055", "Apologize", true, "apology", "apologies");
    add("057", "Sign formal agreement", false, "sign");
    add("073", "Provide humanitarian aid", false, "evacuate", "repatriate", "airlift", "rescue");
    add("073", "Provide humanitarian aid", true, "evacuation", "repatriation");
    add("070", "Provide aid", false, "deliver", "donate", "provide");
    add("0871", "Declare ceasefire", true, "ceasefire", "cease-fire", "truce");
    add("100", "Demand", false, "demand"); // not "insist": "insisted he has questions" asserts
    add(
        "111",
        "Criticize or denounce",
        false,
        "criticize",
        "criticise",
        "condemn",
        "denounce",
        "slam",
        "decry",
        "rebuke");
    add("112", "Accuse", false, "accuse", "blame");
    add("115", "Bring lawsuit against", false, "sue");
    add("130", "Threaten", false, "threaten");
    add("140", "Engage in political dissent", false, "protest", "chant");
    add("140", "Engage in political dissent", true, "protest", "protests");
    add("141", "Demonstrate or rally", false, "demonstrate", "rally", "march");
    add("141", "Demonstrate or rally", true, "demonstration", "rally");
    add("143", "Conduct strike or boycott", false, "boycott");
    add("145", "Protest violently, riot", false, "riot");
    add("171", "Seize or damage property", false, "seize", "confiscate");
    add("172", "Impose administrative sanctions", false, "sanction");
    add(
        "173",
        "Arrest, detain, or charge with legal action",
        false,
        "arrest",
        "detain",
        "charge",
        "indict",
        "prosecute",
        "convict",
        "jail",
        "imprison",
        "sentence");
    add(
        "173",
        "Arrest, detain, or charge with legal action",
        true,
        "arrest",
        "arrests",
        "indictment");
    add("174", "Expel or deport individuals", false, "deport", "expel");
    add(
        "180",
        "Use unconventional violence",
        false,
        "attack",
        "ambush",
        "raid",
        "wound",
        "injure",
        "storm");
    add("180", "Use unconventional violence", true, "attack", "attacks", "assault");
    add("181", "Abduct, hijack, or take hostage", false, "kidnap", "abduct", "hijack");
    add("182", "Physically assault", false, "stab", "beat");
    add("183", "Conduct suicide, car, or other non-military bombing", false, "bomb");
    add(
        "183",
        "Conduct suicide, car, or other non-military bombing",
        true,
        "bombing",
        "explosion",
        "bomber");
    add("186", "Assassinate", false, "assassinate");
    add("190", "Use conventional military force", false, "clash", "fight");
    add("190", "Use conventional military force", true, "clash", "clashes", "offensive");
    add("192", "Occupy territory", false, "occupy", "invade");
    add("194", "Fight with artillery and tanks", false, "shell");
    add("194", "Fight with artillery and tanks", true, "shelling");
    add("195", "Employ aerial weapons", false, "bombard");
    add("195", "Employ aerial weapons", true, "airstrike", "airstrikes", "bombardment");
    add("202", "Engage in mass killings", false, "massacre", "kill");
    add("202", "Engage in mass killings", true, "massacre", "genocide");
  }

  private Triggers() {}

  /** What a side in a game rallies to: "rallied to defeat", "rallied to win", "to a victory". */
  private static final Set<String> COMEBACK =
      Set.of(
          "defeat", "beat", "win", "victory", "a", "an", "claim", "edge", "tie", "clinch", "draw");

  /** Crowds whose clashes are riots, not battles: "protesters clashed with police". */
  private static final Set<String> CROWDS =
      Set.of(
          "protesters",
          "protestors",
          "demonstrators",
          "rioters",
          "marchers",
          "crowds",
          "mobs",
          "students",
          "fans");

  /**
   * Whether a crowd clashes: "Protesters clash with police", "clashes between demonstrators and
   * police", "police clashed with rioters". A crowd named in the few words on either side.
   */
  private static boolean crowdClash(ArticleView view, int t) {
    int sentence = view.sentenceOf(t);
    for (int k = Math.max(0, t - 3); k <= t + 4 && k < view.tokens.size(); k++) {
      if (view.sentenceOf(k) == sentence && CROWDS.contains(view.lower(k))) {
        return true;
      }
    }
    return false;
  }

  /** The trigger at token {@code t}, reading its neighbours for multi-word triggers, or null. */
  static Trigger at(ArticleView view, int t) {
    Trigger found = read(view, t);
    return found != null && found.cameo().equals("130") && military(view, t) ? FORCE_THREAT : found;
  }

  private static final Trigger FORCE_THREAT =
      new Trigger("138", "Threaten to use military force", false);

  /**
   * Whether what a threat at {@code t} threatens, in the few words after it, is force: "threatened
   * to use force", "threatened military action", "warned it would respond militarily", "threatened
   * to invade".
   */
  private static boolean military(ArticleView view, int t) {
    int sentence = view.sentenceOf(t);
    for (int k = t + 1; k < Math.min(view.tokens.size(), t + 9); k++) {
      String w = view.lower(k);
      if (view.sentenceOf(k) != sentence || w.equals(",") || w.equals(";")) {
        return false;
      }
      String prev = view.lower(k - 1);
      boolean force =
          w.equals("force") && (prev.equals("use") || prev.equals("military") || prev.equals("of"))
              || prev.equals("military") && MILITARY_ACTS.contains(w)
              || w.equals("militarily")
              || Lemmas.candidates(w).stream().anyMatch(INVADING::contains);
      if (force) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a number stands within a few words of {@code t}, in its sentence: "40 attackers were
   * neutralised", "neutralised 12 militants"; not "neutralised the threat".
   */
  private static boolean countedNear(ArticleView view, int t) {
    int sentence = view.sentenceOf(t);
    for (int k = Math.max(0, t - 5); k < Math.min(view.tokens.size(), t + 4); k++) {
      String w = view.word(k);
      if (k != t
          && view.sentenceOf(k) == sentence
          && !w.isEmpty()
          && Character.isDigit(w.charAt(0))) {
        return true;
      }
    }
    return false;
  }

  /**
   * A claim or denial of responsibility: "claimed responsibility for the attack", "admitted full
   * responsibility" (015); "denied any involvement", "has denied the charges" (016).
   */
  private static Trigger responsibility(ArticleView view, int t, String w) {
    boolean claim =
        (w.startsWith("claim") || w.startsWith("admit") || w.startsWith("accept"))
            && Character.isLowerCase(view.word(t).charAt(0));
    boolean deny = w.startsWith("deni") || w.startsWith("deny");
    if (!claim && !deny) {
      return null;
    }
    for (int k = t + 1; k < Math.min(view.tokens.size(), t + 4); k++) {
      String next = view.lower(k);
      if (next.equals("responsibility") || deny && DENIED.contains(next)) {
        return claim
            ? new Trigger("015", "Acknowledge or claim responsibility", false)
            : new Trigger("016", "Deny responsibility", false);
      }
      if (!Set.of("any", "all", "the", "full", "sole", "its", "his", "her", "their", "such")
          .contains(next)) {
        return null;
      }
    }
    return null;
  }

  /** What one denies when denying responsibility: "denied involvement", "denied the charges". */
  private static final Set<String> DENIED =
      Set.of(
          "involvement",
          "role",
          "accusation",
          "accusations",
          "allegation",
          "allegations",
          "charge",
          "charges",
          "wrongdoing",
          "guilt",
          "complicity");

  private static final Set<String> MILITARY_ACTS =
      Set.of("action", "intervention", "response", "strikes", "operation", "retaliation");

  private static final Set<String> INVADING = Set.of("invade", "bomb", "war", "annex");

  private static Trigger read(ArticleView view, int t) {
    String w = view.lower(t);
    String prev = view.lower(t - 1);
    String next = view.lower(t + 1);
    if (w.startsWith("call")
        && next.equals("for")
        && (Set.of("was", "were", "is", "are", "been", "be", "being").contains(prev)
            || prev.equals("to") && view.lower(t - 2).equals("close"))) {
      return null; // "Texas was called for Cruz", "too close to call for hours": no appeal
    }
    if (next.equals("anonymity")) {
      return null; // "who requested anonymity to discuss": a source's terms, no appeal
    }
    if (releasedPeople(view, t, w)) {
      return new Trigger("0841", "Return, release person(s)", nounForm(w));
    }
    if (THREATENING.contains(w)
        && (SANCTIONS.contains(next)
            || SANCTIONS.contains(view.lower(t + 2)) && Character.isLowerCase(next.charAt(0)))) {
      return new Trigger("1312", "Threaten with sanctions, boycott, or embargo", false);
    }
    if (SANCTIONS.contains(w)
        && (THREATENING.contains(prev)
            || THREATENING.contains(view.lower(t - 2))
                && Set.of("new", "further", "tougher", "more", "fresh").contains(prev))) {
      return new Trigger("1312", "Threaten with sanctions, boycott, or embargo", true);
    }
    if (w.equals("curfew") && !prev.equals("the") && !Words.PREPOSITIONS.contains(prev)) {
      return new Trigger("1723", "Impose curfew", true); // "imposed a nightly curfew"
    }
    if (w.equals("emergency") && prev.equals("of") && view.lower(t - 2).equals("state")
        || w.equals("law") && prev.equals("martial")) {
      return new Trigger("1724", "Impose state of emergency or martial law", true);
    }
    if ((w.equals("protest") || w.equals("complaint"))
        && (OFFICIAL.contains(prev) || prev.equals("of") && NOTES.contains(view.lower(t - 2)))) {
      return new Trigger("114", "Complain officially", true); // "handed him a note of protest"
    }
    if (w.startsWith("recall")
        && !w.equals("recalls")
        && Set.of("its", "their", "the").contains(next)
        && ENVOYS.contains(view.lower(t + 2))) {
      return new Trigger("161", "Reduce or break diplomatic relations", false);
    }
    if ((w.equals("severed") || w.equals("cut") || w.equals("broke") || w.equals("suspended"))
        && ((next.equals("diplomatic") || next.equals("off")) && TIES.contains(view.lower(t + 2))
            || next.equals("off") && view.lower(t + 2).equals("diplomatic"))) {
      return new Trigger("161", "Reduce or break diplomatic relations", false);
    }
    if ((w.startsWith("recognis") || w.startsWith("recogniz")) && recognisedState(view, t)) {
      return new Trigger("054", "Grant diplomatic recognition", nounForm(w));
    }
    if (w.equals("found") && foundGuilty(view, t)) {
      return new Trigger("116", "Find guilty or liable (legally)", false);
    }
    if ((w.equals("aid") || w.equals("assistance")) && stoppedAid(view, t)) {
      return new Trigger("162", "Reduce or stop material aid", true);
    }
    if (flownOut(view, t, w)) {
      return new Trigger("073", "Provide humanitarian aid", false);
    }
    Trigger violated = violatedTruce(view, t, w);
    if (violated != null) {
      return violated;
    }
    if (w.startsWith("neutrali") && countedNear(view, t)) {
      return LEXICON.get("kill"); // "More than 40 attackers were neutralised": killed, by count
    }
    Trigger responsibility = responsibility(view, t, w);
    if (responsibility != null) {
      return responsibility;
    }
    Trigger special = multiWord(w, prev, next);
    if (special != null) {
      return special;
    }
    Trigger fired = fired(view, t, w);
    if (fired != null) {
      return fired;
    }
    Trigger struck = struck(view, t, w);
    if (struck != null) {
      return struck;
    }
    Trigger threat = threat(view, t, w);
    if (threat != null) {
      return threat;
    }
    if (Set.of("used", "uses", "using", "deployed", "lobbed", "sprayed").contains(w)
        && crowdControl(view, t)) {
      return new Trigger("175", "Use tactics of violent repression", false);
    }
    if ((prev.equals("those") || prev.equals("these")) && w.endsWith("ed")) {
      return null; // "whose brother was among those killed": the dead, no new act
    }
    if (w.startsWith("rall") && next.equals("to") && COMEBACK.contains(view.lower(t + 2))) {
      return null; // "Herbert and Mahut rallied to defeat McLachlan": a comeback, no rally
    }
    if (w.equals("rallying") && (next.equals("cry") || next.equals("point"))) {
      return null; // "his rallying cry to save the planet"
    }
    if (w.startsWith("clash") && crowdClash(view, t)) {
      boolean noun = // "clashes between …", "in the clashes"; not "protesters clash with"
          !w.endsWith("ed")
              && (Words.DETERMINERS.contains(prev)
                  || Words.PREPOSITIONS.contains(prev)
                  || next.equals("between"));
      return new Trigger("145", "Protest violently, riot", noun);
    }
    if (asksToAct(view, t, w)) {
      return new Trigger("020", "Make an appeal or request", false);
    }
    if ((w.startsWith("seiz") || w.startsWith("took") || w.startsWith("tak"))
        && next.equals("power")) {
      return null; // "seized power in a coup": no property seized
    }
    if ((w.startsWith("seiz") || w.startsWith("captur")) && seizedGround(view, t)) {
      return new Trigger("192", "Occupy territory", false);
    }
    if ((w.equals("taking") || w.equals("took") || w.equals("take") || w.equals("takes"))
        && tookHostage(view, t)) {
      return new Trigger("181", "Abduct, hijack, or take hostage", false);
    }
    if (w.startsWith("seiz") && seizedPeople(view, t)) {
      return new Trigger("181", "Abduct, hijack, or take hostage", false);
    }
    if (convoyArrived(view, t, w)) {
      return new Trigger("073", "Provide humanitarian aid", false);
    }
    if (sentAid(view, t, w)) {
      return new Trigger("073", "Provide humanitarian aid", false);
    }
    if (exploded(view, t, w)) {
      return new Trigger("183", "Conduct suicide, car, or other non-military bombing", false);
    }
    if (w.length() < 3 || !Character.isLowerCase(view.word(t).charAt(0)) && !opening(view, t)) {
      return null;
    }
    if (topic(view, t)) {
      return null; // "talks on a Varna ceasefire", "ceasefire negotiations": what is talked about
    }
    if (w.equals("protest") && prev.equals("in")) {
      return null; // "summoned the ambassador in protest": how, not a protest of its own
    }
    List<String> forms = Lemmas.candidates(w);
    for (String form : forms) {
      Trigger trigger = LEXICON.get(form);
      if (NOUNS.containsKey(form) && nounReading(view, t, w)) {
        trigger = NOUNS.get(form);
      }
      if (trigger != null) {
        return sensible(trigger, form, w, prev, next)
                && !nounUse(view, t, trigger, form)
                && !metAsStandard(view, t, form)
                && !commercial(view, t, form)
                // "rejected the indictment": the reaction is the act; violence stays, actorless
                && !(reactedTo(view, t) && trigger.root().compareTo("18") < 0)
            ? trigger
            : null;
      }
    }
    return null;
  }

  /**
   * Whether a word that is a trigger as a verb and as a noun is the noun here: "the attack", "in
   * clashes", "a deadly attack", "suicide attacks"; not "rebels attack", "Protesters clash", "will
   * visit", "attacked". Without parts of speech: an inflected verb form is the verb, a determiner
   * or a preposition before makes a noun, and so does a word before that is no subject (a subject
   * is a name, a pronoun or a plural noun).
   */
  private static boolean nounReading(ArticleView view, int t, String w) {
    if (w.endsWith("ed") || w.endsWith("ing")) {
      return false;
    }
    String prev = view.lower(t - 1);
    String before = view.word(t - 1);
    if (Words.DETERMINERS.contains(prev)
        || Words.POSSESSIVES.contains(prev)
        || Words.PREPOSITIONS.contains(prev) && !prev.equals("to") && !prev.equals("and")) {
      return true;
    }
    if (VERB_BEFORE.contains(prev)
        || before.isEmpty()
        || view.sentenceOf(t - 1) != view.sentenceOf(t)
        || !Character.isLetter(before.charAt(0))) {
      return false;
    }
    if (Character.isUpperCase(before.charAt(0))) {
      int k = t - 1; // "Protesters clash", "Police in Tarn arrest"; not "the Orlando attack"
      while (k > 0
          && view.sentenceOf(k - 1) == view.sentenceOf(t)
          && !view.word(k - 1).isEmpty()
          && Character.isUpperCase(view.word(k - 1).charAt(0))
          && !Words.DETERMINERS.contains(view.lower(k - 1))) {
        k--;
      }
      String opener = view.lower(k - 1); // "last week's Paris attack", "the 2012 Benghazi attack"
      boolean word =
          Words.POSSESSIVES.contains(opener)
              || Character.isLetterOrDigit(opener.isEmpty() ? ' ' : opener.charAt(0));
      return view.sentenceOf(k - 1) == view.sentenceOf(t)
          && word
          && !SUBJECT_OPENERS.contains(opener);
    }
    boolean plural = prev.length() > 3 && prev.endsWith("s") && !prev.endsWith("ss");
    return !plural && !Counts.PLURAL_IRREGULAR.contains(prev);
  }

  /** Words that may open a clause whose subject is a name: "and Rebels attack", "said Police". */
  private static final Set<String> SUBJECT_OPENERS =
      Set.of("and", "but", "that", "as", "when", "while", "after", "before", "where", "said");

  /** Words before a verb, not a noun: "to visit", "will attack", "they protest". */
  private static final Set<String> VERB_BEFORE =
      Set.of(
          "to", "will", "'ll", "’ll", "would", "could", "may", "might", "must", "can", "should",
          "did", "does", "do", "not", "n't", "never", "also", "then", "he", "she", "they", "we",
          "i", "you", "it", "who");

  /**
   * Whether an offer is a seller's or a speaker's, not an intent to cooperate: "will offer better
   * gas mileage", "an initial public offering", "offered a defense of the bill", "is promising
   * space for five", "promising news". An intent offers to act, or help, talks, a truce or the
   * like.
   */
  private static boolean commercial(ArticleView view, int t, String form) {
    boolean promising = form.equals("promise") && view.lower(t).equals("promising");
    if (!form.equals("offer") && !promising) {
      return false; // "promised her plan would be paid for": a promise all the same
    }
    for (int k = t + 1; k <= t + 4; k++) {
      String w = view.lower(k);
      if (w.equals("to") || w.equals("that") || COOPERATION.contains(w)) {
        return false;
      }
      if (!Character.isLetterOrDigit(w.isEmpty() ? ' ' : w.charAt(0))) {
        return true;
      }
    }
    return true;
  }

  /** What an intent to cooperate offers: "offered help", "promised more aid", "offered talks". */
  private static final Set<String> COOPERATION =
      Set.of(
          "help",
          "aid",
          "assistance",
          "support",
          "talks",
          "negotiations",
          "ceasefire",
          "truce",
          "mediation",
          "cooperation",
          "investment",
          "loan",
          "loans",
          "funding",
          "troops",
          "weapons",
          "arms",
          "asylum",
          "protection",
          "amnesty",
          "concessions",
          "reforms",
          "elections");

  /** Who is charged: "charging him with", "charging the men", "charging Adler". */
  private static final Set<String> CHARGED =
      Set.of("him", "her", "them", "the", "a", "an", "two", "three", "with", "his", "their");

  /** Things that are met without a meeting: "meeting regulatory standards", "met the deadline". */
  private static final Set<String> STANDARDS =
      Set.of(
          "standard",
          "standards",
          "expectations",
          "expectation",
          "requirements",
          "requirement",
          "needs",
          "goals",
          "goal",
          "target",
          "targets",
          "criteria",
          "deadline",
          "deadlines",
          "threshold",
          "obligations",
          "demand",
          "demands",
          "challenge",
          "challenges",
          "quota",
          "pledge",
          "commitment",
          "commitments",
          "costs",
          "payroll");

  private static boolean metAsStandard(ArticleView view, int t, String form) {
    if (!form.equals("meet") && !form.equals("meeting")) {
      return false;
    }
    for (int k = t + 1; k <= t + 3; k++) {
      if (STANDARDS.contains(view.lower(k))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a verb's base form is used as a noun: after a determiner or inside a name ("the
   * request", "News Daily host"); noun triggers are listed on their own.
   */
  /**
   * Whether a capitalised word opens a sentence of running text: "Clashes broke out", "Talks
   * resumed"; not a title-case headline's "Trump Fires Back" nor a name.
   */
  private static boolean opening(ArticleView view, int t) {
    int sentence = view.sentenceOf(t);
    if (sentence < 0 || view.sentence(sentence).firstToken() != t) {
      return false;
    }
    String next = view.word(t + 1);
    String word = view.word(t);
    return view.mentionStartingAt(t) == null
        && !view.lower(t).endsWith("ing") // "Emphasizing the urgency, …", "Consulting firms"
        && word.length() > 1
        && Character.isLowerCase(word.charAt(1))
        && !next.isEmpty()
        && Character.isLowerCase(next.charAt(0));
  }

  /** People held whose release or exchange is news: "released 40 prisoners", "freed Vasko". */
  private static final Set<String> HELD =
      Set.of(
          "prisoner",
          "prisoners",
          "hostage",
          "hostages",
          "detainee",
          "detainees",
          "captive",
          "captives",
          "pows",
          "soldiers",
          "journalist",
          "journalists",
          "activist",
          "activists",
          "sailors",
          "crew",
          "fishermen",
          "protesters",
          "dissidents",
          "civilians",
          "people",
          "citizens",
          "nationals",
          "men",
          "women",
          "children",
          "students",
          "workers",
          "servicemen",
          "troops",
          "fighters",
          "militants",
          "inmates",
          "migrants",
          "officers",
          "peacekeepers",
          "passengers",
          "tourists",
          "girls",
          "boys");

  private static boolean nounForm(String w) {
    return !w.endsWith("ed") && !w.endsWith("es") && !w.endsWith("ing") && !w.equals("free");
  }

  /**
   * People set free or exchanged: "released 40 Dravian prisoners", "freed the hostages", "freed
   * Petr Vasko", "the release of 12 detainees", "a prisoner swap"; not "released a statement".
   */
  private static boolean releasedPeople(ArticleView view, int t, String w) {
    boolean swap = w.equals("swap") || w.equals("exchange") || w.equals("swaps");
    if (swap) {
      String prev = view.lower(t - 1);
      return prev.equals("prisoner") || prev.equals("prisoners") || prev.equals("hostage");
    }
    boolean verb =
        Set.of("released", "releases", "release", "releasing", "freed", "frees", "free", "freeing")
            .contains(w);
    if (!verb || !Character.isLowerCase(view.word(t).charAt(0))) {
      return false;
    }
    int k = t + 1;
    if (w.equals("release") && Words.DETERMINERS.contains(view.lower(t - 1))) {
      if (!view.lower(k).equals("of")) {
        return false; // "the release of": the noun, then whom
      }
      k++;
    } else if (w.equals("release") || w.equals("free")) {
      String prev = view.lower(t - 1); // "to release", "will free": a verb
      if (!Set.of("to", "will", "would", "must", "could", "should", "not").contains(prev)) {
        return false;
      }
    }
    ResolvedMention named = view.mentionStartingAt(k);
    if (named != null && view.type(named) == EntityType.PERSON) {
      int after = view.tokenAt(named.mention().span().end());
      return !Words.POSSESSIVES.contains(view.lower(after)); // not "Trump's tax returns"
    }
    for (int j = k; j < Math.min(view.tokens.size(), k + 5); j++) {
      String word = view.lower(j);
      if (HELD.contains(word)) {
        return true;
      }
      if (word.equals(".") || word.equals(",") || word.equals(";") || Words.FINITE.contains(word)) {
        return false;
      }
      ResolvedMention m = view.mentionStartingAt(j);
      if (m != null && view.type(m) == EntityType.PERSON && j > k) {
        int after = view.tokenAt(m.mention().span().end());
        return (Words.PERSON_ROLES.contains(view.lower(j - 1))
                || view.lower(j - 1).equals("leader"))
            && !Words.POSSESSIVES.contains(view.lower(after));
      }
    }
    return false;
  }

  /**
   * People flown out of danger, an evacuation: "300 foreign nationals will be flown home", "were
   * flown out of Tarn", "flew 120 citizens home"; not someone's own flight ("Osei flew home").
   */
  private static boolean flownOut(ArticleView view, int t, String w) {
    boolean passive =
        w.equals("flown")
            && Set.of("be", "been", "being", "were", "was").contains(view.lower(t - 1));
    boolean active = w.equals("flew") || w.equals("fly") || w.equals("flying") || w.equals("flies");
    if (!passive && !active) {
      return false;
    }
    int k = t + 1;
    if (active) {
      int from = k;
      Count people =
          Counts.find(view, from, Math.min(view.tokens.size(), from + 5)).stream()
              .filter(c -> view.tokenAt(c.span().start()) == from)
              .findFirst()
              .orElse(null);
      if (people == null) {
        return false; // "Osei flew home": a trip
      }
      k = view.tokenAt(people.span().end() - 1) + 1;
    }
    String next = view.lower(k);
    return next.equals("home")
        || next.equals("out") && view.lower(k + 1).equals("of")
        || next.equals("to") && view.lower(k + 1).equals("safety");
  }

  private static final Set<String> TRUCES =
      Set.of("ceasefire", "cease-fire", "truce", "armistice", "ceasefires", "truces");

  /**
   * A truce broken: "violated the ceasefire", "breaching the truce", "the ceasefire was violated",
   * "the truce collapsed", "the ceasefire broke down" (CAMEO 196), not a truce declared.
   */
  private static Trigger violatedTruce(ArticleView view, int t, String w) {
    if (w.startsWith("violat") || w.startsWith("breach")) {
      for (int k = t + 1; k <= t + 3; k++) {
        if (TRUCES.contains(view.lower(k))) {
          return new Trigger("196", "Violate ceasefire", false);
        }
      }
      return null;
    }
    if (!TRUCES.contains(w)) {
      return null;
    }
    int k = t + 1;
    while (Set.of("was", "were", "has", "had", "have", "been", "already", "quickly")
        .contains(view.lower(k))) {
      k++;
    }
    String verb = view.lower(k);
    boolean broken =
        verb.startsWith("violat")
            || verb.startsWith("breach")
            || verb.equals("collapsed")
            || verb.equals("collapses")
            || (verb.equals("broke") || verb.equals("broken")) && view.lower(k + 1).equals("down");
    return broken ? new Trigger("196", "Violate ceasefire", true) : null;
  }

  /** Verbs of reacting to an act, whose object names the act again. */
  private static final Set<String> REACTIONS =
      Set.of(
          "rejected",
          "condemned",
          "denounced",
          "welcomed",
          "criticized",
          "criticised",
          "dismissed",
          "praised",
          "denied",
          "hailed",
          "slammed",
          "decried",
          "questioned",
          "defended",
          "challenged",
          "mourned",
          "deplored",
          "applauded");

  /**
   * Whether a noun is the object of a reaction to it: "rejected the indictment as politically
   * motivated" reacts to an indictment told before and is no indictment of its own.
   */
  private static boolean reactedTo(ArticleView view, int t) {
    String det = view.lower(t - 1);
    return (det.equals("the") || det.equals("this") || det.equals("that"))
        && REACTIONS.contains(view.lower(t - 2))
        && Character.isLowerCase(view.word(t).charAt(0));
  }

  /** Nouns of talking and planning whose topic a trigger noun names: "ceasefire talks". */
  private static final Set<String> TALKS =
      Set.of(
          "talks",
          "negotiations",
          "negotiation",
          "proposal",
          "proposals",
          "plan",
          "plans",
          "efforts",
          "effort",
          "bid",
          "push",
          "deal",
          "terms");

  /**
   * Whether a ceasefire or truce is only what talks are about: "talks on a Varna ceasefire",
   * "ceasefire negotiations", "a truce proposal". The talks, if anything, are the event.
   */
  private static boolean topic(ArticleView view, int t) {
    String w = view.lower(t);
    if (!TRUCES.contains(w)) {
      return false;
    }
    if (TALKS.contains(view.lower(t + 1)) && !view.lower(t + 1).equals("deal")) {
      return true;
    }
    for (int k = t - 1; k >= Math.max(0, t - 4); k--) {
      String before = view.lower(k);
      if (TALKS.contains(before) || before.equals("talk") || before.equals("negotiate")) {
        return Set.of("on", "for", "about", "over", "toward", "towards")
            .contains(view.lower(k + 1));
      }
      if (before.equals(".") || before.equals(",") || Words.FINITE.contains(before)) {
        return false;
      }
    }
    return false;
  }

  /** Words that make a protest a state's or a body's formal complaint: "a formal protest". */
  private static final Set<String> OFFICIAL = Set.of("formal", "official", "diplomatic");

  /** The papers that carry a formal complaint: "a note of protest". */
  static final Set<String> NOTES = Set.of("note", "letter");

  /** A state's envoys, recalled when relations sour: "recalled its ambassador". */
  private static final Set<String> ENVOYS = Set.of("ambassador", "ambassadors", "envoy", "envoys");

  /** Relations between states that are cut: "severed diplomatic ties". */
  private static final Set<String> TIES = Set.of("ties", "relations");

  /**
   * Whether what is recognised is a state or its standing: "recognised the breakaway region of
   * Sorn", "recognized Palestinian statehood", "recognition of Kosovo's independence"; not
   * "recognize this calamity for what it is".
   */
  private static boolean recognisedState(ArticleView view, int t) {
    for (int k = t + 1; k <= t + 5 && k < view.tokens.size(); k++) {
      String w = view.lower(k);
      if (STANDING.contains(w)) {
        return true;
      }
      io.vigil.model.ResolvedMention m = view.mentionStartingAt(k);
      if (m != null) {
        return view.type(m) == io.vigil.model.EntityType.LOCATION && !ArticleView.peoplesWord(m);
      }
      if (!Words.DETERMINERS.contains(w) && !w.equals("of") && !w.equals("the")) {
        return false;
      }
    }
    return false;
  }

  /** What a state's recognition grants: "its independence", "the breakaway region". */
  private static final Set<String> STANDING =
      Set.of("independence", "sovereignty", "statehood", "breakaway", "annexation");

  /**
   * Whether "found" is a court's verdict: "found Hale guilty", "judges found the two men guilty of
   * murder" (a name or a short noun phrase, then "guilty" or "liable").
   */
  private static boolean foundGuilty(ArticleView view, int t) {
    for (int k = t + 1; k <= t + 8 && k < view.tokens.size(); k++) {
      String w = view.lower(k);
      if (w.equals("guilty") || w.equals("liable")) {
        return true;
      }
      if (w.equals(".") || w.equals(";") || w.equals("that") || Words.FINITE.contains(w)) {
        return false;
      }
    }
    return false;
  }

  /** Prepositions before a participle that qualifies a noun: "of jailed", "for detained". */
  private static final Set<String> BEFORE_PARTICIPLE =
      Set.of("of", "for", "with", "to", "about", "against", "from", "on", "at", "in", "among");

  private static boolean nounUse(ArticleView view, int t, Trigger trigger, String form) {
    String prev = view.word(t - 1);
    if (!trigger.noun() && Words.DETERMINERS.contains(prev.toLowerCase(java.util.Locale.ROOT))) {
      return true; // "the sanctions freeze …", "the protests": a noun, whatever its form
    }
    if (!trigger.noun()
        && prev.equals("of")
        && view.lower(t).endsWith("ed")
        && !Character.isLetterOrDigit(
            view.word(t + 1).isEmpty() ? ' ' : view.word(t + 1).charAt(0))) {
      return true; // "treating hundreds of wounded.": the wounded, no new act
    }
    String next = view.lower(t + 1);
    if (!trigger.noun()
        && BEFORE_PARTICIPLE.contains(prev.toLowerCase(java.util.Locale.ROOT))
        && view.lower(t).endsWith("ed")
        && !next.isEmpty()
        && Character.isLetter(next.charAt(0))
        && !Words.PREPOSITIONS.contains(next)
        && !Words.DETERMINERS.contains(next)) {
      return true; // "the release of jailed opposition leader Petr Vasko": who was jailed before
    }
    String before = prev.toLowerCase(java.util.Locale.ROOT);
    boolean counted = // "200 wounded people", "three injured soldiers": who was hurt before
        !before.isEmpty() && (Character.isDigit(before.charAt(0)) || Counts.isNumberWord(before));
    if (!trigger.noun() && counted && view.lower(t).endsWith("ed") && PEOPLE.contains(next)) {
      return true;
    }
    boolean plural = view.lower(t).equals(form + "s");
    if (!trigger.noun() && plural && Words.POSSESSIVES.contains(prev)) {
      return true; // "Beijing's demands to roll back tariffs": the noun, not Beijing demanding
    }
    if (trigger.noun() || !form.equals(view.lower(t))) {
      return false;
    }
    boolean named = !prev.isEmpty() && Character.isUpperCase(prev.charAt(0));
    return Words.DETERMINERS.contains(prev.toLowerCase(java.util.Locale.ROOT))
        || prev.equals("'s")
        || prev.equals("’s")
        || (named
            && view.sentenceOf(t - 1) == view.sentenceOf(t)
            && t - 1 > view.sentence(view.sentenceOf(t)).firstToken());
  }

  /**
   * Firing weapons, by what is fired: "fired rockets at Ashkelon", "fired two mortar shells",
   * "fired dozens of missiles" (aerial weapons, artillery, small arms). The weapon comes within
   * three words; "fired the manager" and "fired up" are no fighting.
   */
  private static Trigger fired(ArticleView view, int t, String w) {
    boolean form = w.equals("fired") || w.equals("fires") || w.equals("firing") || w.equals("fire");
    if (!form || !Character.isLowerCase(view.word(t).charAt(0))) {
      return null; // not a title-case headline's "Trump Just Fired A 5-Word Missile"
    }
    for (int k = t + 1; k <= t + 3; k++) {
      String next = view.lower(k);
      if (REPRESSION.contains(next)) { // "fired tear gas", "fired rubber bullets at protesters"
        return new Trigger("175", "Use tactics of violent repression", false);
      }
      if (AERIAL.contains(next)) {
        return new Trigger("195", "Employ aerial weapons", false);
      }
      if (ARTILLERY.contains(next)) {
        return new Trigger("194", "Fight with artillery and tanks", false);
      }
      if (SMALL_ARMS.contains(next)) {
        return new Trigger("193", "Fight with small arms and light weapons", false);
      }
      if (!Character.isLetterOrDigit(next.isEmpty() ? ' ' : next.charAt(0))) {
        return null;
      }
    }
    return null;
  }

  /** Weapons of crowd control: the first word of "tear gas", "rubber bullets", "water cannon". */
  private static final Set<String> REPRESSION =
      Set.of("tear", "teargas", "rubber", "water", "pepper", "stun");

  private static final Set<String> AERIAL =
      Set.of("rocket", "rockets", "missile", "missiles", "drones", "drone");
  private static final Set<String> ARTILLERY =
      Set.of("shell", "shells", "mortar", "mortars", "artillery", "grenades");
  private static final Set<String> SMALL_ARMS =
      Set.of("shots", "bullets", "rounds", "gunshots", "live");

  /**
   * Whether "seized" takes people, an abduction, not property: "seized two observers", "its two
   * observers were seized near Olm"; not "seized weapons" or "seized the airport".
   */
  /**
   * Whether what is seized or captured is ground: "seized the town of Bel", "captured Sala", "took
   * the airport" is taken territory (192); "seized weapons" is not.
   */
  private static boolean seizedGround(ArticleView view, int t) {
    if (!Character.isLowerCase(view.word(t).charAt(0))) {
      return false;
    }
    for (int k = t + 1; k <= t + 4; k++) {
      String next = view.lower(k);
      if (GROUND.contains(next)) {
        return true;
      }
      io.vigil.model.ResolvedMention m = view.mentionStartingAt(k);
      if (m != null) { // "seized Crimea"; not "captured Iowa", a state won in a vote
        return view.type(m) == io.vigil.model.EntityType.LOCATION
            && !ArticleView.peoplesWord(m) // "seized a Kesseli oil tanker" is property
            && view.lower(t).startsWith("seiz");
      }
      if (!Words.DETERMINERS.contains(next) && !next.equals("control") && !next.equals("of")) {
        return false;
      }
    }
    return false;
  }

  /** Ground that is taken: "the town of", "the airport", "a military base". */
  private static final Set<String> GROUND =
      Set.of(
          "town",
          "city",
          "village",
          "district",
          "province",
          "region",
          "airport",
          "base",
          "port",
          "border",
          "territory",
          "capital",
          "hill",
          "crossing",
          "oilfield",
          "outskirts");

  /** "taking three hostage", "took 40 people hostage", "took the crew hostage". */
  private static boolean tookHostage(ArticleView view, int t) {
    for (int k = t + 1; k <= t + 5; k++) {
      String w = view.lower(k);
      if (w.equals("hostage") || w.equals("hostages") || w.equals("captive")) {
        return true;
      }
      if (!Character.isLetterOrDigit(w.isEmpty() ? ' ' : w.charAt(0))) {
        return false;
      }
    }
    return false;
  }

  private static boolean seizedPeople(ArticleView view, int t) {
    if (!Character.isLowerCase(view.word(t).charAt(0))) {
      return false;
    }
    boolean passive = Set.of("was", "were", "been", "being").contains(view.lower(t - 1));
    int from = passive ? Math.max(0, t - 12) : t + 1;
    int to = passive ? t - 1 : Math.min(view.tokens.size(), t + 5);
    for (int k = from; k < to; k++) {
      if (view.sentenceOf(k) != view.sentenceOf(t)) {
        continue;
      }
      if (PEOPLE.contains(view.lower(k))) {
        return true;
      }
      if (!passive && (view.word(k).equals(",") || view.word(k).equals("."))) {
        return false;
      }
    }
    return false;
  }

  /** Nouns for people, who are abducted, not seized as goods. */
  private static final Set<String> PEOPLE =
      Set.of(
          "observers",
          "observer",
          "hostages",
          "hostage",
          "people",
          "civilians",
          "soldiers",
          "journalists",
          "journalist",
          "workers",
          "men",
          "women",
          "children",
          "citizens",
          "nationals",
          "tourists",
          "passengers",
          "crew",
          "sailors",
          "villagers",
          "students",
          "officials",
          "reporters",
          "engineers",
          "teachers",
          "pilgrims");

  /**
   * Sending relief is humanitarian aid: "sent 4 tonnes of medical supplies", "flew in food and
   * tents", "dispatched aid convoys"; not "sent troops" nor "sent a letter".
   */
  /**
   * Whether a convoy of relief reaches the people it is for: "A United Nations convoy of 18 trucks
   * carrying food and medicine reached the besieged city", "an aid convoy entered Harran".
   */
  private static boolean convoyArrived(ArticleView view, int t, String w) {
    if (!REACHED.contains(w)) {
      return false;
    }
    boolean relief = false;
    for (int k = t - 1; k >= Math.max(0, t - 12); k--) {
      String before = view.lower(k);
      relief |= RELIEF.contains(before) || before.equals("humanitarian");
      if (before.equals("convoy") || before.equals("convoys")) {
        return relief
            || RELIEF.contains(view.lower(k - 1))
            || view.lower(k - 1).equals("humanitarian");
      }
      if (before.equals(".") || before.equals(";") || Words.FINITE.contains(before)) {
        return false;
      }
    }
    return false;
  }

  private static final Set<String> REACHED =
      Set.of("reached", "reaches", "entered", "enters", "arrived", "arrives", "crossed", "crosses");

  private static boolean sentAid(ArticleView view, int t, String w) {
    if (!SENDING.contains(w) || !Character.isLowerCase(view.word(t).charAt(0))) {
      return false;
    }
    for (int k = t + 1; k <= t + 7; k++) {
      String next = view.lower(k);
      if (RELIEF.contains(next)) {
        return !view.lower(k + 1).equals("from"); // not "provide some relief from the tariffs"
      }
      if (next.isEmpty() || next.equals(".") || next.equals(";") || next.equals(",")) {
        return false;
      }
    }
    return false;
  }

  private static final Set<String> SENDING =
      Set.of(
          "send",
          "sends",
          "sent",
          "sending",
          "ship",
          "ships",
          "shipped",
          "shipping",
          "dispatch",
          "dispatches",
          "dispatched",
          "dispatching",
          "airdropped",
          "airdrop",
          "flew",
          "flown",
          "trucked",
          "deliver",
          "delivers",
          "delivered",
          "delivering",
          "provide",
          "provides",
          "provided",
          "providing");

  /** What relief is made of: "medical supplies", "food", "tents", "aid convoys". */
  private static final Set<String> RELIEF =
      Set.of(
          "aid",
          "supplies",
          "food",
          "medicine",
          "medicines",
          "tents",
          "blankets",
          "relief",
          "vaccines",
          "rations",
          "flour",
          "shelter",
          "humanitarian");

  /**
   * A promise or warning of force is a threat (130), not an intent to cooperate: "vowed to
   * retaliate", "warned it would respond to any attack", "threatened to strike".
   */
  private static Trigger threat(ArticleView view, int t, String w) {
    if (!w.startsWith("vow")
        && !w.startsWith("pledg")
        && !w.startsWith("promis")
        && !w.startsWith("warn")) {
      return null; // before the lemmatiser, which every token would otherwise pay for
    }
    List<String> forms = Lemmas.candidates(w);
    boolean promise =
        forms.contains("vow") || forms.contains("pledge") || forms.contains("promise");
    boolean warning = forms.contains("warn");
    if (!promise && !warning || !Character.isLowerCase(view.word(t).charAt(0))) {
      return null;
    }
    int end = Math.min(view.tokens.size(), t + 10);
    for (int k = t + 1; k < end; k++) {
      String word = view.lower(k);
      if (word.equals(".") || word.equals(";")) {
        return null;
      }
      int before = view.lower(k - 1).endsWith("ly") ? k - 2 : k - 1; // "vowed to harshly punish"
      if (QuoteMarks.OPENING_MARKS.contains(view.word(before))) {
        before--; // 'vowed to "hunt down every one of the killers"'
      }
      boolean governed =
          view.lower(before).equals("to")
              || view.lower(before).equals("would")
              || view.lower(before).equals("will");
      if (governed && Lemmas.candidates(word).stream().anyMatch(HOSTILE::contains)) {
        return new Trigger("130", "Threaten", false);
      }
      boolean passive = // "warned that any violation will be answered"
          view.lower(k - 1).equals("be")
              && (view.lower(k - 2).equals("will") || view.lower(k - 2).equals("would"));
      if (passive && Lemmas.candidates(word).stream().anyMatch(ANSWERED::contains)) {
        return new Trigger("130", "Threaten", false);
      }
    }
    return null;
  }

  /**
   * "asked the coalition to speed up the handover", "asked for help": a request; not a question
   * ("asked whether", "asked about") nor the one asked ("was asked to", "when asked").
   */
  private static boolean asksToAct(ArticleView view, int t, String w) {
    if (!w.startsWith("ask")
        || !Lemmas.candidates(w).contains("ask")
        || !Character.isLowerCase(view.word(t).charAt(0))) {
      return false;
    }
    String prev = view.lower(t - 1);
    if (Set.of("was", "were", "been", "being", "be", "is", "are", "when", "if", "as")
        .contains(prev)) {
      return false;
    }
    if (view.lower(t + 1).equals("for")) {
      return true;
    }
    if (view.lower(t + 1).equals("not") && view.lower(t + 3).equals("be")) {
      return false; // "who asked not to be identified": anonymity, no request to act
    }
    int end = Math.min(view.tokens.size() - 1, t + 24);
    for (int k = t + 1; k < end; k++) {
      String word = view.lower(k);
      if (Set.of(".", ";", ":", "?", "“", "\"", "whether", "if", "about", "why", "how", "what")
          .contains(word)) {
        return false;
      }
      if (word.equals("to")) {
        String verb = view.lower(k + 1);
        return !verb.isEmpty()
            && Character.isLetter(verb.charAt(0))
            && !Words.DETERMINERS.contains(verb)
            && !Character.isUpperCase(view.word(k + 1).charAt(0));
      }
    }
    return false;
  }

  /** "used batons and tear gas", "deployed water cannon": weapons of crowd control after it. */
  private static boolean crowdControl(ArticleView view, int t) {
    for (int k = t + 1; k <= t + 4 && k < view.tokens.size(); k++) {
      String next = view.lower(k);
      if (REPRESSION.contains(next) && !next.equals("water")
          || next.equals("water") && view.lower(k + 1).startsWith("cannon")) {
        return true;
      }
      if (next.equals(".") || next.equals(";")) {
        return false;
      }
    }
    return false;
  }

  /** "a car bomb exploded", "detonated an explosive device": a bomb near the verb. */
  private static boolean exploded(ArticleView view, int t, String w) {
    if (!w.startsWith("explod") && !w.startsWith("detonat")) {
      return false;
    }
    List<String> forms = Lemmas.candidates(w);
    if (!forms.contains("explode") && !forms.contains("detonate")) {
      return false;
    }
    for (int k = Math.max(0, t - 3); k <= t + 3 && k < view.tokens.size(); k++) {
      if (k != t && BOMBS.contains(view.lower(k))) {
        return true;
      }
    }
    return false;
  }

  private static final Set<String> BOMBS =
      Set.of("bomb", "bombs", "device", "explosives", "explosive", "mine", "ied", "grenade");

  /** What a threat promises: "vowed to retaliate", "would respond to any attack". */
  /** What a threat says will be done to those who cross the speaker: "will be answered". */
  private static final Set<String> ANSWERED =
      Set.of("answer", "punish", "crush", "avenge", "destroy", "retaliate", "hit");

  private static final Set<String> HOSTILE =
      Set.of(
          "retaliate",
          "respond",
          "strike",
          "attack",
          "punish",
          "destroy",
          "crush",
          "avenge",
          "fight",
          "hit",
          "kill",
          "invade",
          "bomb",
          "annihilate",
          "eliminate",
          "wipe",
          "hunt");

  /**
   * "struck" as a military blow: said of forces ("jets struck") or of targets and places ("struck
   * rebel positions", "struck Idlib"); "struck a deal", "struck a chord", "struck down a law" are
   * no fighting.
   */
  private static Trigger struck(ArticleView view, int t, String w) {
    if (!w.equals("struck") || view.lower(t + 1).equals("down")) {
      return null;
    }
    boolean forces = MILITARY.contains(view.lower(t - 1));
    boolean target = false;
    for (int k = t + 1; k <= t + 3 && !target; k++) {
      String next = view.word(k);
      if (next.isEmpty() || !Character.isLetterOrDigit(next.charAt(0))) {
        break;
      }
      io.vigil.model.ResolvedMention m = view.mentionStartingAt(k);
      target =
          TARGETS.contains(view.lower(k))
              || m != null && view.type(m) == io.vigil.model.EntityType.LOCATION;
    }
    if (AIRCRAFT.contains(view.lower(t - 1)) && (forces || target)) {
      return new Trigger("195", "Employ aerial weapons", false); // "army helicopters struck"
    }
    return forces || target ? new Trigger("190", "Use conventional military force", false) : null;
  }

  /** What strikes from the air: "jets struck", "drones struck". */
  private static final Set<String> AIRCRAFT =
      Set.of(
          "jets",
          "drones",
          "drone",
          "warplanes",
          "planes",
          "aircraft",
          "helicopters",
          "helicopter",
          "bombers",
          "gunships");

  private static final Set<String> MILITARY =
      Set.of(
          "jets",
          "forces",
          "troops",
          "army",
          "drones",
          "drone",
          "warplanes",
          "planes",
          "aircraft",
          "bombers",
          "militants",
          "fighters",
          "missiles",
          "rockets",
          "artillery",
          "helicopters");

  private static final Set<String> TARGETS =
      Set.of(
          "targets",
          "positions",
          "bases",
          "base",
          "convoy",
          "convoys",
          "camp",
          "camps",
          "hospital",
          "hospitals",
          "village",
          "villages",
          "depot",
          "depots",
          "compound",
          "facility",
          "facilities",
          "headquarters",
          "strongholds",
          "outposts");

  private static Trigger multiWord(String w, String prev, String next) {
    if (w.equals("gunned") && next.equals("down")) {
      return new Trigger("202", "Engage in mass killings", false); // a killing, by its count
    }
    if (w.equals("shot") && next.equals("down")) { // "shot down a Russian bomber"
      return new Trigger("190", "Use conventional military force", false);
    }
    if ((w.equals("called") || w.equals("calls") || w.equals("call") || w.equals("calling"))
        && (next.equals("on") || next.equals("for"))) { // "called for an immediate ceasefire"
      return new Trigger("020", "Make an appeal or request", false);
    }
    if ((w.equals("bomber") || w.equals("bombing") || w.equals("attack"))
        && prev.equals("suicide")) {
      return new Trigger("1831", "Carry out suicide bombing", true);
    }
    if (w.startsWith("strike") && (prev.equals("air") || prev.equals("drone"))) {
      return new Trigger("195", "Employ aerial weapons", true);
    }
    if (w.startsWith("strike")
        && (prev.equals("general") || prev.equals("hunger") || next.equals("workers"))) {
      return new Trigger("143", "Conduct strike or boycott", true);
    }
    if ((w.equals("sanctions") || w.equals("sanction") || w.equals("embargo"))
        && LIFTING.contains(prev)) { // "the United States lifted sanctions": eased, not imposed
      return new Trigger("081", "Ease administrative sanctions", true);
    }
    if ((w.equals("sanctions") || w.equals("sanction"))
        && IMPOSING.contains(prev)) { // "imposed sanctions on": the noun, with its light verb
      return new Trigger("172", "Impose administrative sanctions", true);
    }
    if (w.equals("fire") && (prev.equals("opened") || prev.equals("open"))) {
      return new Trigger("193", "Fight with small arms and light weapons", false);
    }
    return null;
  }

  private static final Set<String> SANCTIONS = Set.of("sanctions", "embargo", "boycott");

  private static final Set<String> THREATENING =
      Set.of("threatened", "threatens", "threaten", "threatening");

  /** Verbs that stop aid: "suspending all development aid", "cut military assistance". */
  private static final Set<String> STOPPING =
      Set.of(
          "suspended",
          "suspending",
          "suspends",
          "suspend",
          "cut",
          "cuts",
          "cutting",
          "halted",
          "halting",
          "halts",
          "halt",
          "froze",
          "freezing",
          "freezes",
          "freeze",
          "stopped",
          "stopping",
          "withdrew",
          "withdrawing");

  /**
   * Whether a verb of stopping governs the aid within a few words: "suspending all development
   * aid".
   */
  private static boolean stoppedAid(ArticleView view, int t) {
    for (int k = t - 1; k >= Math.max(0, t - 4); k--) {
      String w = view.lower(k);
      if (STOPPING.contains(w)) {
        return true;
      }
      if (!Character.isLetter(w.isEmpty() ? ' ' : w.charAt(0)) || Words.PREPOSITIONS.contains(w)) {
        return false;
      }
    }
    return false;
  }

  /** Verbs that ease sanctions before the noun: "lifted sanctions", "eased the embargo". */
  static final Set<String> LIFTING =
      Set.of(
          "lifted",
          "lifts",
          "lift",
          "lifting",
          "eased",
          "eases",
          "ease",
          "easing",
          "relaxed",
          "relaxes",
          "removed",
          "removes",
          "waived",
          "waives",
          "suspended",
          "suspends");

  private static final Set<String> IMPOSING =
      Set.of(
          "imposed",
          "imposes",
          "impose",
          "imposing",
          "new",
          "slapped",
          "tightened",
          "extended",
          "announced",
          "fresh",
          "further",
          "economic",
          "targeted");

  /** Words before a base form that make it a verb: "to demand", "will riot". */
  private static final Set<String> MODAL_OR_TO =
      Set.of("to", "will", "would", "could", "might", "may", "must", "should", "they", "we", "i");

  /** Rules out readings that the form makes unlikely: "stated" only, "signed" an agreement. */
  private static boolean sensible(
      Trigger trigger, String form, String word, String prev, String next) {
    return switch (form) {
      case "state" -> word.equals("stated");
      case "meet" ->
          !word.equals("met") || !Set.of("been", "be", "was", "were", "is", "are").contains(prev);
      case "charge" -> // not "120 kW charging", "charging stations"
          !word.equals("charge")
              && !word.equals("charges")
              && !(word.equals("charging") && !CHARGED.contains(next));
      case "sentence" -> word.equals("sentenced");
      case "march" -> !word.equals("march");
      case "provide", "deliver" -> RELIEF.contains(next) || next.equals("assistance");
      case "receive", "welcome" -> false;
      case "address" -> word.equals("addressed");
      case "demand" -> !word.equals("demand") || MODAL_OR_TO.contains(prev); // "demand from China"
      case "shell" -> // "shelled the town", "to shell"; not "Europa's icy shell"
          word.equals("shelled") || word.equals("shelling") || MODAL_OR_TO.contains(prev);
      case "seize" -> !next.equals("on") && !next.equals("upon"); // "seized on a remark"
      case "broker" -> // "brokered by Qatar", "to broker a truce"; not "a golf-course broker"
          word.equals("brokered")
              || word.equals("brokering")
              || word.equals("broker") && MODAL_OR_TO.contains(prev);
      case "thank" -> // "thanked the emir"; not "thanks to his father", "Thanks to the rules"
          !word.equals("thanks")
              || !next.equals("to")
                  && !next.equals("in")
                  && !prev.isEmpty()
                  && Character.isLetter(prev.charAt(0));
      case "sign" -> (word.equals("signed") || word.equals("signing")) && !next.equals("up");
      case "rally" -> !next.equals("from") && !next.equals("back") && !next.equals("late");
      case "riot" -> !word.equals("riot") || MODAL_OR_TO.contains(prev); // "riot police"
      case "request" -> // "requests for comment", "my top requests": the nouns
          !(word.equals("requests") && next.equals("for"))
              && (!word.equals("request") && !word.equals("requests")
                  || MODAL_OR_TO.contains(prev)
                  || Character.isUpperCase(prev.isEmpty() ? 'a' : prev.charAt(0)));
      case "appeal" -> // not "will appeal the verdict", nor "holds appeal to voters"
          (next.equals("for") || next.equals("to"))
              && (!word.equals("appeal") || MODAL_OR_TO.contains(prev));
      case "fight" -> word.equals("fought");
      case "beat" -> word.equals("beaten");
      case "chant" -> next.equals("slogans") || next.equals("against"); // not a crowd's song
      case "storm" -> // "stormed a church", not "stormed out of the meeting" or "a storm"
          (word.equals("stormed") || word.equals("storming"))
              && !Set.of("out", "off", "away", "back", "onto", "to").contains(next);
      default -> true;
    };
  }
}
