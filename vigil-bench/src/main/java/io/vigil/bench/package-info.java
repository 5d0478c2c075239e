/**
 * JMH benchmarks of the pipeline's stages on a few articles: tokenising and sentence splitting, the
 * CRF tagger, the whole analysis, resolution, cleaning, and the whole pipeline per article, with
 * CoreNLP's lean NER pipeline beside them. Benchmarks, not tests: run with {@code vigil-bench/run}.
 */
package io.vigil.bench;
