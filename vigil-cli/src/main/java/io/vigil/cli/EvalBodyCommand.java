package io.vigil.cli;

import io.vigil.eval.body.BodyBenchmark;
import io.vigil.ingest.Ingest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code vigil eval body DIR}: article-body extraction scored with the word 4-gram shingle metric
 * on a folder laid out as the article-extraction benchmark ({@code html/KEY.html.gz}, {@code
 * ground-truth.json}); prints precision, recall, F1 and the worst pages.
 */
@Command(
    name = "body",
    mixinStandardHelpOptions = true,
    description = "Score article-body extraction on DIR (html/KEY.html.gz and ground-truth.json).")
final class EvalBodyCommand implements Callable<Integer> {

  @Parameters(paramLabel = "DIR", description = "The benchmark folder.")
  Path dir;

  @Option(
      names = "--worst",
      paramLabel = "N",
      defaultValue = "10",
      description = "How many of the worst pages to list (default: 10).")
  int worst;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    var err = spec.commandLine().getErr();
    if (!Files.isDirectory(dir)) {
      err.println("vigil: " + dir + ": no such directory");
      err.flush();
      return 1;
    }
    try {
      new BodyBenchmark(new Ingest()).run(dir).print(spec.commandLine().getOut(), worst);
      return 0;
    } catch (IOException e) {
      err.println("vigil: " + e.getMessage());
      err.flush();
      return 1;
    }
  }
}
