package io.vigil.cli;

import io.vigil.model.Extraction;
import io.vigil.model.Result;
import io.vigil.pipeline.Pipeline;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code vigil extract FILE... [--json]}: each file through the whole pipeline, in input order. A
 * file that cannot be read or has no article gets one line on stderr and the others go on.
 */
@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    description = "Extract entities, quotes and events from article files (plain text or HTML).")
final class ExtractCommand implements Callable<Integer> {

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Article files, text or HTML.")
  List<Path> files;

  @Option(
      names = "--json",
      description = "One JSON object per article and line (the extract contract).")
  boolean json;

  @picocli.CommandLine.Mixin SizeLimitOption limit;

  @Option(names = "--verbose", description = "Stack traces with errors.")
  boolean verbose;

  @picocli.CommandLine.Mixin KbOption kb;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws java.io.IOException {
    Output out = new Output(spec.commandLine().getOut(), spec.commandLine().getErr(), json);
    Pipeline pipeline = Pipeline.standard(limit.maxBytes, kb.knowledgeBase());
    int failed = 0;
    for (Path file : files) {
      Result<Extraction> result = pipeline.processFile(file);
      failed += out.print(result) ? 0 : 1;
    }
    return failed == 0 ? 0 : 1;
  }
}
