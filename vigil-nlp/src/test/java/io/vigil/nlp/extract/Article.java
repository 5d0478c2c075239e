package io.vigil.nlp.extract;

import io.vigil.nlp.analyse.Analysis;
import io.vigil.nlp.analyse.CoreNlpAnalyzer;
import io.vigil.nlp.kb.KnowledgeBase;
import io.vigil.nlp.resolve.EntityRegistry;
import io.vigil.nlp.resolve.Resolution;
import io.vigil.nlp.resolve.Resolver;

/**
 * A test article: its text analysed by the shared CoreNLP analyser and resolved by the real
 * resolver.
 */
record Article(String text, Analysis analysis, Resolution resolution) {

  private static final Resolver RESOLVER =
      new Resolver(KnowledgeBase.bundled(), new EntityRegistry());

  static Article of(String text) {
    Analysis a = CoreNlpAnalyzer.shared().analyse(text);
    return new Article(text, a, RESOLVER.resolve(text, a));
  }
}
