package io.vigil.nlp.extract;

import io.vigil.model.Quote;
import io.vigil.model.Sentence;
import io.vigil.model.Span;
import io.vigil.nlp.extract.Cues.Cue;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds reported speech: "Fidan assured that Turkey remains steadfast", "Blinken urged Turkey to
 * act", "The plan is dead, Fidan said", "according to Fidan, the plan is dead". The content is the
 * clause after the cue, or the clause before it when the cue ends the sentence.
 */
final class ReportedSpeech {

  private static final int MIN_TOKENS = 3;

  /**
   * Hearers, and the words that open a hearer's name ("told the Post", "told CNN", "told state
   * television", "told local media").
   */
  private static final Set<String> HEARERS =
      Words.with(
          Words.HEARERS,
          "the",
          "a",
          "an",
          "cnn",
          "fox",
          "abc",
          "nbc",
          "cbs",
          "state",
          "local",
          "national",
          "television",
          "tv",
          "radio",
          "media",
          "broadcaster",
          "newspaper",
          "news",
          "agency",
          "channel",
          "officials",
          "diplomats",
          "parliament",
          "legislators",
          "briefing", // "told a briefing in Geneva", "told a news conference", "told a rally"
          "conference",
          "press",
          "meeting",
          "rally",
          "session",
          "hearing",
          "forum",
          "summit",
          "gathering",
          "delegates");

  private static final Set<String> TRAILING = Set.of(".", ",", ";", ":", "?", "!", "”", "\"", "’");

  /** Words opening an adverbial after the verb ("said on Tuesday"), not its content. */
  private static final Set<String> ADVERBIAL =
      Words.with(
          Words.DAYS,
          "on",
          "in",
          "at",
          "during",
          "last",
          "earlier",
          "this",
          "after",
          "before",
          "while",
          "when",
          "of",
          "about",
          "to",
          "as",
          "from",
          "recently",
          "later",
          "repeatedly",
          "again",
          "adding",
          "noting",
          "saying",
          "through",
          "via",
          "with");

  /** Prepositions that open what a verb other than "say" is about: "complained about the mic". */
  private static final Set<String> OBJECT_PREPOSITIONS =
      Set.of("about", "with", "to", "of", "for", "against");

  /** Words that open a time ("this week", "last year") or, before anything else, a clause. */
  private static final Set<String> DEMONSTRATIVE = Set.of("this", "last");

  private static final Set<String> TIME_NOUNS =
      Set.of(
          "week",
          "month",
          "year",
          "morning",
          "afternoon",
          "evening",
          "night",
          "weekend",
          "spring",
          "summer",
          "fall",
          "autumn",
          "winter",
          "time",
          "season",
          "term",
          "decade",
          "century");

  private boolean timeNoun(int t) {
    return TIME_NOUNS.contains(view.lower(t)) || Words.DAYS.contains(view.lower(t));
  }

  private static final Set<String> FRACTIONS =
      Set.of("half", "third", "quarter", "dozen", "two-thirds", "one-third", "a");

  /** A number or a fraction: "about 80", "nearly half", "some two-thirds", "about a third". */
  private boolean amount(int t) {
    String w = view.lower(t);
    return !w.isEmpty() && Character.isDigit(w.charAt(0)) || FRACTIONS.contains(w);
  }

  private static final Set<String> TIME_WORDS =
      Words.with(Words.DAYS, "recently", "earlier", "later", "again", "repeatedly");

  private static final Set<String> NEEDS_CONTENT = Set.of("that", ":");

  private final ArticleView view;
  private final Cues cues;
  private final Speakers speakers;
  private final boolean[] quoted;
  private final Set<Integer> usedCues;

  ReportedSpeech(
      ArticleView view, Cues cues, Speakers speakers, boolean[] quoted, Set<Integer> usedCues) {
    this.view = view;
    this.speakers = speakers;
    this.cues = cues;
    this.quoted = quoted;
    this.usedCues = usedCues;
  }

  /**
   * The reported speech of the article.
   *
   * @param found the quotes found before, whose words hold no stance of their own ("Clinton says
   *     she hopes to win, but she knows that “LeBron will always be the king.”")
   */
  List<Quote> find(List<Quote> found) {
    List<Quote> out = new ArrayList<>();
    for (Sentence s : view.analysis.sentences()) {
      Quote poll = poll(s);
      if (poll != null) {
        out.add(poll);
      }
      List<Span> speech = new ArrayList<>();
      for (Quote q : found) {
        if (q.span().overlaps(s.span())) {
          speech.add(q.span());
        }
      }
      for (int v = s.firstToken(); v < s.endToken(); v++) {
        if (quoted[v] || usedCues.contains(v)) {
          continue;
        }
        Quote question = askedBy(v, s);
        if (question != null) {
          out.add(question);
          speech.add(question.span());
          continue;
        }
        Cue c = passive(v, s);
        Span content = c == null ? null : passiveContent(c, v, s);
        if (content == null) {
          c = cues.at(v);
          content = c == null ? null : content(c, s);
          if (c != null
              && content == null
              && !c.inverted()
              && Attitudes.lemma(view.word(v)) != null) {
            content = stance(c, s); // "Clinton is describing as “unhinged” a tweet ..."
          }
        }
        if (content != null) {
          content = beforeOwnNextAct(c, content);
          speech.add(content);
        }
        if (c == null && content == null && VIEWS.contains(view.lower(v))) {
          Speaker owner = speakers.possessor(v); // "in Bolton's view, ..."
          int in = owner == null ? -1 : owner.first() - 1;
          content = in >= s.firstToken() && view.lower(in).equals("in") ? inView(in, v, s) : null;
          c = content == null ? null : new Cue(v, view.span(in, v + 1), owner);
        }
        if (c == null && content == null) {
          boolean titled = // "Blinken’s Call to Action", a heading, not a call to act
              view.lower(v + 1).equals("to") && !view.word(v + 2).equals(view.lower(v + 2));
          Speaker owner =
              Attitudes.noun(view.lower(v), view.lower(v + 1)) && !titled
                  ? speakers.possessor(v)
                  : null;
          content = owner == null ? null : nounContent(v, s);
          c = content == null ? null : new Cue(v, view.span(v, v + 1), owner);
        }
        if (c == null) {
          // A stance inside reported speech is the speaker's words, not a second attribution:
          // "Clarke said [he expected to sell the coal]".
          c = within(speech, view.tokens.get(v).start()) ? null : cues.attitude(v);
          content = c == null ? null : stance(c, s);
          content = content == null ? null : beforeOwnNextAct(c, content);
          content = content == null ? null : beforeOuterVerb(c, content);
        }
        Quote relayed = content == null ? null : relayed(c, content, found);
        if (relayed != null) {
          out.add(relayed);
        } else if (content != null
            && !(quoted[view.tokenAt(content.start())] && mostlyQuoted(content))) {
          out.add(
              new Quote(
                  content.of(view.text),
                  content,
                  c.speaker().ref(),
                  c.speaker().span(),
                  c.span(),
                  false));
        }
      }
    }
    return out;
  }

