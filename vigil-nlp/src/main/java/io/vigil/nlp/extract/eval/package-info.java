/**
 * Measures the quote extractor on PolNeAR, the attribution corpus of political news (Newell,
 * Margolin and Ruths, LREC 2018): precision, recall and F1 of quotes with their speakers, and of
 * their contents alone, overall and for direct quotations.
 */
package io.vigil.nlp.extract.eval;
