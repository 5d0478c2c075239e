/**
 * Tokens, sentences and named-entity mentions of an article's clean text, from CoreNLP's tokenizer,
 * sentence splitter and CRF tagger, chosen for their cost (about 30 ms an article).
 */
package io.vigil.nlp.analyse;
