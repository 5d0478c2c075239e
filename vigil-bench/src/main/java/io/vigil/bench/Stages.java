package io.vigil.bench;

import edu.stanford.nlp.ling.CoreLabel;
import io.vigil.index.ArticleIndex;
import io.vigil.ingest.Ingest;
import io.vigil.model.Article;
import io.vigil.model.Extraction;
import io.vigil.model.RawDocument;
import io.vigil.model.Result;
import io.vigil.nlp.analyse.Analysis;
import io.vigil.nlp.analyse.CoreNlpAnalyzer;
import io.vigil.nlp.analyse.CoreNlpLeanNer;
import io.vigil.nlp.extract.EventExtractor;
import io.vigil.nlp.extract.QuoteExtractor;
import io.vigil.nlp.kb.KnowledgeBase;
import io.vigil.nlp.resolve.EntityRegistry;
import io.vigil.nlp.resolve.Resolution;
import io.vigil.nlp.resolve.Resolver;
import io.vigil.pipeline.Pipeline;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Each stage of the pipeline on one article per call, cycling through the {@link Articles}: the
 * score is milliseconds per article. The inputs of each stage are computed once in setup, so a
 * stage's score is its own.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class Stages {

  /** The models and the articles at each stage, shared by the benchmark's threads. */
  @State(Scope.Benchmark)
  public static class Corpus {
    Pipeline pipeline;
    Ingest ingest;
    CoreNlpAnalyzer analyzer;
    KnowledgeBase kb;
    CoreNlpLeanNer lean;
    List<RawDocument> docs;
    List<String> texts;
    List<List<List<CoreLabel>>> sentences;
    List<Analysis> analyses;
    List<Resolution> resolutions;
    List<Extraction> extractions;
    QuoteExtractor quotes;
    EventExtractor events;
    Path indexDir;
    ArticleIndex index;

    @Setup
    public void load() throws IOException {
      pipeline = Pipeline.standard();
      ingest = new Ingest();
      analyzer = CoreNlpAnalyzer.shared();
      kb = KnowledgeBase.bundled();
      lean = new CoreNlpLeanNer();
      docs = Articles.load();
      texts = new ArrayList<>();
      sentences = new ArrayList<>();
      analyses = new ArrayList<>();
      resolutions = new ArrayList<>();
      extractions = new ArrayList<>();
      quotes = new QuoteExtractor();
      events = new EventExtractor();
      for (RawDocument doc : docs) {
        if (ingest.toArticle(doc) instanceof Result.Ok<Article> ok) {
          String text = ok.value().text();
          texts.add(text);
          sentences.add(analyzer.split(text));
          Analysis analysis = analyzer.analyse(text);
          analyses.add(analysis);
          resolutions.add(new Resolver(kb, new EntityRegistry()).resolve(text, analysis));
          extractions.add(pipeline.extract(ok.value()));
        }
      }
      indexDir = Files.createTempDirectory("vigil-jmh-index");
      index = ArticleIndex.open(indexDir);
      if (texts.isEmpty()) {
        throw new IllegalStateException("no benchmark article survived cleaning");
      }
    }
  }

  /** Closes the benchmark's index and deletes its folder. */
  @State(Scope.Benchmark)
  public static class Cleanup {
    @TearDown
    public void close(Corpus c) throws IOException {
      c.index.close();
      try (var files = Files.walk(c.indexDir)) {
        for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(p);
        }
      }
    }
  }

  /** Which article a thread processes next. */
  @State(Scope.Thread)
  public static class Cursor {
    int next;

    @Setup(Level.Iteration)
    public void rewind() {
      next = 0;
    }

    int take(int size) {
      int i = next;
      next = (next + 1) % size;
      return i;
    }
  }

  @Benchmark
  public Object clean(Corpus c, Cursor k) {
    return c.ingest.toArticle(c.docs.get(k.take(c.docs.size())));
  }

  /** CoreNLP's tokenizer and sentence splitter alone. */
  @Benchmark
  public Object tokenizeAndSplit(Corpus c, Cursor k) {
    return c.analyzer.split(c.texts.get(k.take(c.texts.size())));
  }

  /** The CRF alone, on every sentence of an article already split. */
  @Benchmark
  public void crf(Corpus c, Cursor k, Blackhole bh) {
    for (List<CoreLabel> sentence : c.sentences.get(k.take(c.sentences.size()))) {
      bh.consume(c.analyzer.tag(sentence));
    }
  }

  @Benchmark
  public Analysis analyse(Corpus c, Cursor k) {
    return c.analyzer.analyse(c.texts.get(k.take(c.texts.size())));
  }

  /** Resolution with a fresh registry per article, as in a one-article run. */
  @Benchmark
  public Resolution resolve(Corpus c, Cursor k) {
    int i = k.take(c.analyses.size());
    return new Resolver(c.kb, new EntityRegistry()).resolve(c.texts.get(i), c.analyses.get(i));
  }

  /** Quotes and events, on an article already analysed and resolved. */
  @Benchmark
  public void quotesAndEvents(Corpus c, Cursor k, Blackhole bh) {
    int i = k.take(c.resolutions.size());
    bh.consume(c.quotes.extract(c.texts.get(i), c.analyses.get(i), c.resolutions.get(i)));
    bh.consume(c.events.extract(c.texts.get(i), c.analyses.get(i), c.resolutions.get(i), null));
  }

  /** Adding one extraction to a Lucene index on disk (searchable at the next reopen). */
  @Benchmark
  public long index(Corpus c, Cursor k, Cleanup done) {
    return c.index.index(c.extractions.get(k.take(c.extractions.size())));
  }

  /** Every stage, from the raw document. */
  @Benchmark
  public Object pipeline(Corpus c, Cursor k) {
    return c.pipeline.process(c.docs.get(k.take(c.docs.size())));
  }

  /** The baseline: CoreNLP's tokenize,ssplit,ner with the 3-class CRF, on the clean text. */
  @Benchmark
  public int coreNlpLeanNer(Corpus c, Cursor k) {
    return c.lean.annotate(c.texts.get(k.take(c.texts.size())));
  }
}
