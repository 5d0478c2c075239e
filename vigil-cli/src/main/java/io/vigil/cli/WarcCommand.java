package io.vigil.cli;

import io.vigil.ingest.Ingest;
import io.vigil.ingest.IngestSink;
import io.vigil.ingest.run.Progress;
import io.vigil.ingest.warc.WarcDocuments;
import io.vigil.pipeline.Pipeline;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code vigil warc FILE...}: the HTML articles in WARC archives, through the same path as files.
 * Other records are counted as skipped; a truncated archive gives one line with the offset and the
 * records before it are kept. Exit 1 when anything was rejected.
 */
@Command(
    name = "warc",
    mixinStandardHelpOptions = true,
    description = "Extract the HTML articles in WARC archives (.warc or .warc.gz).")
final class WarcCommand implements Callable<Integer> {

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "WARC files.")
  List<Path> files;

  @Option(names = "--json", description = "One JSON object per article and line.")
  boolean json;

  @Option(
      names = "--articles",
      description = "Only clean the articles and print id, URL and title (no NLP).")
  boolean articlesOnly;

  @picocli.CommandLine.Mixin SizeLimitOption limit;

  @picocli.CommandLine.Mixin KbOption kb;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws java.io.IOException {
    var cl = spec.commandLine();
    Output output = new Output(cl.getOut(), cl.getErr(), json);
    Pipeline pipeline = articlesOnly ? null : Pipeline.standard(limit.maxBytes, kb.knowledgeBase());
    try (Progress progress = Progress.on(cl.getErr())) {
      IngestSink sink =
          new IngestSink(new Ingest(), new OutcomePrinter(output, cl.getOut(), pipeline, progress));
      WarcDocuments warcs = new WarcDocuments(limit.maxBytes);
      for (Path file : files) {
        warcs.read(file, sink);
      }
      return progress.tally().rejected() == 0 ? 0 : 1;
    }
  }
}
