package io.vigil.nlp.analyse;

/**
 * Tokenises, splits and tags a clean text. Implementations are thread-safe and keep their models
 * loaded, so one instance serves a whole run.
 */
public interface Analyzer {

  Analysis analyse(String text);
}