  /**
   * The question of an asker named in an opening "when asked by": "When asked by a reporter whether
   * the plan had failed, Adler said …" is the reporter's question "whether the plan had failed".
   */
  private Quote askedBy(int v, Sentence s) {
    boolean opening =
        v == s.firstToken() || v - 1 == s.firstToken() && ASKED_OPENERS.contains(view.lower(v - 1));
    if (!opening || !view.lower(v).equals("asked") || !view.lower(v + 1).equals("by")) {
      return null;
    }
    Speaker asker = speakers.startingAt(v + 2);
    if (asker == null) {
      asker = speakers.source(v + 2); // "asked by a reporter whether"
    }
    if (asker == null) {
      return null;
    }
    for (int k = asker.first() + 1; k <= asker.last(); k++) {
      if (QUESTIONS.contains(view.lower(k))) { // "a reporter whether this …": the asker ends
        asker = new Speaker(asker.ref(), view.span(asker.first(), k), asker.first(), k - 1);
        break;
      }
    }
    int t = asker.last() + 1;
    while (t < s.endToken()
        && t <= asker.last() + 3
        && (view.lower(t).equals("on") || TIME_WORDS.contains(view.lower(t)))) {
      t++; // "asked by Ingraham on Thursday about …"
    }
    if (!QUESTIONS.contains(view.lower(t))) {
      return null;
    }
    int end = t;
    while (end < s.endToken() && !view.word(end).equals(",") && !quoted[end]) {
      end++;
    }
    Span content = clause(t, end);
    return content == null
        ? null
        : new Quote(
            content.of(view.text), content, asker.ref(), asker.span(), view.span(v, v + 2), false);
  }

  private static final Set<String> ASKED_OPENERS = Set.of("when", "after", "once", "if", "as");

  /** Words that open what is asked: "asked by a reporter whether …", "… about the plan". */
  private static final Set<String> QUESTIONS =
      Set.of("whether", "if", "about", "what", "why", "how", "who", "when", "where");

  /**
   * A passive attribution: "The registration issue was first reported by The Washington Post",
   * "Trump is supported by far fewer papers". The speaker follows "by"; what is attributed is the
   * subject before the form of "be".
   */
  private Cue passive(int v, Sentence s) {
    String w = view.word(v);
    if (!(w.endsWith("ed") || w.endsWith("en") || w.equals("said") || w.equals("told"))
        || !(Words.isSpeech(w) || Attitudes.is(w))
        || be(v) <= s.firstToken()) {
      return null;
    }
    int by = v + 1;
    if (!view.lower(by).equals("by")) {
      return null;
    }
    Speaker source = speakers.source(by + 1);
    return source == null ? null : new Cue(v, view.span(v, v + 1), source);
  }

  /**
   * What a passive attributes: the subject before "be" ("The issue was first reported by the
   * Post"), or for a question the words after its asker ("Rubio was asked by Baker whether ...").
   */
  private Span passiveContent(Cue c, int v, Sentence s) {
    int after = c.speaker().last() + 1;
    if (Words.ASKED.contains(view.lower(v)) && after < s.endToken()) {
      if (view.word(after).equals(",")) {
        after++;
      }
      return QUESTION_WORDS.contains(view.lower(after)) ? clause(after, s.endToken()) : null;
    }
    int from = s.firstToken();
    for (int k = be(v) - 1; k > s.firstToken(); k--) {
      if (view.lower(k).equals("that") && Words.isSpeech(view.word(k - 1))) {
        from = k + 1; // "polls indicated that Trump was supported by early deciders": Trump
        break;
      }
    }
    return clause(from, be(v));
  }

  private static final Set<String> QUESTION_WORDS =
      Set.of("whether", "if", "about", "why", "how", "what", "when", "to");

  /** The form of "be" before a participle, over adverbs: "was first reported"; or -1. */
  private int be(int participle) {
    int t = participle - 1;
    while (t > 0
        && (view.lower(t).endsWith("ly") || Words.BETWEEN.contains(view.lower(t)))
        && !PASSIVE_BE.contains(view.lower(t))) {
      t--;
    }
    return PASSIVE_BE.contains(view.lower(t)) ? t : -1;
  }

  private static final Set<String> PASSIVE_BE =
      Set.of("is", "are", "was", "were", "been", "be", "being");

  /**
   * A finding reported "in" a poll, survey or study: "In a CBS News poll, she led by 24 points" and
   * "Trump has a decisive lead in the latest polls". The poll is the source, the clause its
   * content.
   */
  private Quote poll(Sentence s) {
    int first = s.firstToken();
    if (view.lower(first).equals("but") || view.lower(first).equals("and")) {
      first++;
    }
    if (view.lower(first).equals("in") && !quoted[first]) {
      for (int t = first + 1; t < Math.min(s.endToken(), first + 16); t++) {
        if (view.word(t).equals(",")) {
          Span content = pollNoun(first + 1, t) ? clause(t + 1, s.endToken()) : null;
          return content == null ? null : pollQuote(first, first + 1, t, content);
        }
      }
      return null;
    }
    int end = s.endToken();
    while (end > first && TRAILING.contains(view.word(end - 1))) {
      end--;
    }
    for (int in = Math.max(first + 3, end - 10); in < end; in++) {
      if (view.lower(in).equals("in")
          && !quoted[in]
          && pollNoun(in + 1, end)
          && !generalPolls(in + 1, end)) {
        Span content = clause(first, in);
        return content == null ? null : pollQuote(in, in + 1, end, content);
      }
    }
    return null;
  }

  private Quote pollQuote(int cue, int from, int to, Span content) {
    Span source = view.span(from, to);
    io.vigil.model.EntityRef ref = null;
    for (int t = from; t < to && ref == null; t++) {
      io.vigil.model.ResolvedMention m = view.mentionStartingAt(t);
      io.vigil.model.Entity e = m == null ? null : view.entity(m);
      ref = e != null && e.type() == io.vigil.model.EntityType.ORGANIZATION ? e.ref() : null;
    }
    return new Quote(content.of(view.text), content, ref, source, view.span(cue, cue + 1), false);
  }

  /**
   * Whether tokens [from, to) name a poll, survey or study ("the latest CNN/ORC poll released").
   */
  private boolean pollNoun(int from, int to) {
    for (int t = from; t < to; t++) {
      String w = view.lower(t);
      if (POLLS.contains(w)) {
        return true;
      }
      boolean averaged =
          w.equals("of") && view.lower(t - 1).equals("average"); // "average of polls"
      if (Words.PREPOSITIONS.contains(w) && !averaged
          || Words.RELATIVES.contains(w)
          || Words.SUBORDINATORS.contains(w)
          || w.equals("where")) {
        return false; // "In the hours before the … polls", "in light of his performance in polls"
      }
    }
    return false;
  }

  /**
   * Whether a trailing "in ..." names polls in general, not one that found something: "has a lead
   * in the polls", "is mired in single digits in polls".
   */
  private boolean generalPolls(int from, int to) {
    for (int t = from; t < to && !POLLS.contains(view.lower(t)); t++) {
      if (QUALIFIED.contains(view.lower(t)) || Character.isUpperCase(view.word(t).charAt(0))) {
        return false; // "in the latest polls", "in two CNN polls"
      }
    }
    for (int t = from; t < to; t++) {
      String w = view.lower(t);
      if (w.equals("poll") || w.equals("survey") || w.equals("study")) {
        return false;
      }
    }
    return true;
  }

  private static final Set<String> QUALIFIED =
      Set.of("latest", "new", "recent", "two", "three", "several", "both");

  private static final Set<String> POLLS =
      Set.of("poll", "polls", "survey", "surveys", "polling", "study", "studies");

  /** Nouns of "in X's view": the owner holds the rest of the sentence. */
  private static final Set<String> VIEWS =
      Set.of("view", "opinion", "words", "estimation", "judgment", "judgement", "assessment");

  /**
   * The words held "in X's view" ({@code in} to {@code noun}): the clause after the phrase when it
   * opens the sentence, the clause before it when it closes one, the sentence around it otherwise.
   */
  private Span inView(int in, int noun, Sentence s) {
    int first = s.firstToken();
    while (first < in && Words.COORDINATORS.contains(view.lower(first))) {
      first++;
    }
    boolean opens = in == first && view.word(noun + 1).equals(",");
    if (opens) {
      return clause(noun + 2, s.endToken());
    }
    if (!view.word(in - 1).equals(",") && in != first) {
      return null; // "interested in his views on trade"
    }
    boolean closes = true;
    for (int t = noun + 1; t < s.endToken(); t++) {
      closes &= TRAILING.contains(view.word(t));
    }
    if (closes) {
      return clause(s.firstToken(), in - 1); // "..., in Bolton's view."
    }
    return view.word(noun + 1).equals(",") ? clause(s.firstToken(), s.endToken()) : null;
  }

