package io.vigil.nlp.extract;

import io.vigil.model.Quote;
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

  List<Quote> attribute(List<Quoted> passages) {
    Map<Integer, Cue> byGroup = new HashMap<>();
    for (Quoted q : passages) {
      Cue c = cueOf(q);
      if (c != null) {
        byGroup.putIfAbsent(q.group(), c);
        usedCues.add(c.verb());
      }
    }
    List<Quote> out = new ArrayList<>();
    Quote previous = null;
    for (Quoted q : passages) {
      Cue c = byGroup.get(q.group());
      Quote quote = c != null ? quote(q, c.speaker(), c.span()) : continued(q, previous);
      if (quote != null) {
        out.add(quote);
        previous = quote;
      }
    }
    return out;
  }

  private Quote quote(Quoted q, Speaker s, Span cue) {
    return new Quote(q.content().of(view.text), q.content(), s.ref(), s.span(), cue, true);
  }

  private Quote continued(Quoted q, Quote previous) {
    if (previous == null || words(q) < 4) {
      return null;
    }
    int open = view.tokenAt(q.outer().start());
    int sentence = view.sentenceOf(open);
    int prevSentence = view.sentenceOf(view.tokenAt(previous.span().end() - 1));
    boolean opensSentence = open == view.sentence(sentence).firstToken();
    if (!opensSentence || sentence - prevSentence > 2) {
      return null;
    }
    return new Quote(
        q.content().of(view.text),
        q.content(),
        previous.speaker(),
        previous.speakerSpan(),
        previous.cue(),
        true);
  }

  private int words(Quoted q) {
    return view.tokenAt(q.content().end()) - view.tokenAt(q.content().start());
  }

  private Cue cueOf(Quoted q) {
    int open = view.tokenAt(q.outer().start());
    int close = view.tokenAt(q.outer().end() - 1);
    Cue c = after(close + 1);
    if (c == null) {
      c = before(open - 1);
    }
    return c != null ? c : inSentence(open, close);
  }

  /** A cue just after the closing mark: “…,” Fidan said / “…,” said Fidan. */
  private Cue after(int from) {
    int t = from;
    while (t < view.tokens.size() && SKIP.contains(view.lower(t))) {
      t++;
    }
    int end = Math.min(view.tokens.size(), t + WINDOW);
    for (int v = t; v < end && !quoted[v]; v++) {
      Cue c = cues.at(v);
      if (c != null && c.speaker().first() >= t) {
        return c;
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
    for (int v = s.firstToken(); v < e.endToken(); v++) {
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

  private boolean overlapsQuote(Speaker s) {
    return quoted[s.first()] || quoted[s.last()];
  }

  private boolean isBoundary(int t) {
    String w = view.word(t);
    return w.equals(".") || w.equals("?") || w.equals("!") || w.equals(";");
  }
}
