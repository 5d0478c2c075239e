package io.vigil.nlp.analyse;

import io.vigil.model.Mention;
import io.vigil.model.Sentence;
import io.vigil.model.Token;
import java.util.List;

/**
 * The linguistic analysis of one article's clean text. All offsets are into that text.
 *
 * @param tokens every token, in order
 * @param sentences sentences as token ranges
 * @param mentions named-entity mentions found by the recogniser, in order, not yet resolved
 */
public record Analysis(List<Token> tokens, List<Sentence> sentences, List<Mention> mentions) {

  public Analysis {
    tokens = List.copyOf(tokens);
    sentences = List.copyOf(sentences);
    mentions = List.copyOf(mentions);
  }

  /** The tokens of one sentence. */
  public List<Token> tokensOf(Sentence s) {
    return tokens.subList(s.firstToken(), s.endToken());
  }

  /** The sentence holding character {@code offset}, or null. */
  public Sentence sentenceAt(int offset) {
    int lo = 0;
    int hi = sentences.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      Sentence s = sentences.get(mid);
      if (offset < s.span().start()) {
        hi = mid - 1;
      } else if (offset >= s.span().end()) {
        lo = mid + 1;
      } else {
        return s;
      }
    }
    return null;
  }
}
