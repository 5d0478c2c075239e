package io.vigil.nlp.extract;

import io.vigil.model.EntityType;
import io.vigil.model.Quote;
import io.vigil.model.ResolvedMention;
import io.vigil.model.Sentence;
import io.vigil.model.Span;
import io.vigil.nlp.extract.Cues.Cue;
import io.vigil.nlp.extract.QuoteMarks.Quoted;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Attributes quoted passages to speakers. A passage takes the cue right after its closing mark
 * (“…,” Fidan said), right before its opening mark (he stated, “…”), or elsewhere in its sentence.
 * A passage with no cue of its own that opens a sentence continues the previous quote's speaker
 * when that quote ended at most two sentences before (“First part,” he said. “Second part.”). All
 * pieces of a quotation running over paragraphs share the speaker found for any of them.
 */
final class DirectQuotes {

  private static final int WINDOW = 6;
  private static final Set<String> SKIP = Set.of(",", ":", "that", "—", "–", "-");

  private final ArticleView view;
  private final Cues cues;
  private final boolean[] quoted;
  private final Set<Integer> usedCues;

  DirectQuotes(ArticleView view, Cues cues, boolean[] quoted, Set<Integer> usedCues) {
    this.view = view;
    this.cues = cues;
    this.quoted = quoted;
    this.usedCues = usedCues;
  }

  List<Quote> attribute(List<Quoted> all) {
    Map<Quoted, Cue> adjacent = new HashMap<>();
    for (Quoted q : all) {
      Cue c = adjacentCue(q);
      if (c != null) {
        adjacent.put(q, c);
      }
    }
    List<Quoted> passages =
        all.stream()
            .filter(
                q ->
                    !title(q)
                        && (adjacent.containsKey(q)
                                && (capitalised(q)
                                    || words(q) >= 4
                                    || endsClause(q, adjacent.get(q)))
                            || isQuotation(q)))
            .toList();
    Map<Integer, Cue> byGroup = new HashMap<>();
    for (Quoted q : passages) {
      Cue c = adjacent.containsKey(q) ? adjacent.get(q) : cueOf(q);
      if (c != null) {
        byGroup.putIfAbsent(q.group(), c);
        usedCues.add(c.verb());
      }
    }
    List<Quote> out = new ArrayList<>();
    Quoted last = null;
    for (Quoted q : passages) {
      Cue c = byGroup.get(q.group());
      Quote previous = out.isEmpty() ? null : out.getLast();
      boolean sameQuote = last != null && last.group() == q.group();
      boolean sameCue = previous != null && c != null && c.span().equals(previous.cue());
      boolean continues = c == null && continues(q, previous);
      Cue between = // "Carter said that …. “That's because …”"
          c == null && (continues || words(q) >= 4)
              ? speakerBetween(continues ? previous : null, q)
              : null;
      if (c != null && previous != null && (sameQuote || sameCue)) {
        out.set(out.size() - 1, joined(previous, q));
      } else if (c != null) {
        out.add(quote(q, c.speaker(), c.span()));
      } else if (between != null) {
        out.add(quote(q, between.speaker(), between.span()));
      } else if (continues) {
        boolean near = sentenceGap(previous, q) <= 1;
        out.set(out.size() - 1, near ? joined(previous, q) : previous);
        if (!near) {
          out.add(
              new Quote(
                  q.content().of(view.text),
                  q.content(),
                  previous.speaker(),
                  previous.speakerSpan(),
                  previous.cue(),
                  true));
        }
      } else {
        continue;
      }
      last = q;
    }
    return out;
  }

  /**
   * Whether a short quotation ends the reported clause its cue follows: The talks “went well,” said
   * Rhodes. The clause is the quote, direct as its speaker's words end it.
   */
  private boolean endsClause(Quoted q, Cue c) {
    int open = view.tokenAt(q.outer().start());
    int close = view.tokenAt(q.outer().end() - 1);
    Sentence s = view.sentence(view.sentenceOf(open));
    return c.verb() > close && unquotedWords(s.firstToken(), open) >= 3;
  }