  /** What a cue noun is about: "claim [that ...]", "call [for ...]", "criticism [of ...]". */
  private Span nounContent(int noun, Sentence s) {
    int t = noun + 1;
    if (!view.lower(t).equals("to")) {
      t++;
    }
    int to = s.endToken();
    while (to > t && TRAILING.contains(view.word(to - 1))) {
      to--;
    }
    return to - t >= 2 && !quoted[t] ? view.span(t, to) : null;
  }

  /**
   * What "as reported by" attributes: the clause after its source when it opens the sentence ("As
   * reported by the Gazette, the pier closed"), or the clause before it ("The pier closed, as noted
   * by Berg.").
   */
  private Span asReported(Cue c, Sentence s) {
    int as = c.verb() - 1;
    int after = c.speaker().last() + 1;
    if (as == s.firstToken() && view.word(after).equals(",")) {
      return clause(after + 1, s.endToken());
    }
    return as - 1 > s.firstToken() && view.word(as - 1).equals(",")
        ? clause(s.firstToken(), as - 1)
        : null;
  }

  private static boolean within(List<Span> spans, int offset) {
    return spans.stream().anyMatch(sp -> sp.start() <= offset && offset < sp.end());
  }

  private Span content(Cue c, Sentence s) {
    if (Cues.according(view, c.verb())) {
      return according(c, s);
    }
    if (c.inverted() && view.lower(c.verb() - 1).equals("as")) {
      return asReported(c, s);
    }
    if (c.inverted()) {
      if (!view.word(c.verb() - 1).equals(",")) {
        return null;
      }
      return resumes(c.speaker().last() + 1, s)
          ? clause(s.firstToken(), s.endToken()) // "Any reading, said Kofman, an expert, would"
          : clause(s.firstToken(), c.verb() - 1);
    }
    int before = titled(c.speaker().first(), s) - 1;
    if (Cues.reportingForm(view.word(c.verb()))) {
      before =
          phraseOpening(before, s); // "…, a wide array of economists say, …", "…, X and Y told"
    }
    before = roleBefore(before, s); // "…, a spokesman, Tomas Berg, said"

    boolean aside =
        view.lower(before).equals("as")
            || view.lower(s.firstToken()).equals("as") // "As Purple PAC's Crane said, the two ..."
                && c.verb() - s.firstToken() <= 7
                && view.word(c.verb() + 1).equals(",");
    String resumed = view.lower(c.verb() + 2);
    boolean gerund = resumed.endsWith("ing") && finiteAfter(c.verb() + 2, s); // "replacing X would"
    boolean adjunct = resumed.endsWith("ing") && !gerund || ADVERBIAL.contains(resumed);
    if (commaBefore(before) && view.word(c.verb() + 1).equals(",") && adjunct && !aside) {
      boolean opening = // "In the early 1990s, Adler said, when she ...": no clause before
          before - s.firstToken() < 5 || Words.PREPOSITIONS.contains(view.lower(s.firstToken()));
      return opening && !gerund && !resumed.endsWith("ing")
          ? clause(s.firstToken(), s.endToken())
          : clause(s.firstToken(), before); // "The audit found no fraud, the Gazette said, citing"
    }
    boolean participle = view.lower(s.firstToken()).endsWith("ing");
    String resumedWord = view.word(c.verb() + 2);
    boolean capital = !resumedWord.isEmpty() && Character.isUpperCase(resumedWord.charAt(0));
    if ((commaBefore(before) || aside)
        && view.word(c.verb() + 1).equals(",")
        && !(capital && participle)) { // not "Listing them, she added, The harbour has lost ..."

      // "And that, Manafort said, was in the works." / "If the law conflicts, Rubio said,
      // Christians
      // must ignore it." / "Hawaii, as advisers pointed out, is dry."
      return clause(s.firstToken(), s.endToken());
    }
    if (commaBefore(before)
        && (view.lower(c.verb()).equals("told") || view.lower(c.verb()).equals("tells"))
        && find("that", c.verb() + 1, s.endToken()) < 0
        && find("to", c.verb() + 1, s.endToken()) < 0
        && !clauseFollows(c.verb() + 1, s.endToken())
        && !view.word(c.verb() + 1).equals(",")) {
      return clause(s.firstToken(), before); // "This is not about me, Obama told his advisers as"
    }
    if (view.word(c.verb() + 1).equals(";")) { // "…, analysts say; in 2012, Romney stumbled"
      return commaBefore(before) ? clause(s.firstToken(), before) : null;
    }
    String verb = view.lower(c.verb());
    if (aside
        && before == s.firstToken()
        && (Cues.reportingForm(verb) || verb.equals("reported") || verb.equals("reports"))) {
      for (int k = c.verb() + 1; k < Math.min(s.endToken(), c.verb() + 10) && !quoted[k]; k++) {
        if (Words.FINITE.contains(view.lower(k)) || Words.isSpeech(view.word(k))) {
          break;
        }
        if (view.word(k).equals(",")) {
          return clause(k + 1, s.endToken()); // "As Clinton told the Daily News on Monday, tax …"
        }
      }
    }
    boolean thatClause = view.lower(c.verb() + 1).equals("that"); // "…, as agencies warned that …"
    Span after = aside && !thatClause ? null : after(c, s);
    if (after != null) {
      return beforeAnotherSubject(after, c);
    }
    int time = c.verb() + 1;
    while (TIME_WORDS.contains(view.lower(time)) || TIME_NOUNS.contains(view.lower(time))) {
      time++; // "said Thursday.", "said Sunday night."
    }
    boolean ends = endsSentence(time, s.endToken());
    if (Words.ASKED.contains(view.lower(s.firstToken()))) {
      // "Asked if he was ever bullied, he said no": the words before are the question
      int t = c.verb() + 1;
      return t < s.endToken() && Character.isLetter(view.word(t).charAt(0))
          ? view.span(t, t + 1)
          : null;
    }
    if (view.lower(s.firstToken()).endsWith("ing") && !clauseIn(s.firstToken() + 1, before)) {
      return null; // "Weighing in on the plan, Adler agreed.": the opening phrase says nothing
    }
    if (ends && !commaBefore(before)) {
      before = describedBefore(before, s); // "…, frontman Anthony Kiedis recently revealed."
    }
    return ends && commaBefore(before) ? clause(s.firstToken(), before) : null;
  }

  /**
   * Whether a reported clause without "that" follows a hearer: a subject pronoun that no
   * subordinator opens ("told Politico she was leaning", not "told his advisers as he labored").
   */
  private boolean clauseFollows(int from, int to) {
    for (int k = from; k < to; k++) {
      String w = view.lower(k);
      boolean subject = Words.PERSON_PRONOUNS.contains(w) || SUBJECTS.contains(w) || w.equals("it");
      if (subject && !Words.SUBORDINATORS.contains(view.lower(k - 1))) {
        return true;
      }
      if (view.mentionStartingAt(k) != null && k > from + 1 && view.inName(k - 1) == false) {
        return true; // "told the court Michigan was"
      }
    }
    return false;
  }

  /**
   * The comma that opens the noun phrase whose last words precede {@code t + 1}: the subject of a
   * verb set off by commas is often longer than the name or group found for it ("union members and
   * leaders say,", "people close to the vice president said,"). {@code t} when there is none.
   */
  private int phraseOpening(int t, Sentence s) {
    for (int k = t; k > Math.max(s.firstToken(), t - 8); k--) {
      String w = view.word(k);
      if (commaBefore(k)) {
        return k;
      }
      String lower = view.lower(k);
      if (Words.COORDINATORS.contains(lower) && commaBefore(k - 1)) {
        return t; // "…,” and Tom Reyes added": a clause of its own
      }
      if (quoted[k]
          || !Character.isLetterOrDigit(w.charAt(0))
          || Words.FINITE.contains(lower)
          || Words.isSpeech(w)
          || Words.SUBORDINATORS.contains(lower)) {
        return t;
      }
    }
    return t;
  }

