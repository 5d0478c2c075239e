package io.vigil.nlp.extract;

import io.vigil.model.Span;
import java.util.List;

/**
 * Finds the speaker of a speech verb: the subject before it ("Fidan said", "he also stated"), after
 * it ("said Fidan"), or after "according to".
 */
final class Cues {

  /**
   * A speech cue and its speaker.
   *
   * @param verb index of the cue's first token
   * @param span the cue's words
   * @param speaker who speaks
   */
  record Cue(int verb, Span span, Speaker speaker) {

    boolean inverted() {
      return speaker.first() > verb;
    }
  }

  /** Longest apposition read between a name and its speech verb, in tokens. */
  private static final int APPOSITION = 25;

  private static final java.util.Set<String> QUOTES =
      java.util.Set.of("“", "”", "\"", "''", "«", "»");

  /** Verbs whose next noun phrase is the hearer, never an inverted speaker ("told Reuters"). */
  private static final java.util.Set<String> HEARER_FIRST =
      java.util.Set.of(
          "told",
          "tells",
          "tell",
          "telling",
          "informed",
          "reminded",
          "urged",
          "urges",
          "asked",
          "asks",
          "assured",
          "assures");

  /**
   * Time words that may stand between a subject and its verb: "Spicer on Thursday evening said".
   */
  private static final java.util.Set<String> TIME =
      Words.with(
          Words.DAYS,
          "on",
          "morning",
          "afternoon",
          "evening",
          "night",
          "last",
          "week",
          "month",
          "earlier",
          "this");

  /** "Hayek confirmed it and said, ...": the verb's subject is the sentence's. */
  private final ArticleView view;

  private final Speakers speakers;

  Cues(ArticleView view, Speakers speakers) {
    this.view = view;
    this.speakers = speakers;
  }

  static boolean according(ArticleView view, int t) {
    return view.lower(t).equals("according") && view.lower(t + 1).equals("to");
  }

  /** The cue at token {@code t} with its speaker, or null when {@code t} is no cue. */
  Cue at(int t) {
    if (ambiguous(t) || addsSomething(t) || speaksWithoutTopic(t) || surnameSaid(t)) {
      return null;
    }
    if (according(view, t)) {
      Speaker s = speakers.source(t + 2);
      return s == null ? null : new Cue(t, view.span(t, t + 2), s);
    }
    if (Words.SPEECH.contains(view.lower(t))) {
      if (agentlessPassive(t)) {
        return null;
      }
      Cue asker = asker(t);
      if (asker != null) {
        return asker; // "Sanders was asked by host Bill Maher, “…”": Maher asks
      }
      Cue c = verb(t, false);
      boolean noun =
          c != null
              && !c.inverted()
              && (view.lower(t).endsWith("s")
                  ? described(c.speaker()) || pluralNoun(t)
                  : compoundNoun(t, c.speaker()));
      return noun || modifier(t) || participleAdjective(t) ? null : c;
    }
    boolean tag = t + 1 < view.tokens.size() && TAGS.containsKey(view.lower(t));
    if (tag && TAGS.get(view.lower(t)).equals(view.lower(t + 1)) && afterQuotation(t)) {
      Cue c = verb(t, false); // "“…,” Adler shot back", "“…,” Berg went on"
      return c == null ? null : new Cue(t, view.span(t, t + 2), c.speaker());
    }
    if (READS.contains(view.lower(t))
        && (QUOTING.contains(view.word(t + 1)) || afterQuotation(t))) {
      return verb(t, false); // "The sign reads: “No fishing.”", "“No fishing,” read the sign"
    }
    if (!Words.isSpeech(view.word(t))) {
      return null;
    }
    Cue c = verb(t, false);
    return c != null && verbal(t, c.speaker()) ? c : null;
  }

  /**
   * Forms that are as often nouns, passives or other senses as cues, and the words after them that
   * make them cues: "states that" (not "the United States"), "maintained that" (not "maintained a
   * pace"), "expected that" (not "is expected to"); "known" ("known as", "known for") never.
   */
  private static final java.util.Map<String, java.util.Set<String>> ONLY_BEFORE =
      java.util.Map.of(
          "states", java.util.Set.of("that", ":", ",", "“", "\"", "''"),
          "maintained", java.util.Set.of("that"),
          "maintains", java.util.Set.of("that"),
          "expected", java.util.Set.of("that"),
          "written", java.util.Set.of("that"),
          "emails", java.util.Set.of("that"),
          "known", java.util.Set.of());

  private boolean ambiguous(int t) {
    String w = view.lower(t);
    String after = view.lower(t + 1);
    if (naming(t)) {
      return true; // "a group called Black Votes Matter": a name given, not a call
    }
    if (w.equals("think") && (after.equals("tank") || after.equals("tanks"))) {
      return true; // "a conservative think tank"
    }
    if (w.equals("support") && SUPPORT_NOUN.contains(view.lower(t - 1))) {
      return true; // "continues to draw support among", "enjoyed strong support"
    }
    if (w.startsWith("continu") && !CONTINUED_SPEAKING.contains(after)) {
      return true; // "continued his push on Twitter", "Yet fires continued, and …": no words
    }
    if (w.startsWith("agree") && (after.equals("a") || after.equals("an"))) {
      return true; // "which agreed a $3.1 billion loan with Dravia": a deal made
    }
    if (w.startsWith("show") && after.equals("up")) {
      return true; // "showed up in 2008": came, not showed
    }
    if (w.startsWith("found") && (REFLEXIVES.contains(after) || after.equals("ways"))) {
      return true; // "found itself at the center", "found ways to press his agenda"
    }
    java.util.Set<String> next = ONLY_BEFORE.get(view.lower(t));
    boolean perfect = PERFECT.contains(view.lower(t - 1)) && !view.lower(t).equals("known");
    return next != null && !next.contains(view.lower(t + 1)) && !perfect; // "had written"
  }

  /**
   * What follows "continued" when it goes on speaking or keeps a stance: '“…,” he continued.',
   * 'continued: “…”', "continued to defend", "continued his attacks on".
   */
  private static final java.util.Set<String> CONTINUED_SPEAKING =
      java.util.Set.of(
          ".", ",", ":", "“", "\"", "''", "‘", "that", "", "to", "on", "his", "her", "their",
          "its");

  /**
   * "spoke" and "talked" are cues only with what they were about: "spoke favorably of Putin",
   * "talking about what he does next"; not "spoke at a rally", "talks with Iran".
   */
  private boolean speaksWithoutTopic(int t) {
    String w = view.lower(t);
    if (!w.startsWith("sp") && !w.startsWith("talk")) {
      return false; // before the lemmatiser, which every token would otherwise pay for
    }
    List<String> forms = Lemmas.candidates(w);
    if (!forms.contains("speak") && !forms.contains("talk")) {
      return false;
    }
    int k = t + 1;
    while (k < t + 3 && view.lower(k).endsWith("ly")) {
      k++; // "spoke favorably of", "spoke briefly about"
    }
    return !view.lower(k).equals("about") && !view.lower(k).equals("of");
  }

  /**
   * "Said" as a surname: "Varnia's president, Omar Said, warned": capitalised after a capitalised
   * given name and before a comma, inside a sentence.
   */
  private boolean surnameSaid(int t) {
    int first = view.sentence(view.sentenceOf(t)).firstToken();
    String before = view.word(t - 1);
    return view.word(t).equals("Said")
        && t - 1 > first
        && !before.isEmpty()
        && Character.isUpperCase(before.charAt(0))
        && view.word(t + 1).equals(",");
  }

  /** "add" with a thing added, not words: "began to add two berths", "added to the confusion". */
  private boolean addsSomething(int t) {
    String w = view.lower(t);
    if (!w.equals("add") && !w.equals("adds") && !w.equals("added") && !w.equals("adding")) {
      return false;
    }
    String next = view.lower(t + 1);
    return (ADDED.contains(next) || !next.isEmpty() && Character.isDigit(next.charAt(0)))
        && !afterQuotation(t); // "“…,” added a Democrat from Ohio"
  }

  private static final java.util.Set<String> ADDED =
      java.util.Set.of(
          "a", "an", "the", "to", "two", "three", "more", "another", "new", "some", "its", "up");

  /**
   * Whether "called", "named" or "dubbed" names a thing just introduced: "a program called Sandy
   * Hook Promise", "a firm called Cambridge Analytica", "the liberal donor club called Democracy
   * Alliance"; not "Obama called Wall Street bankers “fat cats”".
   */
  private boolean naming(int t) {
    String w = view.lower(t);
    if (!w.equals("called") && !w.equals("named") && !w.equals("dubbed")) {
      return false;
    }
    String next = view.word(t + 1);
    if (next.isEmpty() || !Character.isUpperCase(next.charAt(0)) || view.inName(t - 1)) {
      return false;
    }
    String noun = view.word(t - 1);
    if (noun.isEmpty() || !Character.isLowerCase(noun.charAt(0))) {
      return false;
    }
    for (int k = t - 1; k >= Math.max(0, t - 5); k--) {
      String d = view.lower(k);
      if (d.equals("a") || d.equals("an") || d.equals("the")) {
        return true;
      }
      if (!Character.isLetter(d.isEmpty() ? ' ' : d.charAt(0)) || view.inName(k)) {
        return false;
      }
    }
    return false;
  }

  /** Words before "support" that make it a noun: "strong support", "draw support". */
  private static final java.util.Set<String> SUPPORT_NOUN =
      java.util.Set.of(
          "strong",
          "broad",
          "qualified",
          "growing",
          "public",
          "popular",
          "overwhelming",
          "draw",
          "draws",
          "drew",
          "drawing",
          "enjoy",
          "enjoys",
          "enjoyed",
          "percent",
          "win",
          "won",
          "wins",
          "lost",
          "lose",
          "gained",
          "gain",
          "garner",
          "garnered",
          "widespread",
          "bipartisan",
          "financial",
          "military");

