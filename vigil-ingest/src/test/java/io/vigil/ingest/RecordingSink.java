package io.vigil.ingest;

import io.vigil.model.RawDocument;
import io.vigil.model.Rejection;
import java.util.ArrayList;
import java.util.List;

/** A sink that keeps what it is given, for tests. */
public final class RecordingSink implements DocumentSink {

  public final List<RawDocument> docs = new ArrayList<>();
  public final List<Rejection> rejections = new ArrayList<>();
  public final List<Outcome.Skipped> skips = new ArrayList<>();

  @Override
  public synchronized void accept(RawDocument doc) {
    docs.add(doc);
  }

  @Override
  public synchronized void rejected(Rejection rejection) {
    rejections.add(rejection);
  }

  @Override
  public synchronized void skipped(Outcome.Skipped skipped) {
    skips.add(skipped);
  }
}