  /**
   * The comma that opens a role set off before a named speaker: in "…, a spokesman, Tomas Berg,
   * said" the words before the speaker end at the comma before "a spokesman", not at the one before
   * the name. {@code comma} itself when no role stands there.
   */
  private int roleBefore(int comma, Sentence s) {
    if (!view.word(comma).equals(",")) {
      return comma;
    }
    boolean role = false;
    for (int k = comma - 1; k >= Math.max(s.firstToken(), comma - 7); k--) {
      String w = view.word(k);
      if (w.equals(",")) { // "a spokesman", "the city's mayor", "Tarn's governor"
        boolean opens =
            Words.DETERMINERS.contains(view.lower(k + 1))
                || Words.POSSESSIVES.contains(view.word(k + 2));
        return role && opens ? k : comma;
      }
      if (k == s.firstToken()) { // "A ministry spokesman, Colonel Ravi Sen, told …": no words
        boolean named = Character.isUpperCase(view.word(comma + 1).charAt(0));
        String head = view.lower(comma - 1); // the role ends it, not "The government cannot …"
        boolean ends = Words.PERSON_ROLES.contains(head) || Words.ORG_ROLES.contains(head);
        return ends && named && Words.DETERMINERS.contains(view.lower(k)) ? k - 1 : comma;
      }
      if (quoted[k]
          || w.isEmpty()
          || !Character.isLetter(w.charAt(0)) && !Words.POSSESSIVES.contains(view.word(k))
          || Words.isSpeech(w)) {
        return comma;
      }
      role |= Words.PERSON_ROLES.contains(view.lower(k)) || Words.ORG_ROLES.contains(view.lower(k));
    }
    return comma;
  }

  /** A comma ends the words before {@code t}, also inside a closing mark: 'smart,'' Trump said'. */
  private boolean finiteIn(int from, int to) {
    for (int k = from; k < to; k++) {
      if (Words.FINITE.contains(view.lower(k))) {
        return true;
      }
    }
    return false;
  }

  /** Whether tokens [from, to) hold a finite verb: "Seeing him suffer led him to …, he said". */
  private boolean clauseIn(int from, int to) {
    for (int k = from; k < to; k++) {
      String w = view.lower(k);
      if (Words.FINITE.contains(w) || w.endsWith("ed") && !quoted[k]) {
        return true;
      }
    }
    return false;
  }

  /**
   * The comma before a few words that describe a speaker named after them, or {@code t}: "…,
   * frontman Anthony Kiedis revealed", "…, the news site RTL Info reported".
   */
  private int describedBefore(int t, Sentence s) {
    for (int k = t; k > Math.max(s.firstToken(), t - 3); k--) {
      String w = view.word(k);
      String lower = view.lower(k);
      if (commaBefore(k)) {
        return k;
      }
      boolean describes =
          !quoted[k]
              && (Character.isUpperCase(w.charAt(0))
                  || Words.PERSON_ROLES.contains(lower)
                  || Words.ORG_ROLES.contains(lower)
                  || DESCRIBERS.contains(lower));
      if (!describes) {
        return t;
      }
    }
    return t;
  }

  private static final Set<String> DESCRIBERS =
      Set.of(
          "the",
          "former",
          "news",
          "site",
          "newspaper",
          "paper",
          "outlet",
          "network",
          "magazine",
          "frontman",
          "singer",
          "actor",
          "actress",
          "host",
          "anchor",
          "columnist",
          "reporter",
          "writer",
          "author",
          "economist",
          "strategist",
          "pollster",
          "activist",
          "expert",
          "researcher",
          "historian");

  private boolean commaBefore(int t) {
    if (view.word(t).equals(",")) {
      return true;
    }
    return t > 0 && QuoteMarks.CLOSING_MARKS.contains(view.word(t)) && view.word(t - 1).equals(",");
  }

  /** What a stance verb is about: the rest of its sentence after the cue ("called for [...]"). */
  private Span stance(Cue c, Sentence s) {
    int t = view.tokenAt(c.span().end());
    if (view.lower(titled(c.speaker().first(), s) - 1).equals("as") && view.word(t).equals(",")) {
      return clause(s.firstToken(), s.endToken()); // "The harbour, as Adler pointed out, is dry."
    }
    if (t < s.endToken() && NEEDS_CONTENT.contains(view.lower(t))) {
      t++;
    }
    int to = s.endToken();
    while (to > t && TRAILING.contains(view.word(to - 1))) {
      to--;
    }
    to = beforeOtherSpeech(t, to);
    to = beforeTrailingTime(t, to);
    to = QuoteMarks.beforeNextAct(view, quoted, t, to);
    to = closed(t, to, s.endToken()); // keep the mark that closes a quotation inside the content
    to = afterAsName(t, to);
    String lemma = Attitudes.lemma(view.word(c.verb()));
    if (lemma != null
        && NAMING.contains(lemma)
        && c.span().end() == view.tokens.get(c.verb()).end()) {
      to = afterName(t, to);
    }
    if (t >= to
        || quoted[t] && quoted[to - 1]
        || !Character.isLetterOrDigit(view.word(t).charAt(0)) && !quoted[t]) {
      return null;
    }
    return view.span(t, to);
  }

  /**
   * Where a stance's words end when they name their object "as" a quotation and the sentence goes
   * on with when or where it was said: 'described Clinton as a “disgrace” after she attacked ...'
   * ends at the mark.
   */
  private int afterAsName(int from, int to) {
    for (int t = from + 2; t < to; t++) {
      boolean closes =
          quoted[t - 1] && !quoted[t] && QuoteMarks.CLOSING_MARKS.contains(view.word(t - 1));
      if (closes && AS_NAME_ENDS.contains(view.lower(t)) && asBefore(from, t - 1)) {
        return t;
      }
    }
    return to;
  }

  /** Whether "as" opens the quotation that closes at {@code close}: "as a “disgrace”". */
  private boolean asBefore(int from, int close) {
    int open = close - 1;
    while (open > from && quoted[open - 1]) {
      open--;
    }
    for (int t = open - 1; t >= Math.max(from, open - 3); t--) {
      if (view.lower(t).equals("as")) {
        return true;
      }
    }
    return false;
  }

  private static final Set<String> AS_NAME_ENDS =
      Set.of("after", "during", "while", "when", "because", "before", "since", "amid");

  /** Verbs that give something a name or a quality: "called him a “moderate”". */
  private static final Set<String> NAMING =
      Set.of("call", "dub", "label", "brand", "term", "describe", "characterize", "deem");

  /**
   * Where a naming verb's words end: at the quotation that names the object, "called Palin a
   * “clown” on his show" ends at the mark; the rest is the speaker's, not the name.
   */
  private int afterName(int from, int to) {
    for (int t = from + 1; t < to; t++) {
      boolean closes =
          quoted[t - 1] && !quoted[t] || QuoteMarks.CLOSING_MARKS.contains(view.word(t - 1));
      String next = view.lower(view.word(t).equals(",") ? t + 1 : t);
      boolean ends = NAME_ENDS.contains(next);
      if (closes && quoted[t - 1] && ends && !quotedAfter(t, to)) {
        return t;
      }
    }
    return to;
  }

  private static final Set<String> NAME_ENDS = Set.of(";", "—", "–", "and", "but", "while");

  /** Whether a quotation opens in [from, to): "a “fantasy” and the budget “creative”". */
  private boolean quotedAfter(int from, int to) {
    for (int t = from; t < to; t++) {
      if (quoted[t]) {
        return true;
      }
    }
    return false;
  }