  private static final java.util.Set<String> REFLEXIVES =
      java.util.Set.of("itself", "himself", "herself", "themselves", "myself", "ourselves");

  private static final java.util.Set<String> PERFECT = java.util.Set.of("has", "have", "had");

  /**
   * Whether a quotation closes right before {@code t} or before a short subject before it: "“…,”
   * read the email", "“…,” it read".
   */
  private boolean afterQuotation(int t) {
    for (int b = t - 1; b >= Math.max(0, t - 5); b--) {
      String w = view.word(b);
      if (QuoteMarks.CLOSING_MARKS.contains(w)) {
        return true;
      }
      if (!w.equals(",") && (w.isEmpty() || !Character.isLetter(w.charAt(0)))) {
        return false;
      }
    }
    return false;
  }

  /** Verbs that tag a quotation with the word after them: "shot back", "went on". */
  private static final java.util.Map<String, String> TAGS =
      java.util.Map.of(
          "shot", "back",
          "fired", "back",
          "hit", "back",
          "snapped", "back",
          "went", "on",
          "goes", "on",
          "chimed", "in",
          "piped", "up");

  /** "read" as a text's words: only before a colon, a comma or a quotation mark, or after one. */
  private static final java.util.Set<String> READS = java.util.Set.of("reads", "read");

  private static final java.util.Set<String> QUOTING =
      java.util.Set.of(":", ",", "“", "\"", "''", "‘");

  /**
   * The stance verb at token {@code t} ("called for", "endorsed", "wants") with its subject, or
   * null. Only a subject before the verb counts: "endorsed Cruz" names what is endorsed.
   */
  Cue attitude(int t) {
    if (ambiguous(t)) {
      return null;
    }
    int idiom = Attitudes.idiom(view.word(t), t + 1, view::lower);
    if (idiom > 0) {
      Cue c = verb(t, true);
      return c == null || c.inverted() ? null : new Cue(t, view.span(t, t + idiom), c.speaker());
    }
    if (!Words.isSpeech(view.word(t)) && !Attitudes.is(view.word(t)) && thatClause(t)) {
      Cue c = verb(t, true);
      return c == null || c.inverted() || c.speaker().ref() == null && !pronoun(c.speaker())
          ? null
          : new Cue(t, view.span(t, t + 2), c.speaker());
    }
    if (Attitudes.adjective(view.word(t)) && copula(t - 1)) {
      Cue c = verb(t, true);
      if (c == null || c.inverted()) {
        return null;
      }
      String next = view.lower(t + 1);
      boolean particle = next.equals("of") || next.equals("about") || next.equals("that");
      return new Cue(t, view.span(t, particle ? t + 2 : t + 1), c.speaker());
    }
    if (Words.isSpeech(view.word(t))
        || !Attitudes.is(view.word(t))
        || !Attitudes.fits(view.word(t), view.lower(t + 1))) {
      return null;
    }
    if (reducedPassive(t)) {
      return null; // "a military coalition backed by the West is implicated": the West backs it
    }
    int end = Attitudes.particle(view.word(t), view.lower(t + 1)) ? t + 2 : t + 1;
    Speaker modified = SIDING.contains(view.lower(t)) ? modifiedNoun(t - 1) : null;
    if (modified != null) {
      return new Cue(t, view.span(t, end), modified); // "an outside group backing Rubio"
    }
    Cue c = verb(t, true);
    if (c == null || c.inverted() || !verbal(t, c.speaker())) {
      return null;
    }
    return new Cue(t, view.span(t, end), c.speaker());
  }

  /**
   * The noun phrase a stance participle right after it describes: "an outside group backing Rubio",
   * "super PACs backing Mr. Cruz", "Democrats supporting Mrs. Clinton". Null when the word before
   * is no noun (a comma, a form of "be", a preposition, a determiner, an adverb).
   */
  private Speaker modifiedNoun(int last) {
    String w = view.word(last);
    String lower = view.lower(last);
    if (w.isEmpty()
        || !Character.isLetter(w.charAt(0))
        || BE.contains(lower)
        || Words.AUXILIARIES.contains(lower)
        || Words.PREPOSITIONS.contains(lower)
        || Words.DETERMINERS.contains(lower)
        || Words.RELATIVES.contains(lower)
        || Words.BETWEEN.contains(lower)
        || Words.isSpeech(w)
        || Attitudes.is(w)
        || lower.endsWith("ly")
        || lower.endsWith("ing")
        || Words.PERSON_PRONOUNS.contains(lower)
        || Words.OTHER_PRONOUNS.contains(lower)) {
      return null;
    }
    Speaker named = speakers.endingAt(last);
    if (named != null) {
      return named;
    }
    int from = view.sentence(view.sentenceOf(last)).firstToken();
    int first = last;
    while (first - 1 >= from && last - first < 4 && phraseWord(first - 1)) {
      first--;
    }
    if (first - 1 >= from
        && (Words.DETERMINERS.contains(view.lower(first - 1))
            || QUANTIFIERS.contains(view.lower(first - 1)))) {
      first--;
    }
    return new Speaker(null, view.span(first, last + 1), first, last);
  }

  /** Subordinators that a participle follows without its subject: "when asked", "if elected". */
  private static final java.util.Set<String> ELLIPTICAL =
      java.util.Set.of("when", "if", "once", "unless", "until", "whenever", "though", "although");

  /** Participles that say whose side a group or person is on: "a super PAC backing Bush". */
  private static final java.util.Set<String> SIDING =
      java.util.Set.of("backing", "supporting", "opposing", "endorsing");

  private boolean phraseWord(int t) {
    String w = view.word(t);
    String lower = view.lower(t);
    return !w.isEmpty()
        && Character.isLetter(w.charAt(0))
        && !Words.DETERMINERS.contains(lower)
        && !QUANTIFIERS.contains(lower)
        && !Words.PREPOSITIONS.contains(lower)
        && !BE.contains(lower)
        && !Words.AUXILIARIES.contains(lower)
        && !Words.RELATIVES.contains(lower)
        && !Words.isSpeech(w);
  }

  /**
   * Whether an attitude word is used as a verb here, not as a noun or an adjective: "his plan", "a
   * similar question", "the Obama voting bloc" and "is expected to" are not stances.
   */
  /**
   * Whether a subject starting at {@code first}, or its title, follows "with": "with Trump tweeting
   * that", "with Mayor Ilse Brandt saying", "with polls showing a tie".
   */
  private boolean afterWith(int first) {
    int k = first - 1;
    while (k > first - 3
        && !view.word(k).isEmpty()
        && Character.isUpperCase(view.word(k).charAt(0))) {
      k--;
    }
    return view.lower(k).equals("with");
  }

  /**
   * Whether a participle is an adjective before its plural noun, after a number or a determiner:
   * "271 pledged delegates", "the most pledged delegates".
   */
  private boolean participleAdjective(int t) {
    String word = view.lower(t);
    String before = view.lower(t - 1);
    String next = view.word(t + 1);
    boolean numbered = !before.isEmpty() && Character.isDigit(before.charAt(0));
    return word.endsWith("ed")
        && (numbered || Words.DETERMINERS.contains(before) || before.equals("most"))
        && !next.isEmpty()
        && Character.isLowerCase(next.charAt(0))
        && next.endsWith("s")
        && !next.endsWith("ss");
  }

  private boolean verbal(int t, Speaker subject) {
    String word = view.lower(t);
    String before = view.lower(t - 1);
    boolean stative = STATIVE.contains(view.lower(t + 1));
    if (BE.contains(before) && (word.endsWith("ed") || word.endsWith("en")) && !stative) {
      return false; // passive or adjective: "was called", "is expected to"
    }
    String following = after(t);
    boolean modifier = // "posted online", "released on Sunday", "published by the ministry"
        following.equals("online")
            || Words.PREPOSITIONS.contains(following)
            || TIME.contains(following);
    if (participleAdjective(t)) {
      return false;
    }
    if (word.endsWith("ed") && POSTED.contains(before) && modifier) {
      return false; // "a statement posted online", "a video released on Sunday": the document's
    }
    if (word.endsWith("ing")) {
      return before.equals(",")
          || before.equals("by") // "launched his campaign by denouncing the deal"
          || BE.contains(before)
          || Words.BETWEEN.contains(before)
          || subject.last() == t - 1 && afterWith(subject.first());
    }
    boolean singular = // "He calls for", "she backs": a verb after a singular pronoun
        subject.first() == subject.last()
            && (Words.PERSON_PRONOUNS.contains(view.lower(subject.first()))
                || view.lower(subject.first()).equals("it"))
            && subject.last() == t - 1;
    if (word.endsWith("s") && singular) {
      return true;
    }
    if (word.endsWith("s") && !word.endsWith("ss") && (described(subject) || pluralNoun(t))) {
      return false; // a plural noun after its modifiers: "his opening remarks", "the two states"
    }
    String after = view.lower(t + 1);
    if (word.equals("back") && (Words.PREPOSITIONS.contains(after) || after.equals("then"))) {
      return false; // an adverb: "the rate back under control", "back in the day"
    }
    if (word.equals("known") && after.equals("as")) {
      return false; // "a group known as the Freedom Caucus": a name, not knowledge
    }
    boolean objectless =
        Words.PREPOSITIONS.contains(after) && !STATIVE.contains(after) && !after.equals("to")
            || after.equals(",")
            || after.equals(".");
    if (word.endsWith("s") && !word.endsWith("ss") && !Words.SAYING.contains(word) && objectless) {
      return false; // a plural noun, not a verb: "the terrorist attacks in Paris", "states."
    }
    String next = view.word(t + 1);
    boolean base = word.equals(Attitudes.lemma(word));
    if (base && (Words.isSpeech(next) || Attitudes.is(next)) && !next.endsWith("ing")) {
      return false; // a noun before the real verb: "Supporters of the harbour plan argued"
    }
    if (word.equals(Attitudes.lemma(word))) {
      // A base form needs a plural subject or an auxiliary: "they want", "we will support".
      String head = view.lower(subject.last());
      for (int k = subject.first() + 1; k < subject.last(); k++) {
        if (Words.PREPOSITIONS.contains(view.lower(k))) {
          head = view.lower(k - 1); // "voters in each state want": the head is "voters"
          break;
        }
      }
      boolean plural =
          (head.endsWith("s") && !head.endsWith("ss") && !head.endsWith("ous")
                  || head.endsWith("%"))
              && !Words.DETERMINERS.contains(view.lower(subject.first()))
              && !QUANTIFIERS.contains(view.lower(subject.first()))
              && !view.lower(subject.first()).equals("a");
      return PLURAL_SUBJECTS.contains(head)
          || Speakers.GROUPS.contains(head)
          || plural
          || NOT.contains(before) // "does not want"
          || !PLURAL_SUBJECTS.contains(before) && Words.BETWEEN.contains(before);
    }
    return true;
  }

