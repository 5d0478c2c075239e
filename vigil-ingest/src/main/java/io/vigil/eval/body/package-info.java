/**
 * Measuring article-body extraction: the word 4-gram shingle metric of the article-extraction
 * benchmark, and a runner that scores Vigil's ingest path on a folder of pages with a ground truth.
 */
package io.vigil.eval.body;