  /** The first token of a name with the titles before it: "Mr. Obama", "Sen. Ruth Adler". */
  private int titled(int first, Sentence s) {
    int t = first;
    while (t - 1 > s.firstToken()) {
      String w = view.word(t - 1);
      boolean abbreviation =
          w.length() > 1 && w.endsWith(".") && Character.isUpperCase(w.charAt(0));
      boolean role =
          Words.PERSON_ROLES.contains(view.lower(t - 1)) && Character.isUpperCase(w.charAt(0));
      boolean article = view.lower(t - 1).equals("the") && t == first;
      boolean office = // "Defense Secretary Ash Carter", "Foreign Minister"
          t < first
              && Character.isUpperCase(w.charAt(0))
              && Words.PERSON_ROLES.contains(view.lower(t));
      if (!abbreviation && !role && !article && !office) {
        break;
      }
      t--;
    }
    int described = describedTitle(t, s);
    return described >= 0 ? described : t;
  }

  /**
   * Whether the sentence's own verb resumes after an inverted speaker and its apposition: ", said
   * Michael Kofman, an expert on Russia, would read this as ...".
   */
  private boolean resumes(int after, Sentence s) {
    if (!view.word(after).equals(",")) {
      return false;
    }
    for (int t = after + 1; t < Math.min(s.endToken() - 1, after + 16); t++) {
      if (view.word(t).equals(",")) {
        return Words.FINITE.contains(view.lower(t + 1));
      }
    }
    return false;
  }

  /**
   * The start of a lower-case title before a name when a comma opens it: ", Algerian foreign
   * affairs ministry spokesman Benali Abdelaziz said". -1 when none.
   */
  private int describedTitle(int name, Sentence s) {
    if (name - 1 <= s.firstToken() || !Words.PERSON_ROLES.contains(view.lower(name - 1))) {
      return -1;
    }
    for (int t = name - 2; t > s.firstToken() && name - t <= 6; t--) {
      String w = view.word(t);
      if (w.equals(",")) {
        return t + 1;
      }
      if (w.isEmpty() || !Character.isLetter(w.charAt(0)) || Words.isSpeech(w)) {
        return -1;
      }
    }
    return -1;
  }

  private static final Set<String> CLAUSE_MARKS = Set.of(":", ";", "—", "–");

  private Span according(Cue c, Sentence s) {
    int afterSpeaker = c.speaker().last() + 1;
    int limit = Math.min(s.endToken(), afterSpeaker + 12);
    while (afterSpeaker < limit && !view.word(afterSpeaker).equals(",") && !quoted[afterSpeaker]) {
      afterSpeaker++; // the source's phrase goes on: "According to a Reuters/Ipsos poll,"
    }
    boolean opensClause =
        c.verb() <= s.firstToken() + 2 || CLAUSE_MARKS.contains(view.word(c.verb() - 1));
    if (view.word(afterSpeaker).equals(",") && opensClause) { // also "…: According to polls, …"
      return clause(afterSpeaker + 1, s.endToken());
    }
    if (view.word(afterSpeaker).equals(",")
        && view.word(c.verb() - 1).equals(",")
        && s.endToken() - afterSpeaker > 3) {
      if (apposition(afterSpeaker + 1, s) && c.verb() - s.firstToken() >= 5) {
        // "Trump has posted 5,000 times, according to CrowdTangle, a social analytics tool …"
        return clause(s.firstToken(), c.verb());
      }
      // "Over the long term, according to the budget office, the deficit will grow."
      return clause(s.firstToken(), s.endToken());
    }
    if (view.word(c.verb() - 1).equals(",") || c.verb() - s.firstToken() >= 4) {
      // "..., 46 percent to 39 percent according to a poll"; "She said 23 reporters were in
      // prison, according to the CPJ": what she said, not that she said it
      return clause(afterOpeningTag(s, c.verb()), c.verb());
    }
    return null;
  }

  /** The first token after an opening "She said (that)" before {@code end}, else the first. */
  private int afterOpeningTag(Sentence s, int end) {
    for (int k = s.firstToken() + 1; k < Math.min(end - 3, s.firstToken() + 6); k++) {
      if (Words.SAYING.contains(view.lower(k))) {
        Cue tag = cues.at(k);
        if (tag == null || tag.inverted() || tag.speaker().first() != s.firstToken()) {
          return s.firstToken();
        }
        return view.lower(k + 1).equals("that") ? k + 2 : k + 1;
      }
    }
    return s.firstToken();
  }

  /**
   * Whether the words from {@code t} describe the source before them rather than go on with the
   * sentence: "a social analytics tool that monitors …", "the policy body of the courts".
   */
  private boolean apposition(int t, Sentence s) {
    String first = view.lower(t);
    if (first.equals("a") || first.equals("an")) {
      return true;
    }
    return first.equals("the") && !finiteIn(t, s.endToken());
  }

  /** The clause after the verb and its hearer: "told reporters that [...]". */
  private Span after(Cue c, Sentence s) {
    int t = c.verb() + 1;
    String verb = view.lower(c.verb());
    List<String> forms = Lemmas.candidates(verb);
    if (forms.contains("speak") || forms.contains("talk")) {
      while (t < s.endToken() && view.lower(t).endsWith("ly")) {
        t++;
      }
      return clause(t + 1, s.endToken()); // "spoke favorably of [Putin]": what it was about
    }
    boolean topic = OBJECT_PREPOSITIONS.contains(view.lower(t)) && !Words.SAYING.contains(verb);
    if (view.word(t).equals(",") && Words.SAYING.contains(verb) && opensClause(t + 1)) {
      return clause(t + 1, s.endToken()); // "she added, Donald Trump is a proven failure"
    }
    if (view.word(t).equals(",") && Words.SAYING.contains(verb) && pronounAfterPhrase(t + 1, s)) {
      return clause(t + 1, s.endToken()); // "says, win or lose on Tuesday, he's staying"
    }
    while (TIME_WORDS.contains(view.lower(t)) && t + 1 < s.endToken()) {
      t++; // "He says tonight he's closer", "announced Sunday she will resign"
    }
    if (t > c.verb() + 1 && !opensClause(t) && !Words.DETERMINERS.contains(view.lower(t))) {
      t = c.verb() + 1;
    }
    if (view.lower(t).equals("to")) {
      int next = t + 1;
      while (next < Math.min(s.endToken(), t + 5)
          && !quoted[next]
          && (Character.isUpperCase(view.word(next).charAt(0))
              || HEARERS.contains(view.lower(next)))) {
        next++;
      }
      if (next > t + 1 && HEARD.contains(view.lower(next))) {
        t = next; // "explained to CBS why Merkel was chosen", "said to reporters that"
      }
    }
    boolean quantity =
        view.lower(t).equals("at") && view.lower(t + 1).matches("least|most")
            || view.lower(t).equals("as") // "as many as 30 percent"
                && view.lower(t + 1).matches("many|much|few|little")
                && view.lower(t + 2).equals("as")
            || Words.APPROXIMATELY.contains(view.lower(t)) && amount(t + 1); // "said about half of
    boolean demonstrative = DEMONSTRATIVE.contains(view.lower(t)) && !timeNoun(t + 1);
    if (!topic
        && !quantity
        && !demonstrative
        && (ADVERBIAL.contains(view.lower(t))
            || view.word(t).equals(",")
            || view.lower(t).equals("late") // "said late on Monday", not "the late senator"
                && (view.lower(t + 1).equals("on") || Words.DAYS.contains(view.lower(t + 1))))) {
      int that = find("that", t, Math.min(s.endToken(), t + 25));
      int to = Words.SAYING.contains(verb) ? -1 : find("to", t, Math.min(s.endToken(), t + 12));
      int subject = that < 0 && to < 0 ? pronounAfterAdverbial(t, s) : -1;
      if (subject < 0 && that < 0 && to < 0) {
        subject = clauseAfterDay(t, s); // "said on Friday the army would remain in charge"
      }
      if (subject >= 0) {
        return clause(subject, s.endToken()); // "said in a statement Thursday night they pulled"
      }
      if (that < 0 && to < 0) {
        return null;
      }
      boolean toFirst = to >= 0 && (that < 0 || to < that); // "agreed on Sunday to a truce
      t = toFirst ? to : that; // … that killed": the nearer; "said Thursday … that", "promised to"
      if (toFirst) {
        return clause(t, s.endToken());
      }
    }
    boolean directive =
        verb.startsWith("urge") || verb.startsWith("ask") || verb.startsWith("order");
    if (Words.TAKES_HEARER.contains(verb) && !directive && view.mentionStartingAt(t) != null) {
      t = view.tokenAt(view.mentionStartingAt(t).mention().span().end());
    }
    if (Words.TAKES_HEARER.contains(verb)) {
      int that = find("that", t, Math.min(s.endToken(), t + 6));
      if (that >= 0) {
        t = that;
      } else if (!directive) {
        t = afterHearer(view, t, s.endToken());
      }
    }
    if (Words.TAKES_HEARER.contains(verb) && onlyTime(t, s.endToken())) {
      return null; // "…, Smith told POLITICO earlier this week.": the words came before
    }
    boolean marked = NEEDS_CONTENT.contains(view.lower(t)) || view.word(t).equals(",");
    if (marked) {
      t++;
    }
    if (t < s.endToken() && quoted[t] && !fragmentOpens(t, s)) {
      return null; // the quotation is its own quote
    }
    return clause(t, endOfAside(c, t, s));
  }