  /**
   * Whether a base form ends a noun phrase that names no one: "on his radio show.", "a talk show,",
   * "the reality show “The Apprentice”". A name, a pronoun or a plural subject before it makes it a
   * verb ("Polls show", "I think,").
   */
  private boolean compoundNoun(int t, Speaker subject) {
    String word = view.lower(t);
    String after = view.lower(t + 1);
    boolean ends =
        after.equals(".")
            || after.equals(",")
            || after.equals(";")
            || QuoteMarks.OPENING_MARKS.contains(after); // "the reality show “The Apprentice”"
    boolean base = Words.SPEECH_LEMMAS.contains(word) || word.equals(Attitudes.lemma(word));
    if (!ends
        || !base
        || subject.ref() != null
        || pronoun(subject)
        || view.lower(t - 1).equals("to")) { // "went on to say,"
      return false;
    }
    String head = view.lower(subject.last());
    for (int k = subject.first() + 1; k < subject.last(); k++) {
      if (Words.PREPOSITIONS.contains(view.lower(k))) {
        head = view.lower(k - 1); // "advisers to Mr. Obama say,": the head is "advisers"
        break;
      }
    }
    boolean plural =
        head.endsWith("s") && !head.endsWith("ss")
            || PLURAL_SUBJECTS.contains(head)
            || QUANTIFIERS.contains(head); // "the two write,"
    return !plural && !Speakers.GROUPS.contains(head);
  }

  /**
   * Whether an -ing form is a noun's modifier after a determiner and a word describing it, not a
   * participle: "a creative writing professor", "her public speaking tour"; "a man telling
   * reporters" has a person before the participle, "the ones describing payments" a plural.
   */
  private boolean modifier(int t) {
    if (!view.lower(t).endsWith("ing") || t < 2) {
      return false;
    }
    String before = view.word(t - 1);
    String after = view.word(t + 1);
    boolean described =
        (ARTICLES.contains(view.lower(t - 2)) || OWNERS.contains(view.lower(t - 2)))
            && isLower(before)
            && Character.isLetter(before.charAt(0))
            && (!before.endsWith("s") || before.endsWith("ous")) // "the ones describing payments"
            && !animate(new Speaker(null, view.span(t - 1, t), t - 1, t - 1));
    return described
        && isLower(after)
        && Character.isLetter(after.charAt(0))
        && !Words.PREPOSITIONS.contains(after)
        && !Words.DETERMINERS.contains(after)
        && !Words.RELATIVES.contains(after)
        && !Words.PERSON_PRONOUNS.contains(after)
        && !Words.OTHER_PRONOUNS.contains(after);
  }

  /**
   * Whether an -s form is a plural noun because a verb follows it: "Clinton emails contained
   * classified material", "the states were".
   */
  private boolean pluralNoun(int t) {
    String before = view.lower(t - 1);
    if (Words.PERSON_PRONOUNS.contains(before) || Words.OTHER_PRONOUNS.contains(before)) {
      return false; // "the plan, which he believes will fail"
    }
    String after = view.lower(t + 1);
    return Words.FINITE.contains(after) || after.endsWith("ed") && isLower(view.word(t + 1));
  }

  /**
   * Whether a subject is only words describing the noun after it: "his opening", "the two", "a
   * few". A name, a pronoun, a role or a group is a real subject.
   */
  private boolean described(Speaker subject) {
    if (subject.ref() != null || subject.first() != subject.last() && subject.ref() != null) {
      return false;
    }
    String head = view.lower(subject.last());
    return QUANTIFIERS.contains(head)
        || Character.isDigit(head.isEmpty() ? 'x' : head.charAt(0))
        || ADJECTIVE_ENDINGS.stream().anyMatch(head::endsWith);
  }

  private static final java.util.Set<String> QUANTIFIERS =
      java.util.Set.of(
          "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "few", "several",
          "many", "other", "some", "all", "both", "these", "those", "most", "more", "each", "his",
          "her", "their", "its", "our", "my", "your", "the", "a", "an", "first", "last", "latest",
          "recent", "new", "same");

  private static final java.util.List<String> ADJECTIVE_ENDINGS =
      java.util.List.of("al", "ive", "ous", "ic", "ful", "ing", "ory", "ary", "ble");

  /**
   * Whether an unlisted verb takes a that-clause right after it: "Clinton signaled that", "he
   * conceded that". Only a past or present form of a lower-case word counts, never "so that".
   */
  private boolean thatClause(int t) {
    String w = view.word(t);
    if (!view.lower(t + 1).equals("that")
        || w.length() < 4
        || !Character.isLowerCase(w.charAt(0))) {
      return false;
    }
    String lower = view.lower(t);
    boolean finite = lower.endsWith("ed") || lower.endsWith("s") && !lower.endsWith("ss");
    return finite && !NOT_VERBS.contains(lower) && verbalForm(t);
  }

  private boolean verbalForm(int t) {
    String before = view.lower(t - 1);
    return !BE.contains(before) && !Words.DETERMINERS.contains(before) && !before.equals("so");
  }

  private boolean pronoun(Speaker s) {
    String w = view.lower(s.last());
    return s.first() == s.last()
        && (Words.PERSON_PRONOUNS.contains(w)
            || Words.OTHER_PRONOUNS.contains(w)
            || w.equals("who"));
  }

  /** Words before "that" that are no verbs of saying: "so that", "given that", "now that". */
  private static final java.util.Set<String> NOT_VERBS =
      java.util.Set.of(
          "provided",
          "assuming",
          "considering",
          "granted",
          "means",
          "ensured",
          "ensures",
          "required",
          "requires",
          "hoped",
          "is",
          "was",
          "has",
          "does",
          "comes",
          "seems",
          "appears",
          "proves",
          "proved",
          "became",
          "remains",
          "happens",
          "happened",
          "ordered",
          "demands",
          "needs",
          "insured",
          "guaranteed",
          "made",
          "makes",
          "reasons",
          "things",
          "years",
          "days",
          "times",
          "ways",
          "ones",
          "others",
          "those",
          "this");

  /** Whether a copula ends at token {@code t}, over degree words: "are now more", "remain". */
  private boolean copula(int t) {
    while (t > 0 && DEGREE.contains(view.lower(t))) {
      t--;
    }
    String w = view.lower(t);
    return BE.contains(w) || COPULAS.contains(w) || PROGRESSIVE.contains(w);
  }

  /**
   * The subject of a participle in a "with" phrase: "with 22 percent saying", "with Mayor Adler
   * calling the plan a fraud"; or null.
   */
  private Speaker withSubject(int t, int from) {
    for (int w = t - 2; w >= Math.max(from, t - 8); w--) {
      String word = view.word(w);
      if (word.isEmpty() || !Character.isLetterOrDigit(word.charAt(0))) {
        return null;
      }
      if (view.lower(w).equals("with")) {
        Speaker s = subjectEndingAt(t - 1, w + 1);
        return s != null && s.last() == t - 1 ? s : null;
      }
    }
    return null;
  }

  /**
   * The asker of a passive question: "was asked by host Bill Maher", "were pressed by reporters".
   */
  private Cue asker(int t) {
    if (!Words.ASKED.contains(view.lower(t))
        || !BE.contains(view.lower(t - 1))
        || !view.lower(t + 1).equals("by")) {
      return null;
    }
    Speaker s = speakers.source(t + 2);
    return s == null ? null : new Cue(t, view.span(t, t + 1), s);
  }

  /**
   * Whether a participle of saying is a passive without its agent: "was also highlighted as a
   * crucial item", "were criticised as too slow": what was said is the subject, and no one is named
   * as saying it. Not "was quoted as saying", "was told", "was asked", whose subject speaks or
   * hears.
   */
  private static final java.util.Set<String> PERFECT_OR_RELATIVE =
      java.util.Set.of("has", "have", "had", "having", "who", "which", "that");

  /** A participle after its noun with its agent: "a coalition backed by the West". */
  private boolean reducedPassive(int t) {
    String prev = view.lower(t - 1);
    return view.lower(t).endsWith("ed")
        && view.lower(t + 1).equals("by")
        && !BE.contains(prev)
        && !PERFECT_OR_RELATIVE.contains(prev)
        && !prev.endsWith("ly");
  }

  private boolean agentlessPassive(int t) {
    String verb = view.lower(t);
    if (!(verb.endsWith("ed") || verb.endsWith("en")) || PASSIVE_SPEAKERS.contains(verb)) {
      return false;
    }
    int b = t - 1;
    while (b > 0 && (view.lower(b).endsWith("ly") || ADVERBS_BEFORE.contains(view.lower(b)))) {
      b--;
    }
    String after = view.lower(t + 1);
    return BE.contains(view.lower(b))
        && !BE_NOT_PASSIVE.contains(view.lower(b))
        && !after.equals("by");
  }

