/**
 * Tokens, sentences and named-entity mentions of an article's clean text, from CoreNLP's tokenizer,
 * sentence splitter and CRF tagger, chosen for their cost (about 18 ms of CPU an article of 900
 * tokens, almost all of it the CRF's feature extraction).
 */
package io.vigil.nlp.analyse;