  /**
   * Where words reported inside an aside about a name end: "Dana Merel, who the commission said won
   * 38 percent of the vote, called the result …" ends at the comma that closes the aside, before
   * the main clause's verb. The sentence's end when the cue is in no such aside.
   */
  /**
   * The comma closing an aside that opened before {@code from}, when the main clause's verb follows
   * it ("Hale, who denied the charges, showed no emotion"), or -1.
   */
  private int asideEnd(int from, int end) {
    for (int k = from + 1; k < end - 1; k++) {
      String next = view.lower(k + 1);
      if (view.word(k).equals(",") && !quoted[k]) {
        boolean verb =
            next.endsWith("ed") || Words.FINITE.contains(next) || Words.SAYING.contains(next);
        return verb && Character.isLowerCase(view.word(k + 1).charAt(0)) ? k : -1;
      }
    }
    return -1;
  }

  private int endOfAside(Cue c, int from, Sentence s) {
    int relative = c.speaker().first() - 1;
    boolean aside =
        c.speaker().first() < c.verb()
            && (view.lower(relative).equals("who") || view.lower(relative).equals("which"))
            && view.word(relative - 1).equals(",")
            && view.mentionEndingAt(relative - 2) != null;
    int who = c.speaker().first(); // "Hale, who denied the charges, showed no emotion"
    boolean speaking =
        c.speaker().first() == c.speaker().last()
            && (view.lower(who).equals("who") || view.lower(who).equals("which"))
            && view.word(who - 1).equals(",");
    if (speaking) {
      int end = asideEnd(from, s.endToken());
      return end < 0 ? s.endToken() : end;
    }
    if (!aside) {
      return s.endToken();
    }
    for (int k = from + 1; k < s.endToken() - 1; k++) {
      String next = view.word(k + 1);
      if (view.word(k).equals(",") && !quoted[k] && Character.isLowerCase(next.charAt(0))) {
        return Words.COORDINATORS.contains(view.lower(k + 1)) ? s.endToken() : k;
      }
    }
    return s.endToken();
  }

  /**
   * The first token after a hearer named by common words at {@code t}: "told [reporters] …", "told
   * [state television] the strike was" (not "the strike"). {@code t} when none is there.
   */
  static int afterHearer(ArticleView view, int from, int end) {
    int t = from;
    boolean heard = false;
    while (t < end
        && HEARERS.contains(view.lower(t))
        && !(heard && Words.DETERMINERS.contains(view.lower(t)))) {
      heard |= !Words.DETERMINERS.contains(view.lower(t));
      t++;
    }
    return t;
  }

  /** Words that open what is said after a hearer governed by "to". */
  private static final Set<String> HEARD = Set.of("that", "why", "how", "what", "whether");

  /** Whether tokens [from, to) say only when: "earlier this week.", "on Tuesday." */
  private boolean onlyTime(int from, int to) {
    boolean any = false;
    for (int t = from; t < to; t++) {
      String w = view.lower(t);
      if (TRAILING.contains(w)) {
        continue;
      }
      if (!TIME_WORDS.contains(w) && !timeNoun(t) && !WHEN_WORDS.contains(w)) {
        return false;
      }
      any = true;
    }
    return any;
  }

  private static final Set<String> WHEN_WORDS =
      Set.of("this", "last", "on", "in", "at", "earlier", "late", "early", "next", "the", "past");

  /**
   * The subject pronoun that opens the reported clause after a short adverbial without "that" ("in
   * a statement Thursday night they pulled ..."), or -1. The adverbial holds no verb or comma.
   */
  /**
   * The first token of a clause without "that" after a day: "said on Friday [the army would
   * remain]", "said Tuesday [Kessel had agreed]"; a determiner or a name, then a finite verb within
   * a few words. Else -1.
   */
  private int clauseAfterDay(int from, Sentence s) {
    int t = from;
    if (view.lower(t).equals("on") || view.lower(t).equals("late")) {
      t++;
    }
    if (view.lower(t).equals("on")) {
      t++; // "late on Friday"
    }
    if (!Words.DAYS.contains(view.lower(t))) {
      return -1;
    }
    int start = t + 1;
    String first = view.word(start);
    boolean opens =
        Words.DETERMINERS.contains(view.lower(start))
            || !first.isEmpty() && Character.isUpperCase(first.charAt(0)) && !quoted[start];
    if (!opens) {
      return -1;
    }
    for (int k = start + 1; k < Math.min(s.endToken(), start + 6); k++) {
      String w = view.lower(k);
      if (Words.FINITE.contains(w) || MODAL_VERBS.contains(w)) {
        return start;
      }
      if (!Character.isLetterOrDigit(w.isEmpty() ? ' ' : w.charAt(0))) {
        return -1;
      }
    }
    return -1;
  }

  private static final Set<String> MODAL_VERBS =
      Set.of("would", "will", "could", "should", "might", "may", "must", "can");

  private int pronounAfterAdverbial(int from, Sentence s) {
    for (int t = from + 1; t < Math.min(s.endToken() - 1, from + 8); t++) {
      String w = view.lower(t);
      if (Words.PERSON_PRONOUNS.contains(w) || SUBJECTS.contains(w)) {
        String next = view.lower(t + 1);
        return Character.isLetter(next.isEmpty() ? ' ' : next.charAt(0))
                && !Words.PREPOSITIONS.contains(next)
            ? t
            : -1;
      }
      if (!Character.isLetterOrDigit(w.isEmpty() ? ' ' : w.charAt(0)) || Words.isSpeech(w)) {
        return -1;
      }
    }
    return -1;
  }

  private static final Set<String> SUBJECTS = Set.of("they", "we", "i");

  /**
   * Whether an introductory phrase from {@code from} ends with a comma before a subject pronoun:
   * "win or lose on Tuesday, he's staying". The phrase holds no verb of saying or quotation and is
   * no participle ("said, adding that ...").
   */
  private boolean pronounAfterPhrase(int from, Sentence s) {
    if (from >= s.endToken() || view.lower(from).endsWith("ing") || quoted[from]) {
      return false;
    }
    for (int t = from + 1; t < Math.min(s.endToken() - 2, from + 15); t++) {
      String w = view.word(t);
      if (quoted[t] || Words.isSpeech(w) || Cues.according(view, t)) {
        return false;
      }
      if (w.equals(",")) {
        String next = view.lower(t + 1);
        return Words.PERSON_PRONOUNS.contains(next) || SUBJECTS.contains(next);
      }
    }
    return false;
  }