  private static final java.util.Set<String> ADVERBS_BEFORE =
      java.util.Set.of(
          "also",
          "further",
          "repeatedly",
          "again",
          "widely",
          "often",
          "first",
          "not",
          "never",
          "even",
          "then",
          "later",
          "once",
          "previously");

  private static final java.util.Set<String> BE_NOT_PASSIVE = java.util.Set.of("'s", "’s");

  private static final java.util.Set<String> PASSIVE_SPEAKERS =
      java.util.Set.of(
          "quoted",
          "told",
          "asked",
          "heard",
          "overheard",
          "caught",
          "pressed",
          "questioned",
          "recorded",
          "seen",
          "filmed");

  /**
   * The speaker whose noun phrase ends with the name {@code s} after a preposition, when the phrase
   * names someone around that person rather than the person: "a person familiar with the talks", "a
   * source close to the mayor", "an aide to Ruth Adler", "supporters of Adler". They speak for no
   * one named: the speaker is the whole phrase, unresolved. A spokesman or a lawyer for Adler
   * speaks for Adler and is left to the rules of roles. Null when the phrase is not of that kind.
   */
  private Speaker around(Speaker s, int from) {
    int prep = s.first() - 1;
    while (prep > from
        && !isLower(view.word(prep))
        && (Words.PERSON_ROLES.contains(view.lower(prep)) || view.word(prep).endsWith("."))) {
      prep--; // "close to Mayor Ruth Adler", "an aide to Sen. Adler"
    }
    if (prep - 1 < from || !AROUND_PREPOSITIONS.contains(view.lower(prep))) {
      return null;
    }
    int head = prep - 1;
    boolean described = DESCRIBING.contains(view.lower(head)); // "a person familiar with"
    if (described) {
      head--;
    }
    String noun = view.lower(head);
    if (head < from || !isLower(view.word(head)) && head != from) {
      return null;
    }
    if (!described && !AROUND.contains(noun) && !AROUND.contains(singular(noun))) {
      return null;
    }
    if (described && !(Character.isLetter(noun.charAt(0)))) {
      return null;
    }
    int first = head;
    while (first - 1 >= from
        && head - first < 3
        && (QUANTIFIERS.contains(view.lower(first - 1))
            || ARTICLES.contains(view.lower(first - 1))
            || view.lower(first - 1).equals("another")
            || isLower(view.word(first - 1))
                && !Words.PREPOSITIONS.contains(view.lower(first - 1))
                && !Words.RELATIVES.contains(view.lower(first - 1))
                && !Words.COORDINATORS.contains(view.lower(first - 1))
                && !Words.isSpeech(view.word(first - 1))
                && Character.isLetter(view.word(first - 1).charAt(0)))) {
      first--;
    }
    return new Speaker(null, view.span(first, s.last() + 1), first, s.last());
  }

  private static final java.util.Set<String> AROUND_PREPOSITIONS =
      java.util.Set.of("to", "of", "with", "on", "about", "in");

  /** Words that describe someone by their tie to another: "familiar with", "close to". */
  private static final java.util.Set<String> DESCRIBING =
      java.util.Set.of(
          "familiar",
          "close",
          "briefed",
          "knowledgeable",
          "involved",
          "loyal",
          "sympathetic",
          "allied",
          "opposed",
          "hostile",
          "connected",
          "near");

  /** People named by their tie to someone, who do not speak for that person. */
  private static final java.util.Set<String> AROUND =
      java.util.Set.of(
          "aide",
          "adviser",
          "advisor",
          "friend",
          "ally",
          "allie",
          "supporter",
          "critic",
          "opponent",
          "backer",
          "donor",
          "fan",
          "associate",
          "confidant",
          "confidante",
          "relative",
          "colleague",
          "staffer",
          "insider",
          "person",
          "people",
          "source",
          "acquaintance",
          "neighbor",
          "neighbour",
          "rival",
          "detractor",
          "admirer",
          "loyalist");

  /**
   * The source of "as reported by the Gazette", "as noted by Berg", after "by"; "as mentioned
   * above", "as expected" and "as opposed to" name no one.
   */
  private Cue asReportedBy(int t) {
    Speaker s = view.lower(t + 1).equals("by") ? speakers.source(t + 2) : null;
    if (s == null || Words.POSSESSIVES.contains(view.word(s.last() + 1))) {
      return null; // "as shown by Berg's vote": the vote shows it
    }
    return new Cue(t, view.span(t - 1, t + 2), s);
  }

  private static final java.util.Set<String> DEGREE =
      java.util.Set.of("more", "most", "very", "now", "still", "also", "so", "too", "less", "all");

  private static final java.util.Set<String> COPULAS =
      java.util.Set.of(
          "remain",
          "remains",
          "remained",
          "seem",
          "seems",
          "seemed",
          "appear",
          "appears",
          "appeared",
          "became",
          "become",
          "becomes",
          "sounded",
          "looked",
          "am");

  private static final java.util.Set<String> BE =
      java.util.Set.of("is", "are", "was", "were", "be", "been", "being", "'s", "’s");

  /** Words after "be" + participle that make it a stance: "are focused on", "was worried about". */
  private static final java.util.Set<String> STATIVE =
      java.util.Set.of("on", "about", "that", "with", "over");

  private static final java.util.Set<String> PLURAL_SUBJECTS =
      java.util.Set.of("i", "we", "they", "you", "who", "people", "democrats", "republicans");

  private Cue verb(int t, boolean attitude) {
    if (view.inName(t)
        || OWNERS.contains(view.lower(t - 1))
        || ARTICLES.contains(view.lower(t - 1))
        || Words.POSSESSIVES.contains(view.lower(t - 1))
            && t > 1
            && view.inName(t - 2)
            && (Words.isSpeech(view.word(t + 1))
                || Attitudes.is(view.word(t + 1))
                || Words.FINITE.contains(view.lower(t + 1)))) {
      // "his warning that ...", "69 percent of the vote": a noun; so is one owned by a name
      // before the real verb, "a source familiar with Cruz’s thinking said", "Kasich’s showing
      // will"
      return null;
    }
    int from = view.sentence(view.sentenceOf(t)).firstToken();
    if (Modality.hypothetical(view, from, t) || !attitude && Modality.negated(view, from, t)) {
      return null;
    }
    String verb = view.lower(t);
    if (view.lower(t - 1).equals("as") && !verb.endsWith("ing") && !verb.endsWith("s")) {
      return asReportedBy(t); // "As reported by the Gazette, …"; not "as opposed to"
    }
    if (ELLIPTICAL.contains(view.lower(t - 1))) {
      return null; // "When asked whether ..., he said": the asker is not named
    }
    int left = t - 1;
    boolean adjective = Attitudes.adjective(verb);
    while (left >= from
        && (between(left, verb.endsWith("ing") || adjective)
            || attitude && NOT.contains(view.lower(left))
            || attitude && DO.contains(view.lower(left)) && NOT.contains(view.lower(left + 1))
            || adjective
                && (COPULAS.contains(view.lower(left)) || DEGREE.contains(view.lower(left))))) {
      left--;
    }
    Speaker s = left >= from ? subjectEndingAt(left, from) : null;
    if (s != null && s.ref() == null && Words.COORDINATORS.contains(view.lower(s.last()))) {
      s = null; // "Dravia closed its border crossings and said": the clause's subject, below
    }
    if (s != null && !view.lower(t - 1).equals("to")) {
      Speaker around = around(s, from); // "an aide to Ruth Adler said": the aide, not Adler
      s = around != null ? around : s;
    }
    int in = s == null ? -1 : s.first() - 1;
    while (in > from && Places.DIRECTIONS.contains(view.lower(in))) {
      in--; // "Farmers' unions in southern Kessel welcomed"
    }
    io.vigil.model.ResolvedMention other =
        in > from && (view.lower(in).equals("and") || view.lower(in).equals("or"))
            ? view.mentionEndingAt(in - 1)
            : null;
    if (s != null
        && onlyPlace(s)
        && other != null
        && view.type(other) == io.vigil.model.EntityType.LOCATION) {
      in = view.tokenAt(other.mention().span().start()) - 1; // "Voters in Ohio and Iowa say"
    }
    if (s != null && onlyPlace(s) && Words.PREPOSITIONS.contains(view.lower(in))) {
      Speaker head = speakers.endingAt(in - 1); // "the foreign ministry in Ankara said"
      s = head != null && !onlyPlace(head) ? head : s;
    }
    if (attitude
        && s != null
        && s.ref() == null
        && !pronoun(s)
        && view.lower(s.last() + 1).equals("to")
        && s.last() + 2 == t) {
      s = null; // "a chance to back Trump", "the decision to support": no one backs
    }
    boolean infinitive =
        !attitude
            && view.lower(t - 1).equals("to")
            && (INFINITIVES.contains(verb)
                || verb.equals("add") && view.lower(t + 1).equals("that")) // not "add $1 trillion"
            && !REFUSING.contains(view.lower(t - 2)); // not "declined to say whether"
    if (infinitive && (s == null || Words.PREPOSITIONS.contains(view.lower(s.first() - 1)))) {
      s = sentenceSubject(from, t); // "Clinton took to Twitter to say", "was prompted to say"
    }
    if (s == null
        && !attitude
        && left > from
        && view.word(left).equals(",")
        && reportingForm(verb)) {
      s = interruptedSubject(left, from, t); // "Executives for Mondelez, which ..., say"
    }
    boolean coordinated =
        Words.COORDINATORS.contains(view.lower(left))
            || view.word(left).equals(",") && view.lower(left + 1).equals("then"); // ", then says"
    boolean progressive = false;
    for (int k = left + 1; k < t; k++) {
      progressive |= PROGRESSIVE.contains(view.lower(k)) || BE.contains(view.lower(k));
    }
    boolean afterComma = left >= from && view.word(left).equals(",");
    if (verb.endsWith("ing") && afterComma && s != null && s.ref() != null && !progressive) {
      Speaker main = sentenceSubject(from, t); // "Albright urged women to vote for Clinton, saying"
      s = main != null ? main : s;
    }
    boolean reduced = // "911 calls saying shots were fired": the participle is the noun's
        verb.endsWith("ing")
            && !coordinated
            && !progressive
            && s != null
            && s.last() == t - 1
            && !pronoun(s)
            && !Words.DOCUMENTS.contains(view.lower(s.last()))
            && view.lower(s.last()).endsWith("s")
            && !(Words.PREPOSITIONS.contains(view.lower(s.first() - 1)) // "a text to supporters"
                && !view.lower(s.first() - 1).equals("of")); // but "30 percent of voters saying"
    Speaker absolute = verb.endsWith("ing") ? withSubject(t, from) : null;
    s = absolute != null ? absolute : s;
    if ((verb.endsWith("ing") || coordinated)
        && (s == null || s.ref() == null)
        && !reduced
        && absolute == null) {
      // "A rebel commander denied … and accused …", "The UN envoy, Tomas Berg, condemned … and
      // urged …": the first verb's speaker, else the clause's subject
      Speaker first =
          coordinated && !verb.endsWith("ing") ? firstConjunctSpeaker(left, from) : null;
      Speaker main = first != null && first.ref() != null ? first : sentenceSubject(from, t);
      if (main == null) {
        main = first;
      }
      s = main != null || !progressive ? main : s; // "It's denouncing": the pronoun is the subject
    }
    if (s != null && s.first() - 2 >= from && Words.DOCUMENTS.contains(view.lower(s.last()))) {
      Speaker issuer = issuer(s.first(), from);
      s = issuer != null ? issuer : s;
    }
    if (s == null
        && !attitude
        && !coordinated // "Dravia closed its border crossings and said": no phrase ends in "and"
        && reportingForm(view.word(t)) // lower case: not a title-case headline's "Says"
        && !view.lower(t - 1).equals("to")
        && left >= from) {
      s = nounPhraseSubject(left, from); // "three current and former Podesta employees said"
      if (s == null && view.word(left).equals(",") && left - 1 > from) {
        Speaker share = nounPhraseSubject(left - 1, from); // "A third of independents, 33%, say"
        s = share != null && APPOSED_SHARE.test(view.word(share.last())) ? share : null;
      }
    }
    if (s == null && attitude && left >= from && !view.lower(t - 1).equals("to")) {
      Speaker share = nounPhraseSubject(left, from); // "About two-thirds of voters support"
      s = share != null && counted(share) ? share : null;
    }
    if (s == null && !attitude && !HEARER_FIRST.contains(verb) && !notInverted(verb)) {
      s = speakers.startingAt(t + 1);
      s = s != null && endsPhrase(s.last() + 1) && !pronounSubject(s) ? s : null;
    }
    if (s == null && !attitude && t > 0 && QUOTES.contains(view.word(t - 1))) {
      s = taggedSource(t + 1); // "…,” said retired Air Force general Lloyd Newton."
    }
    if (s != null
        && s.first() == s.last()
        && view.lower(s.first()).equals("it")
        && SEEMING.contains(verb)) {
      return null; // "it appeared that", "it felt so universal": no one speaks
    }
    s = speakers.forInstitution(s);
    return s == null ? null : new Cue(t, view.span(t, t + 1), s);
  }

