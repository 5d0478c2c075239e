package io.vigil.cli;

import io.vigil.model.Extraction;
import io.vigil.model.Rejection;
import io.vigil.model.Result;
import io.vigil.model.Signal;
import io.vigil.model.SignalKind;
import io.vigil.pipeline.ExtractionJson;
import java.io.PrintWriter;

/** Prints results: JSON lines or readable summaries on stdout, problems as one line on stderr. */
final class Output {

  private final PrintWriter out;
  private final PrintWriter err;
  private final boolean json;

  Output(PrintWriter out, PrintWriter err, boolean json) {
    this.out = out;
    this.err = err;
    this.json = json;
  }

  /** Prints one result; returns false for a rejection. */
  boolean print(Result<Extraction> result) {
    return switch (result) {
      case Result.Ok<Extraction> ok -> {
        warnings(ok.value());
        out.println(json ? ExtractionJson.toLine(ok.value()) : Summary.of(ok.value()));
        out.flush();
        yield true;
      }
      case Result.Failed<Extraction> failed -> {
        Rejection r = failed.rejection();
        err.println("vigil: " + r.location() + ": " + r.message());
        err.flush();
        yield false;
      }
    };
  }

  private void warnings(Extraction x) {
    for (Signal s : x.article().signals()) {
      if (s.kind() == SignalKind.ENCODING
          || s.kind() == SignalKind.TRUNCATED
          || s.kind() == SignalKind.LANGUAGE) {
        err.println("vigil: " + x.article().location() + ": warning: " + s.detail());
      }
    }
    err.flush();
  }
}