  private Quote quote(Quoted q, Speaker s, Span cue) {
    Span clause = clause(q, s, cue);
    if (clause == null) {
      clause = continued(q, s, cue);
    }
    if (clause != null && clause.start() == q.outer().start()) {
      return new Quote(clause.of(view.text), clause, s.ref(), s.span(), cue, true);
    }
    if (clause != null) {
      // Mixed: direct when the quoted words end it, as in “… is a misguided approach,” said Burman.
      boolean endsQuoted = clause.end() <= q.outer().end();
      return new Quote(clause.of(view.text), clause, s.ref(), s.span(), cue, endsQuoted);
    }
    return new Quote(q.content().of(view.text), q.content(), s.ref(), s.span(), cue, true);
  }

  /**
   * The reported clause a quoted fragment sits in, when the quotation is only part of what the cue
   * introduces: 'Kamin said the campaign was “taking a close look” at provisions' is about the
   * provisions, not only the quoted words. Null when the quotation is all the cue introduces. The
   * clause keeps the closing mark when the quotation ends it.
   */
  private Span clause(Quoted q, Speaker speaker, Span cue) {
    int open = view.tokenAt(q.outer().start());
    int close = view.tokenAt(q.outer().end() - 1);
    Sentence s = view.sentence(view.sentenceOf(open));
    if (cue.start() < s.span().start() || cue.end() > s.span().end()) {
      return null;
    }
    int tag = Math.min(speaker.first(), view.tokenAt(cue.start())); // where "he said" starts
    while ((tag - 1 > close || tag - 1 < open) && tag - 1 > s.firstToken() && titleWord(tag - 1)) {
      tag--; // "Republican candidate Ben Carson said", "…, Mr. Barrett said, “…”"
    }
    int role = view.word(close + 1).equals(",") ? close + 2 : close + 1;
    if (tag - 1 > role
        && view.word(tag - 1).equals(",")
        && (onlyTitles(role, tag - 1) || rolePhrase(role, tag - 1))) {
      tag = close + 1; // "“…,” the UN envoy, Maria Costa, told": the role is the tag's
    }
    if (cue.end() <= q.outer().start()
        && tag > s.firstToken()
        && view.word(tag - 1).equals(",")
        && !view.word(speaker.last() + 1)
            .equals(",") // "A spokesperson, Helen Marsh, said": apposed
        && !Words.RELATIVES.contains(view.lower(speaker.first())) // ", who also said": no aside
        && !Words.PREPOSITIONS.contains(view.lower(s.firstToken())) // not "In this context, he"
        && !INTRODUCERS.contains(view.lower(s.firstToken())) // not "When asked whether …, he"
        && unquotedWords(s.firstToken(), tag) >= 4) {
      // "Donations are vetted, Strother said, but “we don't ask …”": the cue is an aside
      return view.span(s.firstToken(), Math.max(close + 1, lastWord(s)));
    }
    if (cue.start() >= q.outer().end()
        && open == s.firstToken()
        && tag > close
        && view.word(tag - 1).equals(",")
        && unquotedWords(close + 1, tag) >= 3) {
      return view.span(open, tag - 1); // "“I held and hugged” grieving families, he said."
    }
    if (cue.end() <= q.outer().start()) {
      int from = view.tokenAt(cue.end());
      if (Words.TAKES_HEARER.contains(view.lower(view.tokenAt(cue.start())))) {
        int that = -1;
        for (int k = from; k < Math.min(open, from + 6) && that < 0; k++) {
          that = view.lower(k).equals("that") ? k : -1;
        }
        // "told the crowd that the government was “afraid …”", "told state television the
        // strike was “a provocation”": not the hearer
        from = that >= 0 ? that : Math.min(open, ReportedSpeech.afterHearer(view, from, open));
      }
      while (from < open && (CLAUSE_OPENERS.contains(view.lower(from)))) {
        from++;
      }
      int to = QuoteMarks.beforeNextAct(view, quoted, from, s.endToken());
      while (to > close + 1 && TRAILING.contains(view.word(to - 1))) {
        to--;
      }
      boolean partial =
          unquotedWords(from, open) >= 2
              || unquotedWords(close + 1, to) >= 3
              || subjectBefore(from, open) // "Trump said things “should be wrapped up”"
              || joinedQuotation(close + 1, to); // "says “…” because “…”"
      return partial ? view.span(from, Math.max(to, close + 1)) : null;
    }
    if (cue.start() >= q.outer().end()) {
      int from = s.firstToken();
      while (from < open && TRAILING.contains(view.word(from))) {
        from++;
      }
      boolean pieces = quoted[from] && unquotedWords(from, open) >= 1; // “A” are “B,” he said
      boolean more = tag > close + 1 && view.word(tag - 1).equals(",");
      int end =
          more
              ? tag - 1
              : close + 1; // "A cashier who “steals $20s” is held accountable, Warren said"
      return unquotedWords(from, open) >= 3 || pieces ? view.span(from, end) : null;
    }
    return null;
  }

