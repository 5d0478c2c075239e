package io.vigil.nlp.eval;

import io.vigil.model.EntityType;
import io.vigil.model.ResolvedMention;
import io.vigil.model.Span;
import io.vigil.nlp.analyse.Analyzer;
import io.vigil.nlp.kb.KnowledgeBase;
import io.vigil.nlp.resolve.EntityRegistry;
import io.vigil.nlp.resolve.Resolution;
import io.vigil.nlp.resolve.Resolver;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Vigil's named-entity recognition on CoNLL-2003: each document's given tokens are joined into a
 * text (sentences as paragraphs), run through analysis and resolution as any article would be, and
 * the resolved mentions are mapped back onto the given tokens. Demonyms count as MISC, as CoNLL
 * annotates them.
 */
public final class NerEval {

  private final Analyzer analyzer;
  private final KnowledgeBase kb;

  public NerEval(Analyzer analyzer, KnowledgeBase kb) {
    this.analyzer = analyzer;
    this.kb = kb;
  }

  /** Scores every document; writes {@code token gold predicted} lines to {@code out} if given. */
  public SpanScore run(List<ConllDocument> docs, PrintWriter out) {
    SpanScore score = new SpanScore();
    for (ConllDocument doc : docs) {
      StringBuilder text = new StringBuilder();
      List<int[]> offsets = new ArrayList<>();
      for (List<ConllDocument.Token> sentence : doc.sentences()) {
        if (!text.isEmpty()) {
          text.append("\n\n");
        }
        for (int i = 0; i < sentence.size(); i++) {
          if (i > 0) {
            text.append(' ');
          }
          offsets.add(new int[] {text.length(), text.length() + sentence.get(i).text().length()});
          text.append(sentence.get(i).text());
        }
      }
      String[] predicted = tag(text.toString(), offsets);
      int k = 0;
      for (List<ConllDocument.Token> sentence : doc.sentences()) {
        List<String> gold = sentence.stream().map(ConllDocument.Token::gold).toList();
        List<String> pred = Arrays.asList(predicted).subList(k, k + sentence.size());
        score.add(gold, pred);
        if (out != null) {
          for (int i = 0; i < sentence.size(); i++) {
            out.println(sentence.get(i).text() + " " + gold.get(i) + " " + pred.get(i));
          }
          out.println();
        }
        k += sentence.size();
      }
    }
    return score;
  }

  private String[] tag(String text, List<int[]> tokens) {
    Resolution r = new Resolver(kb, new EntityRegistry()).resolve(text, analyzer.analyse(text));
    String[] tags = new String[tokens.size()];
    Arrays.fill(tags, "O");
    int t = 0;
    for (ResolvedMention m : r.mentions()) {
      Span s = m.mention().span();
      boolean derived = s.end() < text.length() && text.charAt(s.end()) == '-'; // "London-based"
      String type = derived ? "MISC" : conllType(m, r);
      while (t < tokens.size() && tokens.get(t)[1] <= s.start()) {
        t++;
      }
      boolean first = true;
      for (int i = t; i < tokens.size() && tokens.get(i)[0] < s.end(); i++) {
        tags[i] = (first ? "B-" : "I-") + type;
        first = false;
      }
    }
    return tags;
  }

  private static String conllType(ResolvedMention m, Resolution r) {
    if ("demonym".equals(m.mention().rule())
        || m.how() != null && m.how().startsWith("demonym of")) {
      return "MISC";
    }
    EntityType type = r.entity(m.entityId()).map(e -> e.type()).orElse(m.mention().type());
    return switch (type) {
      case PERSON -> "PER";
      case ORGANIZATION -> "ORG";
      case LOCATION -> "LOC";
      case MISC -> "MISC";
    };
  }
}
