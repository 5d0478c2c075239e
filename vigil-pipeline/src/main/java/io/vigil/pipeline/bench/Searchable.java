package io.vigil.pipeline.bench;

import io.vigil.index.ArticleIndex;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * Measures ingest-to-searchable latency: for each indexed article, a watcher thread waits until the
 * index can find it and records the time since its processing started. Workers only enqueue, so the
 * measurement does not slow them down.
 */
final class Searchable {

  private static final long[] END = {-1, 0};

  private final ArticleIndex index;
  private final BlockingQueue<long[]> pending = new LinkedBlockingQueue<>();
  private final List<Long> latencies = new ArrayList<>();
  private final Thread watcher;

  private Searchable(ArticleIndex index) {
    this.index = index;
    this.watcher =
        Thread.ofPlatform().name("vigil-bench-searchable").daemon().unstarted(this::watch);
  }

  static Searchable start(ArticleIndex index) {
    Searchable s = new Searchable(index);
    s.watcher.start();
    return s;
  }

  /** An article indexed as {@code generation}, whose processing started at {@code startNanos}. */
  void track(long generation, long startNanos) {
    pending.add(new long[] {generation, startNanos});
  }

  /** Waits for the last tracked article; returns the 95th percentile in milliseconds. */
  Double finish() {
    pending.add(END);
    try {
      watcher.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    if (latencies.isEmpty()) {
      return null;
    }
    Collections.sort(latencies);
    int i = Math.max(0, (int) Math.ceil(0.95 * latencies.size()) - 1);
    return latencies.get(i) / 1e6;
  }

  private void watch() {
    try {
      for (long[] next = pending.take(); next != END; next = pending.take()) {
        index.awaitSearchable(next[0]);
        latencies.add(System.nanoTime() - next[1]);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
