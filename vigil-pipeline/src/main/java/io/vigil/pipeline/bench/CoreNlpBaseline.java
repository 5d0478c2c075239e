package io.vigil.pipeline.bench;

import io.vigil.ingest.decode.TextDecoder;
import io.vigil.model.RawDocument;
import io.vigil.nlp.analyse.CoreNlpLeanNer;
import java.util.List;

/**
 * CoreNLP's lean NER alone on the same documents' text, decoded the same way, so that the ratio
 * Vigil/CoreNLP is measured in one run on one machine.
 */
public final class CoreNlpBaseline implements Bench.Baseline {

  @Override
  public BenchReport.Baseline measure(List<RawDocument> docs, Bench.Options options) {
    // Loaded here, after Vigil's passes, so that its model does not count in Vigil's peak heap.
    CoreNlpLeanNer ner = new CoreNlpLeanNer();
    List<RawDocument> texts =
        docs.stream().filter(d -> !TextDecoder.looksBinary(d.bytes())).toList();
    Bench.Timing t =
        Bench.timeParallel(
            texts, options, d -> ner.annotate(TextDecoder.decode(d.bytes(), d.charset()).text()));
    int articles = texts.size() * options.repeat();
    return new BenchReport.Baseline(
        "corenlp-lean-ner",
        articles,
        t.seconds(),
        articles / t.seconds(),
        1000 * t.cpuSeconds() / Math.max(1, articles));
  }
}