  /**
   * A quotation whose sentence goes on unquoted after its cue: “Only you, Dinesh,” she said, would
   * use the occasion ... The span runs from the opening mark to the sentence's end.
   */
  private Span continued(Quoted q, Speaker speaker, Span cue) {
    int open = view.tokenAt(q.outer().start());
    Sentence s = view.sentence(view.sentenceOf(open));
    if (cue.start() < q.outer().end() || cue.end() > s.span().end()) {
      return null;
    }
    if (speaker.first() > view.tokenAt(cue.start())) {
      return null; // “…,” said Dan Kildee, a Michigan Democrat: an apposition, not the quote's
    }
    int tail = Math.max(view.tokenAt(cue.end()), speaker.last() + 1);
    String resumed = view.lower(tail + 1);
    if (!view.word(tail).equals(",") || NOT_RESUMING.contains(resumed) || resumed.endsWith("ing")) {
      return null; // “Where?” she asked, and nobody answered: a new clause, not the quote's
    }
    int to = s.endToken();
    while (to > tail && TRAILING.contains(view.word(to - 1))) {
      to--;
    }
    for (int t = tail + 1; t < to; t++) {
      if (quoted[t]) {
        return null;
      }
    }
    return unquotedWords(tail + 1, to) >= 3 ? view.span(open, to) : null;
  }

  private static final Set<String> NEW_CLAUSE = Set.of("and", "but", "while", "because");

  /** Words that open an introductory clause rather than reported words. */
  private static final Set<String> INTRODUCERS =
      Words.with(
          Words.ASKED,
          "when",
          "if",
          "as",
          "while",
          "because",
          "since",
          "although",
          "though",
          "once",
          "until",
          "unless",
          "whether");

  /**
   * Whether a connective joins a second quotation that ends the sentence: 'says “the game has
   * become screwed up” because “football has become soft.”' The two are one quote.
   */
  private boolean joinedQuotation(int from, int to) {
    return from + 1 < to
        && JOINING.contains(view.lower(from))
        && quoted[from + 1]
        && quoted[to - 1]
        && unquotedWords(from + 1, to) == 0;
  }

  private static final Set<String> JOINING =
      Set.of("because", "and", "but", "while", "since", "so");

  /**
   * Whether the one word between a cue and a quotation is the subject of the quoted words: "said
   * things “should be wrapped up”", not a hearer ("told reporters “…”") or a time ("said Tuesday").
   */
  private boolean subjectBefore(int from, int open) {
    int end = open;
    while (end > from + 1 && CLITICS.contains(view.lower(end - 1))) {
      end--; // "said he’s “looking forward to it”"
    }
    if (end != from + 1 || quoted[from]) {
      return false;
    }
    String w = view.lower(from);
    return Character.isLetter(w.charAt(0))
        && !Words.DAYS.contains(w)
        && !Words.HEARERS.contains(w)
        && !Words.PREPOSITIONS.contains(w)
        && view.mentionStartingAt(from) == null;
  }

  private static final Set<String> CLITICS =
      Set.of("’s", "'s", "’re", "'re", "’ll", "'ll", "’d", "'d", "’ve", "'ve", "’m", "'m");