  /**
   * The speaker of the cue the verb after {@code and} is coordinated with, when it opens the clause
   * ("A rebel commander, speaking on condition of anonymity, denied the claim and accused …"), or
   * null.
   */
  private Speaker firstConjunctSpeaker(int and, int from) {
    for (int k = and - 1; k > from; k--) {
      if (view.word(k).equals(",") && !view.lower(k + 1).endsWith("ing")) {
        return null; // another clause
      }
      String w = view.word(k);
      if (!w.isEmpty() && Character.isLowerCase(w.charAt(0)) && w.endsWith("ed")) {
        Cue first = at(k);
        if (first == null) {
          first = attitude(k);
        }
        if (first != null && first.verb() == k && !first.inverted()) {
          return first.speaker();
        }
      }
    }
    return null;
  }

  /**
   * Whether a noun phrase counts people: a share or number and a plural head ("About two-thirds of
   * Republican voters", "Only about 4 in 10 voters", "Most Americans").
   */
  private boolean counted(Speaker s) {
    String head = view.lower(s.last());
    if (!head.endsWith("s") || head.endsWith("ss")) {
      return false;
    }
    for (int k = s.first(); k <= s.last(); k++) {
      String w = view.lower(k);
      if (APPOSED_SHARE.test(w)
          || Character.isDigit(w.charAt(0))
          || w.equals("most")
          || w.equals("majority")
          || w.equals("many")) {
        return true;
      }
    }
    return false;
  }

  /**
   * A subject that an aside set off by commas parts from its verb: "James B. Comey Jr., the
   * director of the F.B.I., said", "Executives for Mondelez, which earned $30 billion, say". The
   * subject opens the clause (after a quotation's closing mark), the aside holds no comma, and no
   * speaker follows the verb ("…, went well, said Fidan" names Fidan).
   */
  /** Whether a speaker's words end with a person's name: "Agriculture Secretary Tom Vilsack". */
  private boolean isPerson(Speaker s) {
    for (int t = s.first(); t <= s.last(); t++) {
      io.vigil.model.ResolvedMention m = view.mentionStartingAt(t);
      if (m != null
          && view.type(m) == io.vigil.model.EntityType.PERSON
          && view.tokenAt(m.mention().span().end() - 1) == s.last()) {
        return true;
      }
    }
    return false;
  }

  private Speaker interruptedSubject(int left, int from, int verb) {
    int start = from;
    for (int k = from; k < left; k++) {
      if (QUOTES.contains(view.word(k)) && view.word(k - 1).equals(",")) {
        start = k + 1; // "“…,” James B. Comey Jr., the director ..., said"
      }
    }
    if (Words.PREPOSITIONS.contains(view.lower(start))) {
      return null; // "Among dock workers, about two-thirds, say": a share of them speaks
    }
    int comma = -1;
    for (int k = start + 1; k < left; k++) {
      if (view.word(k).equals(",")) {
        if (comma >= 0) {
          return null; // more than one aside
        }
        comma = k;
      }
      if (QUOTES.contains(view.word(k)) || Words.isSpeech(view.word(k)) && comma < 0) {
        return null;
      }
    }
    Speaker after = speakers.startingAt(verb + 1);
    boolean inverted = // "…, went well, said Fidan"; but "finds Clinton with a lead": an object
        after != null && after.ref() != null && !pronoun(after) && !notInverted(view.lower(verb));
    if (comma < 0 || comma - start > 12 || inverted) {
      return null;
    }
    Speaker named = speakers.endingAt(comma - 1);
    if (named != null && named.ref() != null && clauseInitial(named.first(), start)) {
      return onlyPlace(named) ? null : named;
    }
    Speaker apposed = speakers.startingAt(comma + 1);
    if (apposed != null
        && apposed.last() == left - 1
        && isPerson(apposed)
        && nounPhraseSubject(comma - 1, start) != null) {
      return apposed; // "Another Clinton ally, Agriculture Secretary Tom Vilsack, told MSNBC"
    }
    Speaker phrase = nounPhraseSubject(comma - 1, start);
    return phrase != null && animate(phrase) ? phrase : null;
  }

  /** Verbs of saying whose infinitive keeps the sentence's subject: "took to Twitter to say". */
  private static final java.util.Set<String> INFINITIVES =
      java.util.Set.of(
          "say",
          "declare",
          "insist",
          "argue",
          "warn",
          "announce",
          "claim",
          "tell",
          "note",
          "stress",
          "explain",
          "admit",
          "emphasize",
          "reiterate");

  /** Verbs before "to" that keep the words unsaid: "declined to say whether". */
  private static final java.util.Set<String> REFUSING =
      java.util.Set.of(
          "declined",
          "declines",
          "refused",
          "refuses",
          "declining",
          "refusing",
          "unable",
          "failed",
          "fails",
          "reluctant",
          "hesitant");

  /** A pronoun that opens a clause: "say they're liberal", "said he'd go". */
  private boolean pronounSubject(Speaker s) {
    String w = view.lower(s.first());
    String next = view.lower(s.last() + 1);
    boolean pronoun = Words.PERSON_PRONOUNS.contains(w) || Words.OTHER_PRONOUNS.contains(w);
    return pronoun && s.first() == s.last() && (next.startsWith("'") || next.startsWith("’"));
  }

  /**
   * Verbs of thinking and finding whose subject never follows them: "he doesn't believe the effort
   * requires ..." names no believer after "believe".
   */
  private static final java.util.Set<String> NOT_INVERTED =
      java.util.Set.of(
          "think", "believe", "feel", "know", "hope", "expect", "show", "find", "suggest", "want",
          "tell");

  private static boolean notInverted(String verb) {
    return Lemmas.candidates(verb).stream().anyMatch(NOT_INVERTED::contains);
  }

  /**
   * Who issued a document that speaks: "The Harbour Board released a statement saying", "the town
   * put out a letter saying". The issuer ends just before the one or two words of the verb.
   */
  private Speaker issuer(int document, int from) {
    for (int v = document - 1; v >= Math.max(from + 1, document - 2); v--) {
      String w = view.word(v);
      if (w.isEmpty() || !Character.isLowerCase(w.charAt(0))) {
        return null;
      }
      Speaker s = speakers.endingAt(v - 1);
      if (s != null) {
        return s;
      }
      for (int k = v - 2; view.word(v - 1).equals(",") && k > Math.max(from, v - 10); k--) {
        if (view.word(k).equals(",")) { // "A colonel, flanked by nine officers, read a statement"
          return speakers.endingAt(k - 1);
        }
      }
    }
    return null;
  }

