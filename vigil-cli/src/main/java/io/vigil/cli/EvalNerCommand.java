package io.vigil.cli;

import io.vigil.nlp.analyse.CoreNlpAnalyzer;
import io.vigil.nlp.eval.ConllDocument;
import io.vigil.nlp.eval.NerEval;
import io.vigil.nlp.eval.SpanScore;
import io.vigil.nlp.kb.KnowledgeBase;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code vigil eval ner FILE}: exact-span NER precision, recall and F1 on CoNLL-2003 data. */
@Command(
    name = "ner",
    mixinStandardHelpOptions = true,
    description = "Named-entity recognition on a CoNLL-2003 file: exact-span P/R/F1 per type.")
final class EvalNerCommand implements Callable<Integer> {

  @Parameters(paramLabel = "FILE", description = "CoNLL-2003 file (token POS chunk TAG).")
  Path file;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description = "Write 'token gold predicted' lines here.")
  Path out;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    if (!Files.isRegularFile(file)) {
      spec.commandLine().getErr().println("vigil: " + file + ": no such file");
      return 1;
    }
    List<ConllDocument> docs = ConllDocument.read(file);
    NerEval eval = new NerEval(CoreNlpAnalyzer.shared(), KnowledgeBase.bundled());
    SpanScore score;
    if (out != null) {
      try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8))) {
        score = eval.run(docs, w);
      }
    } else {
      score = eval.run(docs, null);
    }
    PrintWriter o = spec.commandLine().getOut();
    o.printf(
        Locale.ROOT,
        "%-8s %9s %9s %9s %7s %7s%n",
        "type",
        "precision",
        "recall",
        "F1",
        "gold",
        "found");
    score.perType().forEach((type, c) -> row(o, type, c));
    row(o, "overall", score.overall());
    o.flush();
    return 0;
  }

  private static void row(PrintWriter o, String type, SpanScore.Counts c) {
    o.printf(
        Locale.ROOT,
        "%-8s %9.2f %9.2f %9.2f %7d %7d%n",
        type,
        100 * c.precision(),
        100 * c.recall(),
        100 * c.f1(),
        c.gold(),
        c.predicted());
  }
}