  /** A word of a title before a name: a capital ("Republican") or a role ("candidate"). */
  private boolean titleWord(int t) {
    String w = view.word(t);
    return !w.isEmpty()
        && (Character.isUpperCase(w.charAt(0)) || Words.PERSON_ROLES.contains(view.lower(t)));
  }

  /** The end of a sentence's last word or closing mark, before its final punctuation. */
  private int lastWord(Sentence s) {
    int to = s.endToken();
    while (to > s.firstToken() + 1 && TRAILING.contains(view.word(to - 1))) {
      to--;
    }
    return to;
  }

  private int unquotedWords(int from, int to) {
    return QuoteMarks.unquotedWords(view, quoted, from, to);
  }

  private static final Set<String> NOT_RESUMING =
      Set.of(
          "and",
          "but",
          "or",
          "as",
          "while",
          "before",
          "after",
          "when",
          "because",
          "then",
          "who",
          "which",
          "according",
          "in",
          "on",
          "at",
          "during");

  private static final Set<String> CLAUSE_OPENERS = Set.of("that", ",", ":");
  private static final Set<String> TRAILING = Set.of(".", ",", ";", ":", "?", "!");

  /**
   * One quotation whose pieces a cue or a paragraph break separates: its span covers them all, its
   * text marks where the words between were left out ("… buying bread … We will answer it.").
   */
  private Quote joined(Quote previous, Quoted q) {
    return new Quote(
        previous.text() + " … " + q.content().of(view.text),
        new Span(previous.span().start(), q.content().end()),
        previous.speaker(),
        previous.speakerSpan(),
        previous.cue(),
        true);
  }

  /** Whether a passage with no cue goes on with the previous quote's speaker. */
  private boolean continues(Quoted q, Quote previous) {
    if (previous == null || !previous.direct() || words(q) < 4) {
      return false;
    }
    int open = view.tokenAt(q.outer().start());
    int first = view.sentence(view.sentenceOf(open)).firstToken();
    boolean opensSentence = open == first || afterFullStop(q) || afterConnective(first, open);
    return opensSentence && sentenceGap(previous, q) <= 2;
  }

  /**
   * Whether only a connective stands between a sentence's start and a quotation: 'But “…”', 'Now,
   * “…”'. The quotation goes on with the previous speaker as if it opened the sentence.
   */
  private boolean afterConnective(int first, int open) {
    int words = 0;
    for (int t = first; t < open; t++) {
      if (view.word(t).equals(",")) {
        continue;
      }
      if (++words > 1 || cues.at(t) != null || view.mentionStartingAt(t) != null) {
        return false;
      }
    }
    return words == 1 && Character.isUpperCase(view.word(first).charAt(0));
  }

  /**
   * Whether the passage's opening mark follows a full stop or a paragraph break. The sentence
   * splitter may hang a straight opening mark on the previous sentence ('he said. "Next'), so the
   * characters are read, not the sentences.
   */
  private boolean afterFullStop(Quoted q) {
    int i = q.outer().start() - 1;
    while (i >= 0 && Character.isSpaceChar(view.text.charAt(i))) {
      i--;
    }
    return i < 0 || ".?!\n".indexOf(view.text.charAt(i)) >= 0;
  }

  /**
   * The cue of another speaker in the sentence right before a quotation without a cue, after the
   * previous quote, or with no quote before: in "“…,” Hussein said. Carter said that the U.S. would
   * stay. “That's because …”" the quotation goes on with Carter. Null when there is none.
   */
  private Cue speakerBetween(Quote previous, Quoted q) {
    int open = view.tokenAt(q.outer().start());
    int sentence = view.sentenceOf(open);
    if (sentence == 0 || view.sentence(sentence).firstToken() != open && !afterFullStop(q)) {
      return null;
    }
    Sentence before = view.sentence(view.sentenceOf(open - 1));
    int from =
        previous == null
            ? before.firstToken()
            : Math.max(before.firstToken(), view.tokenAt(previous.span().end() - 1) + 1);
    Cue found = null;
    for (int t = before.firstToken(); t < Math.min(open, before.endToken()); t++) {
      if (quoted[t] || t < from) {
        return null; // a sentence of reported speech alone, not one with a quotation of its own
      }
      Cue c = Cues.according(view, t) || view.lower(t).endsWith("ing") ? null : cues.at(t);
      found = c != null && c.speaker().ref() != null ? c : found;
    }
    boolean other =
        found != null
            && (previous == null
                || previous.speaker() == null
                || !found.speaker().ref().equals(previous.speaker()));
    return other ? found : null;
  }