  /** Things published, whose participle after them is no verb: "a statement posted online". */
  private static final java.util.Set<String> POSTED =
      java.util.Set.of(
          "statement",
          "video",
          "message",
          "letter",
          "post",
          "tweet",
          "photo",
          "image",
          "memo",
          "clip",
          "report",
          "footage",
          "recording");

  private String after(int t) {
    return view.lower(t + 1);
  }

  /**
   * Whether token {@code t} may stand between a subject and its verb: auxiliaries and adverbs ("has
   * also", "quickly"), a floating "all" ("they all said"), verbs of aspect or seeming before "to"
   * ("appeared to suggest", "continues to insist"), and before a participle the forms of "be"
   * ("Republicans are slamming", "It's denouncing").
   */
  private boolean between(int t, boolean participle) {
    String w = view.lower(t);
    if (Words.BETWEEN.contains(w) || TIME.contains(w) || FLOATING.contains(w)) {
      return true;
    }
    if (participle && PROGRESSIVE.contains(w)) {
      return true;
    }
    if (w.equals("to") || ASPECT.contains(w)) {
      return true;
    }
    if (AFTER_AUXILIARY.contains(w) && Words.AUXILIARIES.contains(view.lower(t - 1))) {
      return true; // "has since said", "have long argued"
    }
    if (inPhrase(t, "in", "the", "past") || inPhrase(t, "at", "the", "time")) {
      return true; // "Beck, who has in the past described", "Trump at the time said"
    }
    if (w.equals("in") && year(view.word(t + 1)) || year(w) && view.lower(t - 1).equals("in")) {
      return true; // "The company in 2009 agreed to"
    }
    return w.length() > 4 && w.endsWith("ly") && Character.isLowerCase(view.word(t).charAt(0));
  }

  /** Negations a stance may carry between its holder and its verb: "The Fed does not want". */
  private static final java.util.Set<String> NOT = java.util.Set.of("not", "n't", "n’t", "never");

  private static final java.util.Set<String> DO = java.util.Set.of("do", "does", "did");

  private static final java.util.Set<String> AFTER_AUXILIARY =
      java.util.Set.of("since", "long", "always");

  /** Whether token {@code t} is one of the words of the phrase {@code words} where it stands. */
  private boolean inPhrase(int t, String... words) {
    for (int i = 0; i < words.length; i++) {
      boolean match = true;
      for (int j = 0; j < words.length && match; j++) {
        match = view.lower(t - i + j).equals(words[j]);
      }
      if (match) {
        return true;
      }
    }
    return false;
  }

  /** Adverbs set off by commas between a subject and its verb. */
  private static final java.util.Set<String> ASIDES =
      java.util.Set.of(
          "however",
          "though",
          "too",
          "meanwhile",
          "instead",
          "also",
          "meantime",
          "nonetheless",
          "nevertheless",
          "moreover",
          "likewise",
          "similarly",
          "then",
          "now",
          "still");

  private static final java.util.Set<String> ARTICLES = java.util.Set.of("the", "a", "an");

  private static final java.util.Set<String> OWNERS =
      java.util.Set.of("his", "her", "their", "its", "our", "my", "your");

  /** Whether a word is a year of the last two centuries: "in 2009". */
  private static boolean year(String w) {
    return w.length() == 4
        && (w.startsWith("19") || w.startsWith("20") || w.startsWith("18"))
        && Character.isDigit(w.charAt(2))
        && Character.isDigit(w.charAt(3));
  }

  private static final java.util.Set<String> FLOATING = java.util.Set.of("all", "both", "each");

  private static final java.util.Set<String> PROGRESSIVE =
      java.util.Set.of("are", "were", "am", "'s", "’s", "'re", "’re", "be", "been");

  /** Verbs of aspect and seeming that pass the subject on: "appeared to suggest". */
  private static final java.util.Set<String> ASPECT =
      java.util.Set.of(
          "appeared",
          "appears",
          "seemed",
          "seems",
          "continued",
          "continues",
          "began",
          "begins",
          "started",
          "starts",
          "tried",
          "tries",
          "needs",
          "needed",
          "went",
          "goes",
          "kept",
          "keeps",
          "avoided",
          "avoids",
          "stopped",
          "stops",
          "sought",
          "seeks",
          "continue",
          "begin",
          "start",
          "try",
          "need",
          "keep");

  /**
   * Whoever is named right after a cue that follows a closing mark, up to a comma or the sentence's
   * end, whatever words name them: "said 9/11 widow Terry Strada".
   */
  private Speaker taggedSource(int first) {
    Speaker s = first < view.tokens.size() ? speakers.source(first) : null;
    for (int k = first + 1; s != null && k <= s.last(); k++) {
      if (view.lower(k).equals("who") || view.lower(k).equals("whose")) {
        Speaker named = speakers.startingAt(first); // "…,” said a data expert who has worked …"
        s =
            named != null && named.last() == k - 1
                ? named
                : new Speaker(null, view.span(first, k), first, k - 1);
        break;
      }
    }
    if (s == null || s.last() - s.first() > 9) {
      return null;
    }
    String w = view.lower(s.first());
    if (s.last() > s.first()
        && (Words.PERSON_PRONOUNS.contains(w) || Words.OTHER_PRONOUNS.contains(w))) {
      return null; // "“…,” said he doesn’t believe ...": the pronoun opens the reported clause
    }
    int next = s.last() + 1;
    boolean ends =
        next >= view.sentence(view.sentenceOf(s.last())).endToken()
            || view.word(next).equals(",")
            || view.word(next).equals(".")
            || view.lower(next).equals("who")
            || view.lower(next).equals("whose");
    return ends ? s : null;
  }

  /** The last word of a share set off by commas before its verb: "33%", "two-thirds", "half". */
  private static final java.util.function.Predicate<String> APPOSED_SHARE =
      w ->
          w.equals("%")
              || w.equals("percent")
              || w.endsWith("thirds")
              || w.endsWith("half")
              || w.endsWith("quarters");

  /** Verbs that take an "it" that names no one. */
  private static final java.util.Set<String> SEEMING =
      java.util.Set.of(
          "appeared", "appears", "seemed", "seems", "felt", "feels", "remains", "stays");

  /**
   * A subject no rule names: the words between the clause's start (the sentence's start or a comma)
   * and the verb, when they read as a noun phrase: they open with a determiner, a number or a
   * capital, and hold no auxiliary, pronoun subject or conjunction of clauses ("A news report
   * published Wednesday said", "people who have battled online threats say"). Null otherwise.
   */
  private Speaker nounPhraseSubject(int last, int from) {
    int first = last;
    while (first - 1 >= from
        && last - first < 11
        && !CLAUSE_BREAKS.contains(view.word(first - 1))
        && !QUOTES.contains(view.word(first - 1))) {
      first--;
    }
    boolean closed = // '“…,” the ad's narrator says'
        first - 2 >= from
            && QUOTES.contains(view.word(first - 1))
            && CLAUSE_BREAKS.contains(view.word(first - 2));
    if (first - 1 >= from && !CLAUSE_BREAKS.contains(view.word(first - 1)) && !closed) {
      return null; // longer than a subject, or cut by a quotation mark
    }
    while (first < last
        && (Words.SUBORDINATORS.contains(view.lower(first)) || view.lower(first).equals("even"))) {
      first++; // "..., even though a number of attendees said"
    }
    String head = view.word(first);
    boolean plurals = // "residents and aid workers said": bare plurals of people, coordinated
        plural(view.lower(first))
            && plural(view.lower(last))
            && animate(new Speaker(null, view.span(last, last + 1), last, last))
            && java.util.stream.IntStream.range(first, last)
                .anyMatch(k -> view.lower(k).equals("and"));
    boolean opens =
        Words.DETERMINERS.contains(view.lower(first))
            || QUANTIFIERS.contains(view.lower(first))
            || Words.APPROXIMATELY.contains(view.lower(first))
                && first < last // "about two-thirds say"
            || plurals
            || !head.isEmpty()
                && (Character.isUpperCase(head.charAt(0)) || Character.isDigit(head.charAt(0)));
    if (Words.COORDINATORS.contains(view.lower(first)) && first < last) {
      first++; // "..., but security specialists say"
      head = view.word(first);
      opens =
          Words.DETERMINERS.contains(view.lower(first))
              || QUANTIFIERS.contains(view.lower(first))
              || Character.isUpperCase(head.charAt(0))
              || Character.isDigit(head.charAt(0))
              || Character.isLowerCase(head.charAt(0)) && last > first;
    }
    boolean share = view.word(last).equals("%") && first < last; // "42% say"
    if (!opens
        || last == first
        || !Character.isLetterOrDigit(view.word(last).charAt(0)) && !share
        || Words.DETERMINERS.contains(view.lower(last))) {
      return null;
    }
    boolean relative = false;
    for (int k = first; k <= last; k++) {
      String w = view.lower(k);
      relative |= Words.RELATIVES.contains(w) || w.equals("whose");
      boolean clause =
          !relative
                  && (BE.contains(w) && !Words.POSSESSIVES.contains(w)
                      || Words.AUXILIARIES.contains(w))
              || k > first && (Words.PERSON_PRONOUNS.contains(w) || w.equals("they"))
              || NOT_IN_SUBJECT.contains(w)
              || Words.isSpeech(view.word(k)) && !dated(k); // "A poll released Sunday showed"
      if (clause) {
        return null;
      }
    }
    return new Speaker(null, view.span(first, last + 1), first, last);
  }

