package io.vigil.ingest;

import io.vigil.model.Article;
import io.vigil.model.RawDocument;
import io.vigil.model.Rejection;
import io.vigil.model.Result;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * The one place every source's documents meet: each document goes through {@link Ingest#toArticle},
 * an optional check that its text is new, and then on to {@code outcomes} as an {@link Outcome};
 * rejections and skips from the sources pass straight through. Thread-safe when {@code outcomes}
 * and {@code isNew} are.
 */
public final class IngestSink implements DocumentSink {

  private final Ingest ingest;
  private final Predicate<Article> isNew;
  private final Consumer<Article> delivered;
  private final Consumer<Outcome> outcomes;

  /**
   * @param ingest the raw-document-to-article path
   * @param isNew false for an article whose text was read before (it is then skipped); {@code a ->
   *     true} to keep all
   * @param outcomes receives one outcome per input
   */
  public IngestSink(Ingest ingest, Predicate<Article> isNew, Consumer<Outcome> outcomes) {
    this(ingest, isNew, outcomes, a -> {});
  }

  /**
   * A sink that tells {@code delivered} about each extracted article only after {@code outcomes}
   * has taken it, so that a store of what was read (the feed watcher's seen-set) records an article
   * only once it was handed on: a crash in between reads it again, never loses it.
   */
  public IngestSink(
      Ingest ingest,
      Predicate<Article> isNew,
      Consumer<Outcome> outcomes,
      Consumer<Article> delivered) {
    this.ingest = Objects.requireNonNull(ingest);
    this.isNew = Objects.requireNonNull(isNew);
    this.outcomes = Objects.requireNonNull(outcomes);
    this.delivered = Objects.requireNonNull(delivered);
  }

  public IngestSink(Ingest ingest, Consumer<Outcome> outcomes) {
    this(ingest, a -> true, outcomes);
  }

  @Override
  public void accept(RawDocument doc) {
    Outcome outcome =
        switch (ingest.toArticle(doc)) {
          case Result.Ok<Article> ok ->
              isNew.test(ok.value())
                  ? new Outcome.Extracted(ok.value())
                  : new Outcome.Skipped(
                      doc.location(),
                      Outcome.Skip.DUPLICATE_TEXT,
                      "the same text was read before under another address");
          case Result.Failed<Article> failed -> new Outcome.Rejected(failed.rejection());
        };
    outcomes.accept(outcome);
    if (outcome instanceof Outcome.Extracted extracted) {
      delivered.accept(extracted.article());
    }
  }

  @Override
  public void rejected(Rejection rejection) {
    outcomes.accept(new Outcome.Rejected(rejection));
  }

  @Override
  public void skipped(Outcome.Skipped skipped) {
    outcomes.accept(skipped);
  }
}
