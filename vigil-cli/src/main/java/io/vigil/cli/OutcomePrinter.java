package io.vigil.cli;

import io.vigil.ingest.Outcome;
import io.vigil.ingest.run.Progress;
import io.vigil.model.Article;
import io.vigil.model.Result;
import io.vigil.pipeline.Pipeline;
import java.io.PrintWriter;
import java.util.function.Consumer;

/**
 * Shows the outcomes of a web or archive run: each article through the rest of the pipeline and
 * printed as {@code vigil extract} does (or, with {@code --articles}, one line: id, URL, title),
 * each rejection as one line on stderr, skips only counted; the progress reporter sees them all.
 */
final class OutcomePrinter implements Consumer<Outcome> {

  private final Output output;
  private final PrintWriter out;
  private final Pipeline pipeline;
  private final Progress progress;

  /**
   * @param pipeline null to print articles only, without analysis
   */
  OutcomePrinter(Output output, PrintWriter out, Pipeline pipeline, Progress progress) {
    this.output = output;
    this.out = out;
    this.pipeline = pipeline;
    this.progress = progress;
  }

  @Override
  public synchronized void accept(Outcome outcome) {
    progress.accept(outcome);
    switch (outcome) {
      case Outcome.Extracted e -> article(e.article());
      case Outcome.Rejected r -> output.print(new Result.Failed<>(r.rejection()));
      case Outcome.Skipped s -> {}
    }
  }

  private void article(Article a) {
    if (pipeline == null) {
      out.println(
          a.id()
              + "\t"
              + (a.url() != null ? a.url() : a.location())
              + "\t"
              + (a.title() != null ? a.title() : "(no title)"));
      out.flush();
    } else {
      output.print(Result.ok(pipeline.extract(a)));
    }
  }
}