  private static boolean plural(String w) {
    return w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us");
  }

  /**
   * A finite form that is a verb of reporting whatever stands before it ("said", "argued"), not a
   * word that is as often a noun ("claim", "show", "comments").
   */
  static boolean reportingForm(String verb) {
    return REPORTING.contains(verb) || READS.contains(verb);
  }

  private static final java.util.Set<String> REPORTING =
      java.util.Set.of(
          "said",
          "says",
          "say",
          "told",
          "tells",
          "wrote",
          "writes",
          "added",
          "adds",
          "argued",
          "noted",
          "explained",
          "insisted",
          "stated",
          "predicted",
          "warned",
          "contended",
          "conceded",
          "acknowledged",
          "showed",
          "shows",
          "show",
          "found",
          "finds");

  /**
   * A participle dated by the next word, inside a subject: "released Sunday", "published Friday".
   */
  private boolean dated(int k) {
    return view.lower(k).endsWith("ed")
        && (Words.DAYS.contains(view.lower(k + 1)) || TIME.contains(view.lower(k + 1)));
  }

  private static final java.util.Set<String> CLAUSE_BREAKS =
      java.util.Set.of(",", ";", ":", "—", "--");

  private static final java.util.Set<String> NOT_IN_SUBJECT =
      java.util.Set.of("but", "if", "when", "because", "while", "as", "so", "than", "whether");

  /**
   * Whether an inverted speaker ends before token {@code t}: "said Fidan.", "said the minister, who
   * ...", "said Fidan in a statement", "said Fidan when asked about it", but not "said he cannot
   * comment" or "said the law requires".
   */
  private boolean endsPhrase(int t) {
    if (t >= view.sentence(view.sentenceOf(t - 1)).endToken()) {
      return true;
    }
    String w = view.lower(t);
    return w.isEmpty()
        || !Character.isLetterOrDigit(w.charAt(0))
        || Words.PREPOSITIONS.contains(w)
        || Words.RELATIVES.contains(w)
        || TIME.contains(w)
        || CIRCUMSTANCES.contains(w)
        || w.equals("and");
  }

  /** Words that open the circumstances of an inverted speaker's words: "said Fidan when asked". */
  private static final java.util.Set<String> CIRCUMSTANCES =
      java.util.Set.of("when", "while", "as", "after", "before");

  /**
   * The subject of a participle's sentence ("Trump left the stage, telling reporters ..."): the
   * first name or personal pronoun before it that no preposition governs.
   */
  private Speaker sentenceSubject(int from, int verb) {
    for (int k = verb - 1; k > from; k--) {
      String w = view.lower(k);
      if (Words.SPEECH.contains(w) && !w.endsWith("ing")) {
        Cue earlier = at(k); // "“...,” Lewandowski said, adding: ..." adds to the same speaker
        if (earlier != null && (earlier.speaker().ref() != null || tagsWords(earlier))) {
          return earlier.speaker(); // "…, a Chinese official said, adding that …" too
        }
        break;
      }
    }
    int start = clauseStart(from, verb);
    Speaker main = subjectAt(start, verb);
    if (main != null) {
      return main;
    }
    boolean afterVerb = false;
    for (int t = start; t < verb; t++) { // not in a dateline: "WASHINGTON (UPI) — ..."
      String w = view.word(t);
      // "Soldiers in Marsia detained President Tovo and announced": Tovo is the object
      afterVerb |= t > start + 1 && w.endsWith("ed") && Character.isLowerCase(w.charAt(0));
      if (Words.PREPOSITIONS.contains(view.lower(t - 1)) && t > start) {
        continue;
      }
      Speaker s = Words.PERSON_PRONOUNS.contains(view.lower(t)) ? speakers.endingAt(t) : null;
      io.vigil.model.ResolvedMention m = view.mentionStartingAt(t);
      io.vigil.model.EntityType type = m == null ? null : view.type(m);
      boolean opensClause = // "Neighbouring Dravia closed its border and said": the state
          t == start
              || t == start + 1
                  && Character.isUpperCase(view.word(start).charAt(0))
                  && view.mentionStartingAt(start) == null;
      boolean speaks =
          type == io.vigil.model.EntityType.PERSON
              || type == io.vigil.model.EntityType.ORGANIZATION
              || type == io.vigil.model.EntityType.LOCATION
                  && opensClause
                  && !Words.POSSESSIVES.contains(
                      view.lower(view.tokenAt(m.mention().span().end())));
      if (s == null && m != null && speaks && !afterVerb) {
        s = speakers.endingAt(view.tokenAt(m.mention().span().end() - 1));
      }
      if (s != null && s.ref() != null) {
        return s;
      }
      if (m == null && Speakers.GROUPS.contains(view.lower(t)) && view.inName(t) == false) {
        Speaker group = speakers.endingAt(t); // "European leaders offered ..., saying"
        if (group != null && !view.lower(t + 1).equals("of")) {
          return group;
        }
      }
    }
    return openingNounPhrase(start, verb);
  }

  /**
   * Whether a cue's unresolved speaker is plainly the one who goes on speaking: it follows the
   * words it tags ("…, a Chinese official said, adding"). One that opens the sentence is not
   * ("Democrats said …, adding": as often a group around the speaker named later).
   */
  private boolean tagsWords(Cue c) {
    int first = Math.min(c.verb(), c.speaker().first());
    String before = view.word(first - 1);
    return before.equals(",") || QuoteMarks.CLOSING_MARKS.contains(before);
  }

  /**
   * A plain noun phrase that opens the clause, up to its finite verb: "The departments declined to
   * comment, saying", "Republicans on Capitol Hill seized on the message, arguing".
   */
  private Speaker openingNounPhrase(int start, int verb) {
    for (int k = start + 1; k < Math.min(verb, start + 12); k++) {
      String w = view.word(k);
      if (w.equals(",") || QUOTES.contains(w)) {
        return null;
      }
      if (Words.FINITE.contains(view.lower(k)) || w.endsWith("ed") && isLower(w)) {
        Speaker s = nounPhraseSubject(k - 1, start);
        return s != null && animate(s) ? s : null;
      }
    }
    return null;
  }

  /**
   * Whether a noun phrase names people or a body that speaks: its head (the last word before a
   * preposition) is a group, a role or an organisation's noun, or a capitalised word ("The
   * Russians"); "The concern within the administration" names no one.
   */
  private boolean animate(Speaker s) {
    int head = s.first();
    while (head < s.last() && !Words.PREPOSITIONS.contains(view.lower(head + 1))) {
      head++;
    }
    String w = view.lower(head);
    String one = singular(w);
    return head > s.first() && Character.isUpperCase(view.word(head).charAt(0))
        || AGENTS.stream().anyMatch(w::endsWith) // "executives", "biographers", "economists"
        || Speakers.GROUPS.contains(w)
        || Words.PERSON_ROLES.contains(one)
        || Words.ORG_ROLES.contains(one);
  }

  /** A plural noun's singular, near enough for the role lists: "companies", "unions". */
  private static String singular(String w) {
    if (w.endsWith("ies")) {
      return w.substring(0, w.length() - 3) + "y";
    }
    return w.endsWith("s") ? w.substring(0, w.length() - 1) : w;
  }

  /** Endings of plural nouns for people by what they do. */
  private static final java.util.List<String> AGENTS =
      java.util.List.of("ers", "ors", "ists", "ians", "ents", "ants", "ives");

  private static boolean isLower(String w) {
    return !w.isEmpty() && Character.isLowerCase(w.charAt(0));
  }

  /**
   * Where the main clause of a sentence starts: after a dateline ("WASHINGTON (AP) —") and after an
   * introductory phrase that ends with a comma ("In a statement on Monday, ...").
   */
  private int clauseStart(int from, int verb) {
    int start = from;
    for (int t = from; t < Math.min(verb, from + 10); t++) {
      boolean dash = DASHES.contains(view.word(t)) || view.word(t).equals("-");
      if (dash && t > from && (isUpperWord(from) || view.word(t - 1).equals(")"))) {
        start = t + 1;
        break;
      }
    }
    String first = view.lower(start);
    boolean intro =
        Words.PREPOSITIONS.contains(first)
            || INTRODUCERS.contains(first)
            || first.endsWith("ing") && Character.isUpperCase(view.word(start).charAt(0));
    if (intro) { // not the participle's own comma: "And then Trump went on the attack, saying"
      for (int t = start; t < verb - 1; t++) {
        if (view.word(t).equals(",")) {
          return t + 1;
        }
      }
    }
    return start;
  }

  private boolean isUpperWord(int t) {
    String w = view.word(t);
    return w.length() > 1 && w.equals(w.toUpperCase(java.util.Locale.ROOT));
  }

  private static final java.util.Set<String> INTRODUCERS =
      java.util.Set.of(
          "after",
          "before",
          "when",
          "while",
          "as",
          "although",
          "though",
          "since",
          "despite",
          "during",
          "earlier",
          "later",
          "meanwhile",
          "still",
          "yet",
          "but",
          "and",
          "however",
          "instead",
          "now",
          "then",
          "also",
          "last",
          "this",
          "on",
          "in",
          "at");

  /** The subject that opens a main clause at {@code start}: a name, a pronoun, a noun phrase. */
  private Speaker subjectAt(int start, int verb) {
    if (start >= verb) {
      return null;
    }
    String w = view.lower(start);
    if (Words.PERSON_PRONOUNS.contains(w) || w.equals("they") || w.equals("we")) {
      return speakers.endingAt(start);
    }
    io.vigil.model.ResolvedMention m = view.mentionStartingAt(start);
    if (m != null) {
      io.vigil.model.EntityType type = view.type(m);
      int last = view.tokenAt(m.mention().span().end() - 1);
      boolean speaks =
          type == io.vigil.model.EntityType.PERSON
              || type == io.vigil.model.EntityType.ORGANIZATION;
      boolean possessed = Words.POSSESSIVES.contains(view.lower(last + 1));
      return speaks && !possessed && last < verb ? speakers.endingAt(last) : null;
    }
    return null;
  }