  /** Whether token {@code t} is the mark that opens a quotation. */
  private boolean opensQuotation(int t) {
    return quoted[t] && (t == 0 || !quoted[t - 1]);
  }

  /** Whether a finite verb follows before the sentence's end: a gerund subject's predicate. */
  private boolean finiteAfter(int from, Sentence s) {
    for (int k = from + 1; k < s.endToken(); k++) {
      if (Words.FINITE.contains(view.lower(k))) {
        return true;
      }
      if (view.word(k).equals(",") || Words.SUBORDINATORS.contains(view.lower(k))) {
        return false; // "speaking on condition of anonymity because he was not authorised"
      }
    }
    return false;
  }

  /**
   * Whether a short quoted fragment opens reported words that go on after it: 'said "budget
   * reforms" and unpaid taxes would finance them', 'said that "a bomb" had gone off'.
   */
  private boolean fragmentOpens(int t, Sentence s) {
    int close = t + 1;
    while (close < s.endToken() && quoted[close]) {
      close++;
    }
    return close - t <= 6 && QuoteMarks.unquotedWords(view, quoted, close, s.endToken()) >= 3;
  }

  /**
   * Whether a clause of reported words opens at {@code t} after a comma: a name, a pronoun or a
   * capital, not an adverbial ("said, as he left") or another cue ("said, adding").
   */
  private boolean opensClause(int t) {
    String w = view.word(t);
    if (w.isEmpty() || quoted[t] || ADVERBIAL.contains(view.lower(t))) {
      return false;
    }
    String lower = view.lower(t);
    return !lower.endsWith("ing")
        && !Words.isSpeech(w)
        && !Cues.according(view, t)
        && !lower.equals("who")
        && !lower.equals("which")
        && (Character.isUpperCase(w.charAt(0))
            || Words.PERSON_PRONOUNS.contains(lower)
            || Words.OTHER_PRONOUNS.contains(lower));
  }

  private int find(String word, int from, int to) {
    for (int t = from; t < to; t++) {
      if (view.lower(t).equals(word)) {
        return t;
      }
    }
    return -1;
  }

  private boolean endsSentence(int from, int end) {
    // An adverbial after the verb may run longer: "she said in a video message to the convention."
    int limit = ADVERBIAL.contains(view.lower(from)) ? 12 : 4;
    int words = 0;
    for (int t = from; t < end; t++) {
      if (view.word(t).equals(",") && words <= limit) {
        return true; // "..., lawmakers said Friday afternoon, as they bristled"
      }
      if (quoted[t] || view.lower(t).equals("that")) {
        return false;
      }
      if (!TRAILING.contains(view.word(t))) {
        words++;
      }
    }
    return words <= limit;
  }

  /**
   * Reported words without what the reporter adds after them: a clause with a subject of its own
   * named ("Turkey said it had evacuated 412 citizens, and Egypt sent two aircraft": ", and", a
   * name that is not the speaker, and a verb in the past), or the source of the words (", according
   * to the CPJ").
   */
  private Span beforeAnotherSubject(Span content, Cue c) {
    int from = view.tokenAt(content.start());
    int to = view.tokenAt(content.end() - 1) + 1;
    for (int t = from + 3; t < to - 2; t++) {
      if (!quoted[t] && view.word(t).equals(",") && Cues.according(view, t + 1)) {
        return view.span(from, t); // "said 23 reporters were in prison, according to the CPJ"
      }
      if (quoted[t]
          || !view.word(t).equals(",")
          || !Words.COORDINATORS.contains(view.lower(t + 1))) {
        continue;
      }
      io.vigil.model.ResolvedMention m = view.mentionStartingAt(t + 2);
      if (m == null && view.lower(t + 2).equals("the")) {
        m = view.mentionStartingAt(t + 3); // "…, and the Philippines sent a plane"
      }
      if (m == null || view.type(m) == io.vigil.model.EntityType.MISC) {
        continue;
      }
      int after = view.tokenAt(m.mention().span().end() - 1) + 1;
      String verb = view.word(after);
      boolean past =
          verb.length() > 3 && verb.endsWith("ed") && Character.isLowerCase(verb.charAt(0))
              || Lemmas.irregular(verb)
              || Words.FINITE.contains(verb);
      boolean other = c.speaker().ref() == null || !c.speaker().ref().id().equals(m.entityId());
      if (past && other && !view.lower(after + 1).equals("by")) {
        return view.span(from, t);
      }
    }
    return content;
  }

  /** Tokens [from, to) without trailing punctuation, or null when too short. */
  private Span clause(int from, int to) {
    from = afterDateline(from, to);
    if (CONNECTIVES.contains(view.lower(from)) && view.word(from + 1).equals(",")) {
      from += 2; // "Meanwhile, a car bomb exploded …, officials said": the reporter's link
    }
    int end = to;
    while (to > from && TRAILING.contains(view.word(to - 1))) {
      to--;
    }
    while (from < to && TRAILING.contains(view.word(from)) && !opensQuotation(from)) {
      from++;
    }
    to = beforeNextSaying(from, to);
    to = beforeTrailingTime(from, to);
    to = QuoteMarks.beforeNextAct(view, quoted, from, to);
    if (to - from < MIN_TOKENS) {
      return null;
    }
    return view.span(from, closed(from, to, end));
  }

  /**
   * The first token after a dateline that opens the words at {@code from}: "VARNA, June 4 (Kessel
   * Wire) - The government will …" reports from "The government". A dateline is a place in
   * capitals, or a place with a date or an agency in brackets, before a dash.
   */
  private int afterDateline(int from, int to) {
    int start = view.tokens.get(from).start();
    String head = view.text.substring(start, Math.min(view.text.length(), start + 80));
    java.util.regex.Matcher m = DATELINE.matcher(head);
    String place = m.lookingAt() ? m.group(1).split(",")[0] : ""; // "KIRA, Dravia —"
    if (!m.lookingAt()
        || m.group(2) == null
            && m.group(3) == null
            && !place.equals(place.toUpperCase(java.util.Locale.ROOT))) {
      return from;
    }
    int t = from;
    while (t < to && view.tokens.get(t).start() < start + m.end()) {
      t++;
    }
    return t < to ? t : from;
  }

  private static final java.util.regex.Pattern DATELINE = Datelines.AT_START;

  /** Words by which the reporter links a sentence to the one before: "Meanwhile, …". */
  private static final Set<String> CONNECTIVES =
      Set.of(
          "meanwhile",
          "separately",
          "however",
          "moreover",
          "furthermore",
          "additionally",
          "nonetheless",
          "nevertheless",
          "elsewhere");

  /**
   * What a stance is about, without what its holder goes on to do: "denied responsibility and
   * accused the army of shelling the area" holds two attributions, a denial and an accusation. Only
   * when the words are no clause of their own ("says he spoke to Trump and asked him to …": the
   * clause's own verbs) and the next verb's subject is the stance's.
   */
  private Span beforeOwnNextAct(Cue c, Span content) {
    if (c.inverted() || content.start() < c.span().start()) {
      return content;
    }
    int from = view.tokenAt(content.start());
    int to = view.tokenAt(content.end() - 1) + 1;
    String verb = view.lower(c.verb());
    boolean saying = Words.SAYING.contains(verb) || Words.TAKES_HEARER.contains(verb);
    if (opensClause(from) || CLAUSE_OPENERS.contains(view.lower(from))) {
      return content;
    }
    for (int u = from + 1; u < to; u++) {
      boolean participle = view.lower(u).endsWith("ing") && commaBefore(u - 1);
      if (quoted[u] || !Words.COORDINATORS.contains(view.lower(u - 1)) && !participle) {
        continue; // "…and accused the army", "condemned the decision, calling it reckless"
      }
      boolean says =
          Lemmas.candidates(verb).stream().anyMatch(l -> l.equals("say") || l.equals("tell"));
      if (saying && (says || (participle ? finiteIn(from, u) : clauseIn(from, u)))) {
        continue; // "said the numbers were even more dramatic, showing …": the clause's own
      }
      Cue next = cues.at(u);
      if (next == null) {
        next = cues.attitude(u);
      }
      boolean same =
          next != null
              && (next.speaker().first() == c.speaker().first()
                  || participle && next.speaker().span().overlaps(c.speaker().span()));
      if (!same || next.verb() != u) {
        continue;
      }
      int end = participle && !view.word(u - 1).equals(",") ? u : u - 1;
      while (end > from && TRAILING.contains(view.word(end - 1))) {
        end--;
      }
      boolean nothingLeft = // "issued a statement Thursday, saying": the words are the saying's
          end <= from || onlyTime(from, end) || PARTICLES.contains(view.lower(from));
      return nothingLeft ? content : view.span(from, closed(from, end, to));
    }
    return content;
  }

