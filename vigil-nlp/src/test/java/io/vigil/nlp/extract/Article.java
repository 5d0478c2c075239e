package io.vigil.nlp.extract;

import io.vigil.nlp.analyse.Analysis;
import io.vigil.nlp.analyse.CoreNlpAnalyzer;
import io.vigil.nlp.resolve.Resolution;

/** A test article: its text analysed by the shared CoreNLP analyser and resolved. */
record Article(String text, Analysis analysis, Resolution resolution) {

  static Article of(String text) {
    Analysis a = CoreNlpAnalyzer.shared().analyse(text);
    return new Article(text, a, SimpleResolver.resolve(text, a));
  }
}