  private int sentenceGap(Quote previous, Quoted q) {
    int prev = view.sentenceOf(view.tokenAt(previous.span().end() - 1));
    return view.sentenceOf(view.tokenAt(q.outer().start())) - prev;
  }

  /**
   * Whether a passage is a quotation rather than a scare quote or a title: at least four words, and
   * either a capital first letter or a colon, comma or dash before it.
   */
  private boolean isQuotation(Quoted q) {
    if (words(q) < 4) {
      return false;
    }
    char first = view.text.charAt(q.content().start());
    String before = view.word(view.tokenAt(q.outer().start()) - 1);
    return !Character.isLowerCase(first) || SKIP.contains(before) || before.isEmpty();
  }

  /**
   * Whether a passage names a work or a show: every word capitalised, after a possessive, an
   * article or a preposition (Fox News channel’s “Sunday Morning Futures,” / on “Meet the Press”).
   */
  private boolean title(Quoted q) {
    int open = view.tokenAt(q.outer().start());
    String before = view.lower(open - 1);
    if (!TITLE_BEFORE.contains(before) && !Words.PREPOSITIONS.contains(before)) {
      return false;
    }
    for (int t = view.tokenAt(q.content().start()); t < view.tokenAt(q.content().end()); t++) {
      String w = view.word(t);
      if (!w.isEmpty() && Character.isLowerCase(w.charAt(0)) && w.length() > 3) {
        return false; // small words ("the", "of") may stay lower-case in a title
      }
    }
    return true;
  }

  private static final Set<String> TITLE_BEFORE = Set.of("’s", "'s", "the", "a", "an");

  private boolean capitalised(Quoted q) {
    return Character.isUpperCase(view.text.charAt(q.content().start()));
  }

  private int words(Quoted q) {
    return view.tokenAt(q.content().end()) - view.tokenAt(q.content().start());
  }

  private Cue cueOf(Quoted q) {
    Cue c = adjacentCue(q);
    int open = view.tokenAt(q.outer().start());
    int close = view.tokenAt(q.outer().end() - 1);
    return c != null || words(q) < 4 ? c : inSentence(open, close);
  }

  /** A cue right after the closing mark or right before the opening one. */
  private Cue adjacentCue(Quoted q) {
    int open = view.tokenAt(q.outer().start());
    int close = view.tokenAt(q.outer().end() - 1);
    Cue c = endsSentence(q) ? tagSentence(close) : after(close + 1, cueSentence(q, close));
    if (c == null) {
      c = cues.signature(close + 1);
    }
    if (c == null) {
      c = before(open - 1);
    }
    c = c != null ? c : cues.colon(open - 1);
    boolean question =
        c != null
            && c.verb() > close
            && Words.ASKED.contains(view.lower(view.sentence(view.sentenceOf(open)).firstToken()));
    return question ? null : c; // "Asked whether she is “fit to serve,” 60 percent said yes"
  }

  /**
   * The sentence a cue after the closing mark must be in: the quote's own, or the next one when the
   * quote ends with a question or exclamation mark and a lower-case word follows (“You winning?”
   * she said), where the sentence splitter cuts after the mark.
   */
  private int cueSentence(Quoted q, int close) {
    int sentence = view.sentenceOf(close);
    int next = close + 1;
    char last = view.text.charAt(q.content().end() - 1);
    if ((last == '?' || last == '!') && next < view.tokens.size()) {
      String w = view.word(next);
      boolean named = view.mentionStartingAt(next) != null && !afterParagraphBreak(close, next);
      if (!w.isEmpty() && Character.isLowerCase(w.codePointAt(0)) || named) {
        return view.sentenceOf(next); // “You winning?” she said / “Why?” Clinton asked
      }
    }
    return sentence;
  }

