/**
 * Who said what, and what happened: {@link io.vigil.nlp.extract.QuoteExtractor} finds direct
 * quotations and reported speech with their speakers resolved to entities, and {@link
 * io.vigil.nlp.extract.EventExtractor} finds CAMEO-coded events with actors, place, date and count.
 * Both read an article's tokens, sentences and resolved mentions with rules and small word lists
 * (no tagger, parser or coreference model), cost a few milliseconds an article, and are stateless
 * and thread-safe. Everything else here is package-private: the quotation marks ({@code
 * QuoteMarks}), speech cues and speakers ({@code Cues}, {@code Speakers}, {@code Referents}), the
 * trigger lexicon and lemmatiser ({@code Triggers}, {@code Lemmas}), negation and modality, counts
 * and dates.
 */
package io.vigil.nlp.extract;
