package io.vigil.cli;

import io.vigil.nlp.analyse.CoreNlpAnalyzer;
import io.vigil.nlp.extract.eval.PolnearEval;
import io.vigil.nlp.kb.KnowledgeBase;
import io.vigil.nlp.resolve.EntityRegistry;
import io.vigil.nlp.resolve.Resolver;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code vigil eval quotes DIR}: quote and speaker P/R/F1 on a PolNeAR split. */
@Command(
    name = "quotes",
    mixinStandardHelpOptions = true,
    description =
        "Quotes with speakers on a PolNeAR split (DIR/text/*.txt, DIR/attributions/*.ann):"
            + " P/R/F1 of quote+speaker and of content alone, overall and for direct quotes.")
final class EvalQuotesCommand implements Callable<Integer> {

  @Parameters(paramLabel = "DIR", description = "A PolNeAR split folder, e.g. polnear/dev.")
  Path dir;

  @Option(
      names = "--misses",
      paramLabel = "FILE",
      description =
          "Also write each missed gold attribution and each unmatched prediction to FILE"
              + " (tab-separated: MISS|FALSE, text, content matched, cue, source, content).")
  Path missesFile;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    if (!Files.isDirectory(dir.resolve("text"))
        || !Files.isDirectory(dir.resolve("attributions"))) {
      spec.commandLine()
          .getErr()
          .println("vigil: " + dir + ": not a PolNeAR split (needs text/ and attributions/)");
      return 1;
    }
    Resolver resolver = new Resolver(KnowledgeBase.bundled(), new EntityRegistry());
    PolnearEval eval = new PolnearEval(CoreNlpAnalyzer.shared(), resolver::resolve);
    PolnearEval.Report report;
    if (missesFile == null) {
      report = eval.run(dir);
    } else {
      try (PrintWriter out =
          new PrintWriter(Files.newBufferedWriter(missesFile, StandardCharsets.UTF_8))) {
        report = eval.reportingMisses(out).run(dir);
      } catch (IOException e) {
        spec.commandLine()
            .getErr()
            .println("vigil: cannot write " + missesFile + ": " + e.getMessage());
        return 1;
      }
    }
    spec.commandLine().getOut().print(report);
    PolnearEval.Agreement agreement = eval.agreement(dir);
    if (agreement.texts() > 0) {
      spec.commandLine().getOut().print(agreement);
    }
    spec.commandLine().getOut().flush();
    return 0;
  }
}
