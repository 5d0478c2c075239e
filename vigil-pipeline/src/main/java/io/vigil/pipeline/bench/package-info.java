/**
 * Measuring the pipeline: throughput, per-stage shares, latency percentiles and peak heap over a
 * directory of articles, with CoreNLP's lean NER measured side by side as the baseline.
 */
package io.vigil.pipeline.bench;
