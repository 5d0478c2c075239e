package io.vigil.pipeline.bench;

import io.vigil.index.ArticleIndex;
import io.vigil.model.Extraction;
import io.vigil.model.RawDocument;
import io.vigil.model.Result;
import io.vigil.pipeline.Pipeline;
import io.vigil.pipeline.Stage;
import io.vigil.pipeline.StageTimes;
import java.lang.management.GarbageCollectorMXBean;
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
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.ToIntFunction;

/**
 * Runs the pipeline over documents held in memory: a warm-up pass, then {@code repeat} measured
 * passes on {@code threads} threads, each article timed (wall and thread CPU time) and each stage
 * timed. Reading from disk is not measured, so the figures are the pipeline's own.
 */
public final class Bench {

  /** How to run: threads, measured passes, and how many articles warm the JIT up first. */
  public record Options(int threads, int repeat, int warmup) {}

  private Bench() {}

  public static BenchReport run(
      Pipeline pipeline, List<RawDocument> docs, Options options, Baseline baseline) {
    return run(pipeline, null, docs, options, baseline);
  }

  /**
   * Runs the benchmark; with an {@code index}, every article is also indexed and the time from the
   * start of its processing until it is searchable is measured.
   */
  public static BenchReport run(
      Pipeline pipeline,
      ArticleIndex index,
      List<RawDocument> docs,
      Options options,
      Baseline baseline) {
    warm(docs, options.warmup(), d -> warmOne(pipeline, index, d));
    System.gc();
    resetPeakHeap();
    double loadBefore = load();
    long[] gcBefore = gc();
    Searchable searchable = index == null ? null : Searchable.start(index);
    List<Worker> workers = runPasses(docs, options, pipeline, index, searchable);
    Double searchableP95 = searchable == null ? null : searchable.finish();
    long[] gcAfter = gc();
    double loadAfter = load();
    long peakHeap = peakHeap();
    StageTimes times = new StageTimes();
    List<Long> latencies = new ArrayList<>();
    List<Long> cpu = new ArrayList<>();
    int articles = 0;
    int rejected = 0;
    long start = Long.MAX_VALUE;
    long end = 0;
    for (Worker w : workers) {
      times.add(w.times);
      latencies.addAll(w.latencies);
      cpu.addAll(w.cpu);
      articles += w.articles;
      rejected += w.rejected;
      start = Math.min(start, w.start);
      end = Math.max(end, w.end);
    }
    double seconds = (end - start) / 1e9;
    Collections.sort(latencies);
    Collections.sort(cpu);
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
        cpu(times, cpu),
        new BenchReport.Memory(
            peakHeap,
            Runtime.getRuntime().maxMemory(),
            gcAfter[0] - gcBefore[0],
            gcAfter[1] - gcBefore[1],
            collectors()),
        new BenchReport.Machine(
            Runtime.getRuntime().availableProcessors(),
            loadBefore,
            loadAfter,
            Runtime.version().toString()),
        searchableP95,
        base);
  }

  private static int warmOne(Pipeline pipeline, ArticleIndex index, RawDocument d) {
    if (pipeline.process(d) instanceof Result.Ok<Extraction> ok) {
      if (index != null) {
        index.index(ok.value());
      }
      return 1;
    }
    return 0;
  }

  private static BenchReport.Cpu cpu(StageTimes times, List<Long> sortedCpu) {
    long total = 0;
    for (long c : sortedCpu) {
      total += c;
    }
    int n = Math.max(1, sortedCpu.size());
    Map<Stage, Double> stages = new EnumMap<>(Stage.class);
    for (Stage s : Stage.values()) {
      stages.put(s, times.cpuNanos(s) / 1e6 / n);
    }
    double mean = total / 1e6 / n;
    return new BenchReport.Cpu(
        mean, percentile(sortedCpu, 0.95), stages, mean == 0 ? 0 : 1000 / mean);
  }

  /** A baseline system measured on the same documents. */
  public interface Baseline {
    BenchReport.Baseline measure(List<RawDocument> docs, Options options);
  }

  /** Wall seconds and worker CPU seconds that some work took. */
  record Timing(double seconds, double cpuSeconds) {}

  /** Times {@code work} over the documents on the options' threads and passes. */
  static Timing timeParallel(
      List<RawDocument> docs, Options options, ToIntFunction<RawDocument> work) {
    warm(docs, options.warmup(), work);
    long t0 = System.nanoTime();
    AtomicInteger next = new AtomicInteger();
    AtomicLong cpu = new AtomicLong();
    int total = docs.size() * options.repeat();
    parallel(
        options.threads(),
        () -> {
          long c0 = StageTimes.threadCpuNanos();
          for (int i = next.getAndIncrement(); i < total; i = next.getAndIncrement()) {
            work.applyAsInt(docs.get(i % docs.size()));
          }
          cpu.addAndGet(StageTimes.threadCpuNanos() - c0);
          return null;
        });
    return new Timing((System.nanoTime() - t0) / 1e9, cpu.get() / 1e9);
  }

  private static void warm(List<RawDocument> docs, int n, ToIntFunction<RawDocument> work) {
    for (int i = 0; i < Math.min(n, docs.size()); i++) {
      work.applyAsInt(docs.get(i));
    }
  }

  private static final class Worker {
    final StageTimes times = new StageTimes();
    final List<Long> latencies = new ArrayList<>();
    final List<Long> cpu = new ArrayList<>();
    int articles;
    int rejected;
    long start;
    long end;
  }

  private static List<Worker> runPasses(
      List<RawDocument> docs,
      Options options,
      Pipeline pipeline,
      ArticleIndex index,
      Searchable searchable) {
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
            long c0 = StageTimes.threadCpuNanos();
            Result<Extraction> r = pipeline.process(docs.get(i % docs.size()), w.times);
            if (index != null && r instanceof Result.Ok<Extraction> ok) {
              long i0 = System.nanoTime();
              long ic0 = StageTimes.threadCpuNanos();
              searchable.track(index.index(ok.value()), t0);
              w.times.add(Stage.INDEX, System.nanoTime() - i0, StageTimes.threadCpuNanos() - ic0);
            }
            w.cpu.add(StageTimes.threadCpuNanos() - c0);
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

  /** Collections so far and their time in milliseconds, over all collectors. */
  private static long[] gc() {
    long count = 0;
    long millis = 0;
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      count += Math.max(0, gc.getCollectionCount());
      millis += Math.max(0, gc.getCollectionTime());
    }
    return new long[] {count, millis};
  }

  private static String collectors() {
    return String.join(
        ", ",
        ManagementFactory.getGarbageCollectorMXBeans().stream()
            .map(GarbageCollectorMXBean::getName)
            .toList());
  }

  private static double load() {
    return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
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
