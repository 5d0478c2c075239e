package io.vigil.nlp.extract;

import io.vigil.model.Entity;
import io.vigil.model.EntityRef;
import io.vigil.model.EntityType;
import io.vigil.model.ResolvedMention;
import io.vigil.model.Sentence;
import io.vigil.model.Span;
import io.vigil.model.Token;
import io.vigil.nlp.analyse.Analysis;
import io.vigil.nlp.resolve.Resolution;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One article as the extractors read it: text, tokens, sentences and resolved mentions, with
 * indexes from token positions to mentions. Built once per call, never shared between threads.
 */
final class ArticleView {

  final String text;
  final Analysis analysis;
  final Resolution resolution;
  final List<Token> tokens;
  private final String[] lowered;
  private final Map<String, Entity> entities;
  private final Map<Integer, ResolvedMention> byEndChar = new HashMap<>();
  private final Map<Integer, ResolvedMention> byStartChar = new HashMap<>();
  private final boolean[] named;

  /** The country whose capital an entity is, by the entity's id, or null. */
  final java.util.function.Function<String, io.vigil.model.EntityRef> capitalOf;

  ArticleView(String text, Analysis analysis, Resolution resolution) {
    this(text, analysis, resolution, id -> null);
  }

  ArticleView(
      String text,
      Analysis analysis,
      Resolution resolution,
      java.util.function.Function<String, io.vigil.model.EntityRef> capitalOf) {
    this.capitalOf = capitalOf;
    this.text = text;
    this.analysis = analysis;
    this.resolution = resolution;
    this.tokens = analysis.tokens();
    this.lowered = new String[tokens.size()];
    for (int t = 0; t < lowered.length; t++) {
      lowered[t] = tokens.get(t).text().toLowerCase(java.util.Locale.ROOT);
    }
    this.entities = resolution.byId();
    this.named = new boolean[tokens.size()];
    for (ResolvedMention m : resolution.mentions()) {
      byEndChar.put(m.mention().span().end(), m);
      byStartChar.put(m.mention().span().start(), m);
      for (int t = tokenAt(m.mention().span().start());
          t < tokens.size() && tokens.get(t).start() < m.mention().span().end();
          t++) {
        named[t] = true;
      }
    }
  }

  private List<QuoteMarks.Quoted> quotations;
  private boolean[] quoted;

  /** The article's quotations between marks, found once. */
  List<QuoteMarks.Quoted> quotations() {
    if (quotations == null) {
      quotations = QuoteMarks.find(text);
    }
    return quotations;
  }

  /**
   * Which tokens lie inside a quotation, its marks included: what a speaker says is neither the
   * article's report of fact nor a name the article refers back to. Shared; never written to.
   */
  boolean[] quoted() {
    if (quoted == null) {
      quoted = new boolean[tokens.size()];
      for (QuoteMarks.Quoted q : quotations()) {
        for (int t = tokenAt(q.outer().start());
            t < quoted.length && tokens.get(t).start() < q.outer().end();
            t++) {
          quoted[t] = true;
        }
      }
    }
    return quoted;
  }

  /** The resolved mentions lying inside {@code span}, in text order, found by binary search. */
  List<ResolvedMention> within(Span span) {
    List<ResolvedMention> ms = resolution.mentions();
    int lo = 0;
    int hi = ms.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (ms.get(mid).mention().span().start() < span.start()) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    int end = lo;
    while (end < ms.size() && ms.get(end).mention().span().end() <= span.end()) {
      end++;
    }
    return ms.subList(lo, end);
  }

  /** Whether token {@code t} is part of a name ("States" in "United States"). */
  boolean inName(int t) {
    return t >= 0 && t < named.length && named[t];
  }

  String word(int token) {
    return token >= 0 && token < tokens.size() ? tokens.get(token).text() : "";
  }

  /** The token's text in lower case, computed once per article: the rules ask for it often. */
  String lower(int token) {
    return token >= 0 && token < lowered.length ? lowered[token] : "";
  }

  /** The characters of tokens [from, to); an empty span where the range is empty. */
  Span span(int from, int to) {
    if (to <= from) {
      int at = from < tokens.size() ? tokens.get(from).start() : text.length();
      return new Span(at, at);
    }
    return new Span(tokens.get(from).start(), tokens.get(to - 1).end());
  }

  /** The resolved mention whose last token is {@code token}, or null. */
  ResolvedMention mentionEndingAt(int token) {
    return token < 0 || token >= tokens.size() ? null : byEndChar.get(tokens.get(token).end());
  }

  /** The resolved mention whose first token is {@code token}, or null. */
  ResolvedMention mentionStartingAt(int token) {
    return token < 0 || token >= tokens.size() ? null : byStartChar.get(tokens.get(token).start());
  }

  /** The entity a mention names, as a reference; a bare reference when it names none known. */
  EntityRef ref(ResolvedMention m) {
    Entity e = entity(m);
    return e != null ? e.ref() : new EntityRef(m.entityId(), m.mention().text());
  }

  Entity entity(ResolvedMention m) {
    return m == null ? null : entities.get(m.entityId());
  }

  EntityType type(ResolvedMention m) {
    Entity e = entity(m);
    return e != null ? e.type() : m.mention().type();
  }

  /**
   * Whether the resolver read a mention as a people's word for a place ("Turkish", "Kesseli"): it
   * stands for a country but names no place.
   */
  static boolean peoplesWord(ResolvedMention m) {
    return "demonym".equals(m.mention().rule())
        || m.how() != null && m.how().startsWith("demonym of");
  }

  /** The index of the token holding or following character {@code offset}. */
  int tokenAt(int offset) {
    int lo = 0;
    int hi = tokens.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (tokens.get(mid).end() <= offset) {
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return lo;
  }

  /** The index of the sentence holding token {@code token}. */
  int sentenceOf(int token) {
    List<Sentence> ss = analysis.sentences();
    int lo = 0;
    int hi = ss.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      Sentence s = ss.get(mid);
      if (token < s.firstToken()) {
        hi = mid - 1;
      } else if (token >= s.endToken()) {
        lo = mid + 1;
      } else {
        return mid;
      }
    }
    return Math.max(0, Math.min(lo, ss.size() - 1));
  }

  Sentence sentence(int index) {
    return analysis.sentences().get(index);
  }
}
