package io.vigil.cli;

import io.vigil.ingest.FileDocuments;
import io.vigil.ingest.Ingest;
import io.vigil.ingest.IngestSink;
import io.vigil.ingest.feed.FeedWatcher;
import io.vigil.ingest.feed.FetchSettings;
import io.vigil.ingest.feed.Fetcher;
import io.vigil.ingest.feed.SeenStore;
import io.vigil.ingest.feed.SourcesFile;
import io.vigil.ingest.feed.UrlNormalizer;
import io.vigil.ingest.run.Progress;
import io.vigil.pipeline.Pipeline;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code vigil watch [FEED...] [--sources FILE] --data DIR}: follows RSS and Atom feeds and reads
 * each new item's page once, politely; what was read is kept in DIR so a restart does not read it
 * again. Polls every {@code --every-minutes}, or once with {@code --once}. A feed that is down is
 * one line on stderr and the others go on.
 */
@Command(
    name = "watch",
    mixinStandardHelpOptions = true,
    description = "Follow RSS and Atom feeds and extract each new article once.")
final class WatchCommand implements Callable<Integer> {

  @Parameters(arity = "0..*", paramLabel = "FEED", description = "Feed URLs.")
  List<String> feeds = new ArrayList<>();

  @Option(
      names = "--sources",
      paramLabel = "FILE",
      description = "A file of feed URLs, one per line, # comments.")
  Path sources;

  @Option(
      names = "--data",
      required = true,
      paramLabel = "DIR",
      description = "Where to keep what was read (created if missing).")
  Path data;

  @Option(
      names = "--every-minutes",
      paramLabel = "N",
      defaultValue = "15",
      description = "Minutes between polls (default: 15).")
  int everyMinutes;

  @Option(
      names = "--host-delay-ms",
      paramLabel = "MS",
      defaultValue = "2000",
      description = "Least time between two requests to one host (default: 2000).")
  long hostDelayMillis;

  @Option(names = "--once", description = "Poll every feed once, then stop.")
  boolean once;

  @Option(names = "--json", description = "One JSON object per article and line.")
  boolean json;

  @Option(
      names = "--articles",
      description = "Only clean the articles and print id, URL and title (no NLP).")
  boolean articlesOnly;

  @picocli.CommandLine.Mixin KbOption kb;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    var cl = spec.commandLine();
    List<String> urls = new ArrayList<>();
    for (String feed : feeds) {
      if (UrlNormalizer.normalize(feed).isEmpty()) {
        throw new CommandLine.ParameterException(cl, "not an http(s) URL: " + feed);
      }
      urls.add(feed.strip());
    }
    if (sources != null) {
      SourcesFile.Sources read = SourcesFile.read(sources);
      read.problems().forEach(p -> cl.getErr().println("vigil: " + p));
      urls.addAll(read.urls());
    }
    if (urls.isEmpty()) {
      throw new CommandLine.ParameterException(cl, "no feeds: give FEED URLs or --sources FILE");
    }
    if (hostDelayMillis < 0) {
      throw new CommandLine.ParameterException(cl, "--host-delay-ms must not be negative");
    }
    if (everyMinutes < 1) {
      throw new CommandLine.ParameterException(cl, "--every-minutes must be at least 1");
    }
    Output output = new Output(cl.getOut(), cl.getErr(), json);
    Pipeline pipeline =
        articlesOnly
            ? null
            : Pipeline.standard(FileDocuments.DEFAULT_MAX_BYTES, kb.knowledgeBase());
    try (SeenStore seen = SeenStore.open(data);
        Progress progress = Progress.on(cl.getErr())) {
      IngestSink sink =
          new IngestSink(
              new Ingest(),
              seen::isNewText,
              new OutcomePrinter(output, cl.getOut(), pipeline, progress),
              seen::addText);
      FeedWatcher watcher =
          new FeedWatcher(urls, new Fetcher(settings()), seen, sink, Clock.systemUTC());
      if (once) {
        watcher.pollOnce();
      } else {
        watcher.run(Duration.ofMinutes(everyMinutes), () -> Thread.currentThread().isInterrupted());
      }
      return progress.tally().rejected() == 0 ? 0 : 1;
    }
  }

  private FetchSettings settings() {
    FetchSettings d = FetchSettings.defaults();
    return new FetchSettings(
        d.userAgent(),
        d.connectTimeout(),
        d.readTimeout(),
        d.maxRedirects(),
        d.maxBytes(),
        d.attempts(),
        d.backoff(),
        Duration.ofMillis(hostDelayMillis));
  }
}
