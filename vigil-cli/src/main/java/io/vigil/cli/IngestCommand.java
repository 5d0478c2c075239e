package io.vigil.cli;

import io.vigil.ingest.FileDocuments;
import io.vigil.ingest.Ingest;
import io.vigil.ingest.IngestSink;
import io.vigil.ingest.run.Progress;
import io.vigil.ingest.warc.WarcDocuments;
import io.vigil.model.RawDocument;
import io.vigil.model.Result;
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
    name = "ingest",
    aliases = "warc",
    mixinStandardHelpOptions = true,
    description =
        "Extract the articles in WARC archives (.warc, .warc.gz) and in text or HTML files, with"
            + " progress and a summary of outcomes.")
final class IngestCommand implements Callable<Integer> {

  @Parameters(
      arity = "1..*",
      paramLabel = "FILE",
      description = "WARC archives, text or HTML files.")
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
      FileDocuments plain = new FileDocuments(limit.maxBytes);
      for (Path file : files) {
        if (isWarc(file)) {
          warcs.read(file, sink);
        } else {
          switch (plain.read(file)) {
            case Result.Ok<RawDocument> ok -> sink.accept(ok.value());
            case Result.Failed<RawDocument> failed -> sink.rejected(failed.rejection());
          }
        }
      }
      return progress.tally().rejected() == 0 ? 0 : 1;
    }
  }

  private static boolean isWarc(Path file) {
    String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
    return name.endsWith(".warc") || name.endsWith(".warc.gz");
  }
}
