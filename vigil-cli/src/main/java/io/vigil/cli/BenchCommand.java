package io.vigil.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.vigil.index.ArticleIndex;
import io.vigil.ingest.FileDocuments;
import io.vigil.model.RawDocument;
import io.vigil.model.Result;
import io.vigil.pipeline.Pipeline;
import io.vigil.pipeline.Stage;
import io.vigil.pipeline.bench.Bench;
import io.vigil.pipeline.bench.BenchReport;
import io.vigil.pipeline.bench.CoreNlpBaseline;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code vigil bench DIR...}: the whole pipeline's speed on a directory of articles. */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description =
        "Measure the pipeline: articles/s, tokens/s, CPU ms per article and per stage, latency,"
            + " peak heap, GC time.")
final class BenchCommand implements Callable<Integer> {

  @Parameters(
      arity = "1..*",
      paramLabel = "DIR",
      description = "Directories (or files) of articles.")
  List<Path> inputs;

  @Option(
      names = "--threads",
      description = "Worker threads (default: ${DEFAULT-VALUE}).",
      defaultValue = "2")
  int threads;

  @Option(
      names = "--repeat",
      description = "Measured passes over the articles (default: ${DEFAULT-VALUE}).",
      defaultValue = "1")
  int repeat;

  @Option(
      names = "--warmup",
      description = "Articles processed before measuring (default: ${DEFAULT-VALUE}).",
      defaultValue = "200")
  int warmup;

  @Option(names = "--limit", description = "Use at most this many articles.")
  Integer limit;

  @Option(
      names = "--baseline",
      description = "Also measure a baseline on the same articles: corenlp.")
  String baseline;

  @Option(
      names = "--index",
      paramLabel = "DIR",
      description = "Index the articles here (default: a temporary index, deleted afterwards).")
  Path indexDir;

  @Option(names = "--no-index", description = "Measure without the indexing stage.")
  boolean noIndex;

  @Option(names = "--json", description = "Print the report as JSON.")
  boolean json;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    if (threads < 1 || repeat < 1 || warmup < 0) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(), "--threads and --repeat must be at least 1");
    }
    if (baseline != null && !baseline.equals("corenlp")) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(), "unknown baseline '" + baseline + "': use corenlp");
    }
    List<RawDocument> docs = load();
    if (docs.isEmpty()) {
      spec.commandLine().getErr().println("vigil: no article files (.txt, .html) under " + inputs);
      return 1;
    }
    Pipeline pipeline = Pipeline.standard();
    BenchReport report;
    Path dir = indexDir != null ? indexDir : Files.createTempDirectory("vigil-bench-index");
    try (ArticleIndex index = noIndex ? null : ArticleIndex.open(dir)) {
      report =
          Bench.run(
              pipeline,
              index,
              docs,
              new Bench.Options(threads, repeat, warmup),
              baseline == null ? null : new CoreNlpBaseline());
    } finally {
      if (indexDir == null) {
        deleteTree(dir);
      }
    }
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(
          new ObjectMapper()
              .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
              .writeValueAsString(report));
    } else {
      table(out, report);
    }
    out.flush();
    return 0;
  }

  private List<RawDocument> load() throws IOException {
    FileDocuments files = new FileDocuments(FileDocuments.DEFAULT_MAX_BYTES);
    List<Path> paths = new ArrayList<>();
    for (Path input : inputs) {
      if (!Files.exists(input)) {
        throw new IllegalArgumentException(input + ": no such file or directory");
      }
      try (Stream<Path> s = Files.walk(input)) {
        s.filter(Files::isRegularFile).filter(BenchCommand::isArticle).sorted().forEach(paths::add);
      }
    }
    List<RawDocument> docs = new ArrayList<>();
    for (Path p : paths) {
      if (limit != null && docs.size() >= limit) {
        break;
      }
      if (files.read(p) instanceof Result.Ok<RawDocument> ok) {
        docs.add(ok.value());
      }
    }
    return docs;
  }

  private static boolean isArticle(Path p) {
    String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".txt") || name.endsWith(".html") || name.endsWith(".htm");
  }

  private static void table(PrintWriter out, BenchReport r) {
    out.printf(
        Locale.ROOT,
        "articles            %,d (%d rejected) on %d threads in %.2f s%n",
        r.articles(),
        r.rejected(),
        r.threads(),
        r.seconds());
    out.printf(
        Locale.ROOT,
        "throughput          %.1f articles/s, %,.0f tokens/s%n",
        r.articlesPerSecond(),
        r.tokensPerSecond());
    out.printf(
        Locale.ROOT,
        "latency per article p50 %.1f ms, p95 %.1f ms, p99 %.1f ms%n",
        r.p50Millis(),
        r.p95Millis(),
        r.p99Millis());
    BenchReport.Cpu cpu = r.cpu();
    out.printf(
        Locale.ROOT,
        "cpu per article     mean %.1f ms, p95 %.1f ms (%.1f articles per CPU-second)%n",
        cpu.meanMillis(),
        cpu.p95Millis(),
        cpu.articlesPerCpuSecond());
    StringBuilder stageCpu = new StringBuilder();
    StringBuilder shares = new StringBuilder();
    for (Stage s : Stage.values()) {
      String name = s.name().toLowerCase(Locale.ROOT);
      stageCpu.append(String.format(Locale.ROOT, "%s %.1f  ", name, cpu.stageMillis().get(s)));
      shares.append(String.format(Locale.ROOT, "%s %.0f%%  ", name, 100 * r.stageShares().get(s)));
    }
    out.println("cpu ms per stage    " + stageCpu.toString().strip());
    out.println("stage shares (wall) " + shares.toString().strip());
    BenchReport.Memory m = r.memory();
    out.printf(
        Locale.ROOT,
        "heap                peak %.0f MB of max %.0f MB; GC %d collections, %d ms (%s)%n",
        m.peakHeapBytes() / (1024.0 * 1024),
        m.maxHeapBytes() / (1024.0 * 1024),
        m.gcCount(),
        m.gcMillis(),
        m.collectors());
    out.printf(
        Locale.ROOT,
        "machine             %d processors, load %.2f -> %.2f, Java %s%n",
        r.machine().processors(),
        r.machine().loadBefore(),
        r.machine().loadAfter(),
        r.machine().jvm());
    out.printf(
        Locale.ROOT,
        "ingest->searchable  %s%n",
        r.searchableP95Millis() == null
            ? "n/a (--no-index)"
            : "%.0f ms p95".formatted(r.searchableP95Millis()));
    if (r.baseline() != null) {
      out.printf(
          Locale.ROOT,
          "baseline            %s: %.1f articles/s (%,d articles in %.2f s), cpu %.1f ms/article%n",
          r.baseline().name(),
          r.baseline().articlesPerSecond(),
          r.baseline().articles(),
          r.baseline().seconds(),
          r.baseline().cpuMillisPerArticle());
      out.printf(
          Locale.ROOT,
          "ratio vigil/baseline %.2f articles/s, %.2f CPU per article%n",
          r.ratio(),
          r.cpuRatio());
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