  /**
   * The cue of a sentence that is nothing but a speaker and a cue, right after a quotation that
   * ended with a full stop in the same paragraph: “… the emails that are missing.” Trump said.
   */
  private Cue tagSentence(int close) {
    int next = close + 1;
    if (next >= view.tokens.size() || afterParagraphBreak(close, next)) {
      return null;
    }
    Sentence s = view.sentence(view.sentenceOf(next));
    if (s.firstToken() != next || s.endToken() - next > 8 || !isBoundary(s.endToken() - 1)) {
      return null;
    }
    Cue c = after(next, view.sentenceOf(next));
    boolean whole =
        c != null
            && Math.max(c.speaker().last(), view.tokenAt(c.span().end() - 1)) == s.endToken() - 2;
    return whole ? c : null;
  }

  private boolean afterParagraphBreak(int close, int next) {
    return view.text
        .substring(view.tokens.get(close).end(), view.tokens.get(next).start())
        .contains("\n");
  }

  /** A cue just after the closing mark: “…,” Fidan said / “…,” said Fidan. */
  private Cue after(int from, int sentence) {
    int t = from;
    while (t < view.tokens.size() && SKIP.contains(view.lower(t))) {
      t++;
    }
    if (NEW_CLAUSE.contains(view.lower(t))) {
      return null; // “…,” and she added more: a clause of its own, not the quotation's cue
    }
    int end = Math.min(view.tokens.size(), t + WINDOW);
    for (int v = t; v < end && !quoted[v]; v++) {
      if (view.lower(v).equals("who") && v > t) {
        end = Math.min(view.tokens.size(), v + WINDOW + 2); // "a woman who had fled … told"
      }
      Cue c = cues.at(v);
      if (c != null
          && c.speaker().first() >= t
          && view.sentenceOf(v) == sentence
          && (onlyTitles(t, Math.min(c.verb(), c.speaker().first()))
              || apposedRole(t, Math.min(c.verb(), c.speaker().first())))) {
        return c;
      }
      if (isBoundary(v)) {
        return null;
      }
    }
    return apposedSubject(t, sentence);
  }