  /**
   * A stance inside a subject ends before the subject's own verb: in "Voters who backed Obama say
   * the economy is better", what the voters backed is Obama, not "Obama say …".
   */
  private Span beforeOuterVerb(Cue c, Span content) {
    if (!Words.RELATIVES.contains(view.lower(c.speaker().first()))) {
      return content; // only a relative clause's stance: "who backed", "that supports"
    }
    int from = view.tokenAt(content.start());
    int to = view.tokenAt(content.end() - 1) + 1;
    int aside = view.word(c.speaker().first() - 1).equals(",") ? asideEnd(from, to) : -1;
    if (aside > from) {
      return view.span(from, aside); // "The US, which supported the junta, has apologised"
    }
    for (int u = from + 1; u < Math.min(to, from + 6); u++) {
      if (quoted[u] || !Words.isSpeech(view.word(u))) {
        continue;
      }
      Cue outer = cues.at(u);
      if (outer != null && outer.speaker().span().contains(c.span())) {
        return view.span(from, u);
      }
    }
    return content;
  }

  private static final Set<String> PARTICLES = Set.of("back", "up", "out", "in", "on");

  private static final Set<String> CLAUSE_OPENERS =
      Set.of("that", "if", "whether", "how", "why", "what", "when", "where", "who");

  /**
   * Where reported words end when their speaker goes on to say more: "confirmed the vote had failed
   * and said, “We will try again.”" The second saying is an attribution of its own.
   */
  private int beforeNextSaying(int from, int to) {
    for (int t = from + 2; t < to - 1; t++) {
      String next = view.lower(t + 1);
      if (view.word(t).equals(",")
          && CONTRASTS.contains(next)
          && !quoted[t]
          && saysNext(t + 2, to)) {
        return t; // "urged both sides to …, while NATO's chief said": the chief's words are his
      }
      boolean speechThat = // "… but warned that": a saying of its own ("and indicated that" may
          // still be the reported clause's subject's)
          view.lower(t).equals("but")
              && Words.isSpeech(next)
              && next.endsWith("ed")
              && view.lower(t + 2).equals("that");
      if (Words.COORDINATORS.contains(view.lower(t))
          && (Words.SAYING.contains(next) || speechThat)
          && !next.equals("say")
          && !next.equals("tell") // "he'd sit Putin down and tell him": still the reported words
          && !quoted[t]) {
        int end = t;
        while (end > from && TRAILING.contains(view.word(end - 1))) {
          end--;
        }
        return end;
      }
    }
    return to;
  }

  /** Conjunctions that set another speaker's clause against the reported words. */
  private static final Set<String> CONTRASTS = Set.of("while", "whereas");

  /**
   * Whether a name, then a verb of saying, follow within a few words and no comma: another
   * speaker's tag ("while NATO's chief Mark Rutte said"; not "while 60 percent said", the same
   * poll's words).
   */
  private boolean saysNext(int from, int to) {
    boolean named = false;
    for (int k = from; k < Math.min(to, from + 8); k++) {
      if (view.word(k).equals(",") || quoted[k]) {
        return false;
      }
      named |= view.mentionStartingAt(k) != null;
      if (Words.SAYING.contains(view.lower(k)) && k > from) {
        return named;
      }
    }
    return false;
  }

  /**
   * Reported words without the time of the reporting at their end: 'described Clinton as a
   * “disgrace” on Tuesday' ends at the closing mark. Only after a quotation, where the time cannot
   * belong to the quoted words.
   */
  private int beforeTrailingTime(int from, int to) {
    int t = to - 1;
    while (t > from && (TIME_NOUNS.contains(view.lower(t)) || Words.DAYS.contains(view.lower(t)))) {
      t--;
    }
    if (t == to - 1 || t <= from) {
      return to;
    }
    if (TIME_OPENERS.contains(view.lower(t))
        && t > from
        && QuoteMarks.CLOSING_MARKS.contains(view.word(t - 1))) {
      return t;
    }
    return to;
  }

  private static final Set<String> TIME_OPENERS = Set.of("on", "last", "this", "earlier", "late");

  /** A finite verb of speech: "said", "yelled"; not "saying". */
  private boolean speaks(int t) {
    String w = view.lower(t);
    return Words.SAYING.contains(w) || Words.isSpeech(view.word(t)) && w.endsWith("ed");
  }

  /**
   * Where a stance's words end when a later clause of the sentence reports someone's speech: 'Rubio
   * thanked Miami, a man yelled “Stay there!”' ends at the comma before that clause.
   */
  private int beforeOtherSpeech(int from, int to) {
    int comma = -1;
    for (int t = from + 1; t < to; t++) {
      if (quoted[t]) {
        continue;
      }
      if (view.word(t).equals(",")) {
        comma = t;
      } else if (speaks(t) && comma > from + 1) {
        return comma;
      }
    }
    return to;
  }

  /**
   * Where content [from, to) ends once the quotation it leaves open is closed by a mark before
   * {@code end}: 'would be a “two-pirate ticket.”' keeps its closing mark.
   */
  private int closed(int from, int to, int end) {
    for (int t = to; t < end && leftOpen(from, t); t++) {
      if (QuoteMarks.CLOSING_MARKS.contains(view.word(t))) {
        to = t + 1;
      }
    }
    return to;
  }

  /** Whether tokens [from, to) leave a quotation open: more opening marks than closing ones. */
  private boolean leftOpen(int from, int to) {
    int curly = 0;
    int straight = 0;
    for (int t = from; t < to; t++) {
      String w = view.word(t);
      curly += w.equals("“") ? 1 : w.equals("”") ? -1 : 0;
      straight += w.equals("\"") || w.equals("''") ? 1 : 0;
    }
    return curly > 0 || straight % 2 == 1;
  }

  /**
   * A quotation its speaker said by way of a source: "“We will cut fares,” Adler said, according to
   * the Gazette." The source relays the quotation: the same words, with the source as speaker.
   */
  private Quote relayed(Cue c, Span content, List<Quote> found) {
    if (!Cues.according(view, c.verb())) {
      return null;
    }
    for (Quote q : found) {
      boolean inside = content.start() <= q.span().start() && q.span().start() < content.end();
      if (inside && q.direct() && q.cue() != null && !q.cue().overlaps(c.span())) {
        return new Quote(
            q.text(), q.span(), c.speaker().ref(), c.speaker().span(), c.span(), q.direct());
      }
    }
    return null;
  }

  private boolean mostlyQuoted(Span content) {
    int inside = 0;
    int all = 0;
    for (int t = view.tokenAt(content.start()); t < view.tokens.size(); t++) {
      if (view.tokens.get(t).start() >= content.end()) {
        break;
      }
      all++;
      inside += quoted[t] ? 1 : 0;
    }
    return inside * 2 > all;
  }
}