  /**
   * The subject before a relative clause without commas: "a White House official who spoke
   * anonymously to discuss strategy said". Looks back at most 15 words, not past a comma.
   */
  private Speaker relativeSubject(int left, int from) {
    for (int k = left; k > Math.max(from, left - 15); k--) {
      String w = view.word(k);
      if (w.equals(",") || QUOTES.contains(w)) {
        return null;
      }
      if (view.lower(k).equals("who")) {
        Speaker head = speakers.endingAt(k - 1);
        return head != null && head.first() != k - 1 || head != null && head.ref() != null
            ? head
            : null;
      }
    }
    return null;
  }

  /** Whether only a sentence adverb stands before {@code t} in its clause: "Even China, ...". */
  private boolean clauseInitial(int t, int from) {
    return t == from || t == from + 1 && OPENING_ADVERBS.contains(view.lower(from));
  }

  private static final java.util.Set<String> OPENING_ADVERBS =
      java.util.Set.of("even", "but", "and", "so", "now", "meanwhile", "still", "yet");

  /** Whether a speaker is a place's name and nothing more ("Lisbon", not "Zeldin of New York"). */
  private boolean onlyPlace(Speaker s) {
    io.vigil.model.ResolvedMention m = view.mentionEndingAt(s.last());
    return place(s.last()) && view.tokenAt(m.mention().span().start()) <= s.first();
  }

  /** Whether a place's name ends at token {@code t}: "In Lisbon, ..." introduces no speaker. */
  private boolean place(int t) {
    io.vigil.model.ResolvedMention m = view.mentionEndingAt(t);
    return m != null && view.type(m) == io.vigil.model.EntityType.LOCATION;
  }

  /**
   * A signature after a quotation: a dash and the speaker's name (“…” ― Ruth Adler), the name
   * ending its sentence or followed by a comma and a description. A hyphen signs only at the start
   * of a line ("- Sanders.").
   */
  Cue signature(int dash) {
    if (dash >= view.tokens.size()
        || !DASHES.contains(view.word(dash)) && !(view.word(dash).equals("-") && opensLine(dash))) {
      return null;
    }
    int first = dash + 1;
    while (first < dash + 3 && Words.PERSON_ROLES.contains(view.lower(first)) && capital(first)) {
      first++; // "-President Obama, tweeting after the speech"
    }
    Speaker s = speakers.startingAt(first);
    if (s == null) {
      s = signedName(first); // a reader's name the tagger did not know: "― Jacklyn Ashley"
    }
    if (s != null && s.first() == first && first > dash + 1) {
      s =
          new Speaker(
              s.ref(),
              new Span(view.tokens.get(dash + 1).start(), s.span().end()),
              dash + 1,
              s.last());
    }
    if (s == null || s.first() != dash + 1 || s.ref() == null && !capitalised(s)) {
      return null;
    }
    int next = s.last() + 1;
    int end = view.sentence(view.sentenceOf(s.last())).endToken();
    boolean ends =
        next >= end
            || view.word(next).equals(",")
            || view.word(next).equals(".") && next + 1 == end
            || view.text.substring(s.span().end(), view.tokens.get(next).start()).contains("\n");
    return ends ? new Cue(dash, view.span(dash, dash + 1), s) : null;
  }

  /** Whether token {@code t} is the first of its line: "- Sanders." under a quotation. */
  private boolean opensLine(int t) {
    int from = t == 0 ? 0 : view.tokens.get(t - 1).end();
    return t == 0 || view.text.substring(from, view.tokens.get(t).start()).contains("\n");
  }

  /** Two to four capitalised words from {@code first} that end their line: a signature. */
  private Speaker signedName(int first) {
    int last = first;
    while (last + 1 < view.tokens.size()
        && last - first < 4
        && capital(last + 1)
        && !view.text
            .substring(view.tokens.get(last).end(), view.tokens.get(last + 1).start())
            .contains("\n")) {
      last++;
    }
    return capital(first) && last > first
        ? new Speaker(null, view.span(first, last + 1), first, last)
        : null;
  }

  private boolean capital(int t) {
    String w = view.word(t);
    return !w.isEmpty() && Character.isUpperCase(w.charAt(0));
  }

  private boolean capitalised(Speaker s) {
    for (int t = s.first(); t <= s.last(); t++) {
      if (!capital(t)) {
        return false;
      }
    }
    return true;
  }

  private static final java.util.Set<String> DASHES = java.util.Set.of("―", "—", "–", "--");

  /**
   * A colon introducing a quotation after a bare name that opens its sentence ("Clinton: ...") or
   * follows a dash ("POLLS WERE EARLY - Blumenthal and Cohen: “…”").
   */
  Cue colon(int colon) {
    if (!view.word(colon).equals(":")) {
      return null;
    }
    int from = view.sentence(view.sentenceOf(colon)).firstToken();
    Speaker s = speakers.endingAt(colon - 1);
    if (s != null && view.lower(s.first() - 1).equals("and")) {
      Speaker other = speakers.endingAt(s.first() - 2); // "Frank Newport and Jim Harter: “…”"
      if (other != null && other.ref() != null) {
        s =
            new Speaker(
                other.ref(),
                new Span(other.span().start(), s.span().end()),
                other.first(),
                s.last());
      }
    }
    boolean opens =
        s != null
            && (s.first() == from
                || s.first() > from
                    && (DASHES.contains(view.word(s.first() - 1))
                        || view.word(s.first() - 1).equals("-"))
                    && QUOTING.contains(view.word(colon + 1))); // "HEADLINE - Name: “…”"
    boolean source = // "A lesson from Loretta Lynch: ‘…’", "More from the report: “…”"
        s != null
            && s.first() > from
            && view.lower(s.first() - 1).equals("from")
            && QUOTING.contains(view.word(colon + 1));
    if (source) {
      return new Cue(colon, view.span(colon, colon + 1), s);
    }
    if (!opens || s.ref() == null) {
      s = colon - from <= 15 ? sentenceSubject(from, colon) : null;
    }
    return s != null && s.ref() != null ? new Cue(colon, view.span(colon, colon + 1), s) : null;
  }

  /**
   * The subject whose last word is {@code left}, looking through a parenthesis ("Schumer (D-N.Y.)
   * said") and an apposition ("Robert Peck, an analyst at SunTrust, said").
   */
  private Speaker subjectEndingAt(int left, int from) {
    if (view.word(left).equals(")")) {
      int open = left;
      while (open > from && !view.word(open).equals("(")) {
        open--;
      }
      return open > from ? speakers.endingAt(open - 1) : null;
    }
    if (DASHES.contains(view.word(left))) {
      for (int open = left - 1; open > Math.max(from, left - APPOSITION); open--) {
        if (DASHES.contains(view.word(open))) {
          return speakers.endingAt(open - 1); // "Many speakers — including imams — said"
        }
      }
      return null;
    }
    if (!view.word(left).equals(",")) {
      Speaker direct = speakers.endingAt(left);
      return direct != null ? direct : relativeSubject(left, from);
    }
    if (view.word(left - 1).equals(")")) {
      Speaker titled = subjectEndingAt(left - 1, from); // "Gov. John Kasich (R-OH), said"
      if (titled != null && titled.ref() != null) {
        return titled;
      }
    }
    Speaker apposed = speakers.endingAt(left - 1);
    if (apposed != null
        && apposed.ref() != null
        && !onlyPlace(apposed) // "Clinton, at a town hall in Columbus, Ohio, said"
        && apposed.first() > from
        && view.word(apposed.first() - 1).equals(",")) {
      return apposed; // "A lawyer for the outlets, David Schulz, said"
    }
    if (ASIDES.contains(view.lower(left - 1)) && view.word(left - 2).equals(",")) {
      Speaker before = speakers.endingAt(left - 3); // "officials, however, said"
      if (before != null && !place(left - 3)) {
        return before;
      }
    }
    for (int k = left - 1; k > Math.max(from, left - APPOSITION); k--) {
      String next = view.lower(k + 1);
      boolean clause =
          next.equals("who")
              || next.equals("which")
              || next.endsWith("ing")
              || Words.SUBORDINATORS.contains(next); // "Cruz, when asked what is wrong, responded"
      if (view.word(k).equals(",") && clause) {
        Speaker head = speakers.endingAt(k - 1); // "Cruz, who says Trump is ..., said"
        if (head != null && !place(k - 1)) {
          return head;
        }
      }
    }
    for (int k = left - 1; k > Math.max(from, left - APPOSITION); k--) {
      String w = view.word(k);
      Speaker named = w.equals(",") ? speakers.endingAt(k - 1) : null;
      if (w.equals(",") && view.word(k - 1).equals(")")) {
        named = subjectEndingAt(k - 1, from); // "Rep. Cummings (D-Md.), chair of ..., said"
      }
      boolean opening = named != null && clauseInitial(named.first(), from);
      if (named != null && named.ref() != null && (!onlyPlace(named) || opening)) {
        return named; // also "Rep. Lee Zeldin of New York, a Trump supporter, said", "Even China,
        // ..."
      }
      if (named != null && Words.RELATIVES.contains(view.lower(k + 1)) && !place(k - 1)) {
        return named; // "The official, who spoke on condition of anonymity, said"
      }
      if (QUOTES.contains(w) || Words.SPEECH.contains(view.lower(k)) && !ambiguous(k)) {
        return null; // a clause of its own; not "a founder of the think tank Third Way, said"
      }
    }
    return null;
  }
}
