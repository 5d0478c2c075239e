package io.vigil.pipeline;

import io.vigil.ingest.FileDocuments;
import io.vigil.ingest.Ingest;
import io.vigil.model.Article;
import io.vigil.model.Event;
import io.vigil.model.Extraction;
import io.vigil.model.Quote;
import io.vigil.model.RawDocument;
import io.vigil.model.Rejection;
import io.vigil.model.Result;
import io.vigil.model.Signal;
import io.vigil.model.SignalKind;
import io.vigil.model.Span;
import io.vigil.nlp.analyse.Analysis;
import io.vigil.nlp.analyse.Analyzer;
import io.vigil.nlp.analyse.CoreNlpAnalyzer;
import io.vigil.nlp.analyse.TitleCase;
import io.vigil.nlp.extract.EventExtractor;
import io.vigil.nlp.extract.QuoteExtractor;
import io.vigil.nlp.geo.Geocoder;
import io.vigil.nlp.kb.KnowledgeBase;
import io.vigil.nlp.resolve.EntityRegistry;
import io.vigil.nlp.resolve.Resolution;
import io.vigil.nlp.resolve.Resolver;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Supplier;

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
  private final QuoteExtractor quotes;
  private final EventExtractor events = new EventExtractor();
  private final Geocoder geocoder;

  public Pipeline(FileDocuments files, Analyzer analyzer, KnowledgeBase kb) {
    this(files, analyzer, () -> kb);
  }

  /**
   * A pipeline whose knowledge base is asked for at each article, so that an analyst's file is
   * reloaded without a restart ({@link io.vigil.nlp.kb.AnalystKnowledgeBase}).
   */
  public Pipeline(FileDocuments files, Analyzer analyzer, Supplier<KnowledgeBase> kb) {
    this.files = files;
    this.ingest = new Ingest();
    this.analyzer = analyzer;
    this.resolver = new Resolver(kb, new EntityRegistry());
    this.quotes = new QuoteExtractor(QuoteExtractor.capitals(kb));
    this.geocoder = Geocoder.of(kb.get());
  }

  /** The default pipeline: CoreNLP's CRF, the bundled knowledge base, the default size limit. */
  public static Pipeline standard() {
    return standard(FileDocuments.DEFAULT_MAX_BYTES);
  }

  /** The default pipeline reading files of at most {@code maxBytes}. */
  public static Pipeline standard(long maxBytes) {
    return standard(maxBytes, KnowledgeBase::bundled);
  }

  /** The default pipeline with the knowledge base {@code kb} supplies. */
  public static Pipeline standard(long maxBytes, Supplier<KnowledgeBase> kb) {
    return new Pipeline(new FileDocuments(maxBytes), CoreNlpAnalyzer.shared(), kb);
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
    return article.then(a -> analysed(doc, a, times));
  }

  /**
   * The extraction of a cleaned article, or a rejection when a stage fails on it: one article that
   * trips a rule is counted and reported, and the run goes on with the next.
   */
  private Result<Extraction> analysed(RawDocument doc, Article article, StageTimes times) {
    try {
      return Result.ok(extract(article, times));
    } catch (RuntimeException e) {
      return Result.failed(
          doc.location(),
          Rejection.Reason.FAILED,
          "analysis failed (" + e + "); the article was read but not analysed, please report it");
    }
  }

  /** Everything after cleaning: analysis, resolution, quotes and events. */
  public Extraction extract(Article article) {
    return extract(article, new StageTimes());
  }

  /** The article's title-case headline, when its text opens with it (plain text keeps it). */
  private static List<Span> headlines(Article article) {
    String title = article.title();
    boolean opens = title != null && article.text().startsWith(title);
    return opens && TitleCase.line(title) ? List.of(new Span(0, title.length())) : List.of();
  }

  private Extraction extract(Article article, StageTimes times) {
    String text = article.text();
    LocalDate date =
        article.published() == null
            ? null
            : LocalDate.ofInstant(article.published(), ZoneOffset.UTC);
    long t0 = System.nanoTime();
    long c0 = StageTimes.threadCpuNanos();
    Analysis analysis = analyzer.analyse(text);
    long t1 = System.nanoTime();
    long c1 = StageTimes.threadCpuNanos();
    Resolution resolution =
        geocoder.retype(text, resolver.resolve(text, analysis, date, headlines(article)));
    long t2 = System.nanoTime();
    long c2 = StageTimes.threadCpuNanos();
    boolean foreign = article.foreign(); // the quote and event rules read English
    List<Quote> quoteList = foreign ? List.of() : quotes.extract(text, analysis, resolution);
    List<Event> eventList =
        foreign ? List.of() : events.extract(text, analysis, resolution, article.published());
    times.add(Stage.ANALYSE, t1 - t0, c1 - c0);
    times.add(Stage.RESOLVE, t2 - t1, c2 - c1);
    times.add(Stage.EXTRACT, System.nanoTime() - t2, StageTimes.threadCpuNanos() - c2);
    times.addTokens(analysis.tokens().size());
    Article read =
        foreign
            ? article.with(
                new Signal(
                    SignalKind.LANGUAGE,
                    "declared language "
                        + article.language()
                        + ": names are read, quotes and events are read only in English",
                    null))
            : article;
    return new Extraction(
        read,
        resolution.entities(),
        resolution.mentions(),
        quoteList,
        eventList,
        geocoder.locateAll(resolution));
  }
}
