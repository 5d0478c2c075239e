package io.vigil.index;

import io.vigil.model.Article;
import io.vigil.model.Entity;
import io.vigil.model.Event;
import io.vigil.model.Extraction;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.ControlledRealTimeReopenThread;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * Extracted articles in a Lucene index on disk. Adding returns a generation; an article is
 * searchable once {@link #awaitSearchable} for its generation returns, which a background thread
 * makes happen within about a second (at most twice a second, since each reopen flushes a segment).
 * {@link #commit} makes everything added so far durable (it survives a kill); closing commits.
 * Thread-safe.
 */
public final class ArticleIndex implements AutoCloseable {

  private static final double MAX_STALE_SECONDS = 1.0;
  private static final double MIN_STALE_SECONDS = 0.5;

  private final Directory dir;
  private final Analyzer analyzer = new StandardAnalyzer();
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private final ControlledRealTimeReopenThread<IndexSearcher> reopener;

  private ArticleIndex(Path path) throws IOException {
    this.dir = FSDirectory.open(path);
    this.writer = new IndexWriter(dir, new IndexWriterConfig(analyzer));
    this.searchers = new SearcherManager(writer, null);
    this.reopener =
        new ControlledRealTimeReopenThread<>(
            writer, searchers, MAX_STALE_SECONDS, MIN_STALE_SECONDS);
    reopener.setName("vigil-index-reopen");
    reopener.setDaemon(true);
    reopener.start();
  }

  /** Opens (or creates) the index in {@code path}. */
  public static ArticleIndex open(Path path) throws IOException {
    return new ArticleIndex(path);
  }

  /** Adds an article, or replaces the one with its id; returns the generation to wait for. */
  public long index(Extraction x) {
    try {
      return writer.updateDocument(new Term(Fields.ID, x.article().id()), document(x));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot index " + x.article().id(), e);
    }
  }

  /** Blocks until what was added up to {@code generation} is searchable. */
  public void awaitSearchable(long generation) throws InterruptedException {
    reopener.waitForGeneration(generation);
  }

  /** Makes everything added so far durable. */
  public void commit() {
    try {
      writer.commit();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot commit the index", e);
    }
  }

  /**
   * Searches text, titles and every name of every entity, so a query for one alias finds articles
   * that use another.
   *
   * @throws IllegalArgumentException for a query that does not parse, with the parser's reason
   */
  public List<Hit> search(String query, int n) {
    MultiFieldQueryParser parser =
        new MultiFieldQueryParser(new String[] {Fields.TEXT, Fields.TITLE, Fields.NAMES}, analyzer);
    try {
      return run(parser.parse(query), n);
    } catch (ParseException e) {
      throw new IllegalArgumentException("bad query '" + query + "': " + e.getMessage(), e);
    }
  }

  /** The articles that mention entity {@code id}. */
  public List<Hit> withEntity(String id, int n) {
    return run(new TermQuery(new Term(Fields.ENTITY, id)), n);
  }

  private List<Hit> run(Query query, int n) {
    try {
      IndexSearcher searcher = searchers.acquire();
      try {
        TopDocs top = searcher.search(query, n);
        List<Hit> hits = new ArrayList<>();
        for (ScoreDoc sd : top.scoreDocs) {
          Document d = searcher.storedFields().document(sd.doc);
          hits.add(new Hit(d.get(Fields.ID), d.get(Fields.TITLE), d.get(Fields.SOURCE), sd.score));
        }
        return hits;
      } finally {
        searchers.release(searcher);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot search the index", e);
    }
  }

  private static Document document(Extraction x) {
    Article a = x.article();
    Document d = new Document();
    d.add(new StringField(Fields.ID, a.id(), Field.Store.YES));
    if (a.title() != null) {
      d.add(new TextField(Fields.TITLE, a.title(), Field.Store.YES));
    }
    d.add(new TextField(Fields.TEXT, a.text(), Field.Store.YES));
    d.add(new StoredField(Fields.SOURCE, a.url() != null ? a.url() : a.location()));
    if (a.published() != null) {
      d.add(new LongField(Fields.PUBLISHED, a.published().toEpochMilli(), Field.Store.YES));
    }
    for (Entity e : x.entities()) {
      d.add(new StringField(Fields.ENTITY, e.id(), Field.Store.YES));
      d.add(new TextField(Fields.NAMES, e.name(), Field.Store.NO));
      for (String alias : e.aliases()) {
        d.add(new TextField(Fields.NAMES, alias, Field.Store.NO));
      }
    }
    for (Event ev : x.events()) {
      d.add(new StringField(Fields.CAMEO, ev.cameo(), Field.Store.YES));
      if (ev.cameo().length() > 2) {
        d.add(new StringField(Fields.CAMEO, ev.cameo().substring(0, 2), Field.Store.NO));
      }
    }
    return d;
  }

  /** Commits what was added and closes. */
  @Override
  public void close() throws IOException {
    reopener.close();
    searchers.close();
    writer.close();
    dir.close();
  }
}
