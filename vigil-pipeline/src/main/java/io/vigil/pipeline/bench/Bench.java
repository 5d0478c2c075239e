package io.vigil.pipeline.bench;

import io.vigil.model.Extraction;
import io.vigil.model.RawDocument;
import io.vigil.model.Result;
import io.vigil.pipeline.Pipeline;
import io.vigil.pipeline.Stage;
import io.vigil.pipeline.StageTimes;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.ToIntFunction;

/**
 * Runs the pipeline over documents held in memory: a warm-up pass, then {@code repeat} measured
 * passes on {@code threads} threads, each article timed and each stage timed. Reading from disk is
 * not measured, so the figures are the pipeline's own.
 */
public final class Bench {

  /** How to run: threads, measured passes, and how many articles warm the JIT up first. */
  public record Options(int threads, int repeat, int warmup) {}

  private Bench() {}

  public static BenchReport run(
      Pipeline pipeline, List<RawDocument> docs, Options options, Baseline baseline) {
    warm(docs, options.warmup(), d -> pipeline.process(d) instanceof Result.Ok<Extraction> ? 1 : 0);
    System.gc();
    resetPeakHeap();
    List<Worker> workers = runPasses(docs, options, pipeline);
    long peakHeap = peakHeap();
    StageTimes times = new StageTimes();
    List<Long> latencies = new ArrayList<>();
    int articles = 0;
    int rejected = 0;
    long start = Long.MAX_VALUE;
    long end = 0;
    for (Worker w : workers) {
      times.add(w.times);
      latencies.addAll(w.latencies);
      articles += w.articles;
      rejected += w.rejected;
      start = Math.min(start, w.start);
      end = Math.max(end, w.end);
    }
    double seconds = (end - start) / 1e9;
    Collections.sort(latencies);
    BenchReport.Baseline base = baseline == null ? null : baseline.measure(docs, options);
    return new BenchReport(
        articles,
        rejected,
        options.threads(),
        seconds,
        articles / seconds,
        times.tokens() / seconds,
        shares(times),
        percentile(latencies, 0.50),
        percentile(latencies, 0.95),
        percentile(latencies, 0.99),
        peakHeap,
        null,
        base);
  }

  /** A baseline system measured on the same documents. */
  public interface Baseline {
    BenchReport.Baseline measure(List<RawDocument> docs, Options options);
  }

  /** Times {@code work} over the documents on the options' threads and passes. */
  static double timeParallel(
      List<RawDocument> docs, Options options, ToIntFunction<RawDocument> work) {
    warm(docs, options.warmup(), work);
    long t0 = System.nanoTime();
    AtomicInteger next = new AtomicInteger();
    int total = docs.size() * options.repeat();
    parallel(
        options.threads(),
        () -> {
          for (int i = next.getAndIncrement(); i < total; i = next.getAndIncrement()) {
            work.applyAsInt(docs.get(i % docs.size()));
          }
          return null;
        });
    return (System.nanoTime() - t0) / 1e9;
  }

  private static void warm(List<RawDocument> docs, int n, ToIntFunction<RawDocument> work) {
    for (int i = 0; i < Math.min(n, docs.size()); i++) {
      work.applyAsInt(docs.get(i));
    }
  }

  private static final class Worker {
    final StageTimes times = new StageTimes();
    final List<Long> latencies = new ArrayList<>();
    int articles;
    int rejected;
    long start;
    long end;
  }

  private static List<Worker> runPasses(
      List<RawDocument> docs, Options options, Pipeline pipeline) {
    AtomicInteger next = new AtomicInteger();
    int total = docs.size() * options.repeat();
    List<Worker> workers = Collections.synchronizedList(new ArrayList<>());
    parallel(
        options.threads(),
        () -> {
          Worker w = new Worker();
          w.start = System.nanoTime();
          for (int i = next.getAndIncrement(); i < total; i = next.getAndIncrement()) {
            long t0 = System.nanoTime();
            Result<Extraction> r = pipeline.process(docs.get(i % docs.size()), w.times);
            w.latencies.add(System.nanoTime() - t0);
            if (r instanceof Result.Ok<Extraction>) {
              w.articles++;
            } else {
              w.rejected++;
            }
          }
          w.end = System.nanoTime();
          workers.add(w);
          return null;
        });
    return workers;
  }

  private static void parallel(int threads, java.util.concurrent.Callable<Void> task) {
    try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
      List<Future<Void>> futures = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        futures.add(pool.submit(task));
      }
      for (Future<Void> f : futures) {
        f.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("benchmark interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("benchmark failed: " + e.getCause(), e.getCause());
    }
  }

  private static Map<Stage, Double> shares(StageTimes times) {
    Map<Stage, Double> shares = new EnumMap<>(Stage.class);
    double total = Math.max(1, times.totalNanos());
    for (Stage s : Stage.values()) {
      shares.put(s, times.nanos(s) / total);
    }
    return shares;
  }

  private static double percentile(List<Long> sorted, double p) {
    if (sorted.isEmpty()) {
      return 0;
    }
    int i = (int) Math.ceil(p * sorted.size()) - 1;
    return sorted.get(Math.max(0, Math.min(i, sorted.size() - 1))) / 1e6;
  }

  private static void resetPeakHeap() {
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        pool.resetPeakUsage();
      }
    }
  }

  private static long peakHeap() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return peak;
  }
}