  /**
   * Whether tokens [from, to) may open a speaker's tag: determiners, possessives, titles and
   * capitalised words ("Fox's Chris Wallace", "former Obama adviser David Axelrod"), not the words
   * of a clause that goes on ("“it gets me mad” every time he thinks").
   */
  private boolean onlyTitles(int from, int to) {
    for (int t = from; t < to; t++) {
      String w = view.word(t);
      String lower = view.lower(t);
      boolean title =
          Character.isUpperCase(w.codePointAt(0))
              || Character.isDigit(w.codePointAt(0))
              || Words.DETERMINERS.contains(lower)
              || Words.PERSON_ROLES.contains(lower)
              || TITLE_WORDS.contains(lower)
              || w.equals(",") && t + 1 == to; // "“…,” the UN envoy, Maria Costa, told"
      if (!title) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether tokens [from, to) are a role ending in its noun, before a comma: "the EU's foreign
   * policy chief", "a senior aide to the governor"; no verb among them, at most eight words.
   */
  private boolean rolePhrase(int from, int to) {
    int last = to - 1;
    String head = view.lower(last);
    boolean noun = // "the mission's head", "a senior aide": a noun, not "said", "added"
        Words.PERSON_ROLES.contains(head)
            || !head.isEmpty()
                && Character.isLowerCase(view.word(last).charAt(0))
                && !head.endsWith("ed")
                && !head.endsWith("ing")
                && !Words.isSpeech(head);
    if (to - from > 8 || !noun) {
      return false;
    }
    String first = view.lower(from);
    int possessor = from; // "Tarn's governor": a name owns the role
    while (possessor < last && Character.isUpperCase(view.word(possessor).codePointAt(0))) {
      possessor++;
    }
    boolean named = possessor > from && Words.POSSESSIVES.contains(view.lower(possessor));
    if (!Words.DETERMINERS.contains(first) && !Words.POSSESSIVES.contains(first) && !named) {
      return false;
    }
    for (int t = from; t < last; t++) {
      String w = view.lower(t);
      if (Words.FINITE.contains(w)
          || Words.isSpeech(w)
          || QuoteMarks.CLOSING_MARKS.contains(view.word(t))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether tokens [from, to) are a role set off by a comma before the speaker's name: “…,” Tarn's
   * governor, Ivo Marek, said.
   */
  private boolean apposedRole(int from, int to) {
    return to - 1 > from && view.word(to - 1).equals(",") && rolePhrase(from, to - 1);
  }

  private static final Set<String> TITLE_WORDS =
      Set.of("'s", "’s", "former", "professor", "reporter", "host", "anchor", "columnist");

  /**
   * A cue whose subject, a name right after the closing mark, is followed by appositions: “…,”
   * Scott Pruitt, the attorney general of Oklahoma, one of the states suing, said at an event.
   */
  private Cue apposedSubject(int t, int sentence) {
    ResolvedMention m = view.mentionStartingAt(t);
    if (m == null || view.type(m) != EntityType.PERSON && view.type(m) != EntityType.ORGANIZATION) {
      return null;
    }
    int last = view.tokenAt(m.mention().span().end() - 1);
    if (!view.word(last + 1).equals(",")) {
      return null;
    }
    int end = view.sentence(sentence).endToken();
    for (int v = last + 2; v < Math.min(end, last + 32) && !quoted[v]; v++) {
      if (view.word(v - 1).equals(",")
          && Words.isSpeech(view.word(v))
          && !view.word(v).endsWith("ing")) {
        Cue c = cues.at(v);
        Speaker name =
            new Speaker(
                view.entity(m) != null ? view.entity(m).ref() : null, m.mention().span(), t, last);
        return new Cue(v, c != null ? c.span() : view.span(v, v + 1), name);
      }
      if (isBoundary(v)) {
        return null;
      }
    }
    return null;
  }

  /** A cue just before the opening mark: he stated, “…” / according to Fidan, “…”. */
  private Cue before(int from) {
    int t = from;
    while (t >= 0 && SKIP.contains(view.lower(t))) {
      t--;
    }
    for (int v = t; v >= Math.max(0, t - WINDOW) && !quoted[v]; v--) {
      Cue c = cues.at(v);
      if (c != null && c.speaker().last() <= from) {
        return c;
      }
      if (isBoundary(v)) {
        return null;
      }
    }
    return null;
  }

  /** Any cue in the sentences the quotation touches, nearest to it first. */
  private Cue inSentence(int open, int close) {
    Sentence s = view.sentence(view.sentenceOf(open));
    Sentence e = view.sentence(view.sentenceOf(Math.min(close, view.tokens.size() - 1)));
    Cue best = null;
    int bestDistance = Integer.MAX_VALUE;
    int last = e.endToken();
    if (endsSentence(open, close)) {
      last = Math.min(last, close + 1); // a cue after “... exceptions.” opens a new sentence
    }
    for (int v = s.firstToken(); v < last; v++) {
      if (quoted[v]) {
        continue;
      }
      Cue c = cues.at(v);
      int d = v < open ? open - v : v - close;
      if (c != null && d < bestDistance && !overlapsQuote(c.speaker())) {
        best = c;
        bestDistance = d;
      }
    }
    return best;
  }

  /** Whether the passage between tokens {@code open} and {@code close} ends a sentence. */
  private boolean endsSentence(int open, int close) {
    int end = view.tokens.get(close).start();
    int i = end - 1;
    while (i > view.tokens.get(open).start() && Character.isWhitespace(view.text.charAt(i))) {
      i--;
    }
    return i >= 0 && ".?!".indexOf(view.text.charAt(i)) >= 0;
  }

  /** Whether the quoted words end with a full stop: a cue after them belongs to a new sentence. */
  private boolean endsSentence(Quoted q) {
    return view.text.charAt(q.content().end() - 1) == '.';
  }

  private boolean overlapsQuote(Speaker s) {
    return quoted[s.first()] || quoted[s.last()];
  }

  private boolean isBoundary(int t) {
    String w = view.word(t);
    return w.equals(".") || w.equals("?") || w.equals("!") || w.equals(";");
  }
}
