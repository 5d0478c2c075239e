package io.vigil.nlp.kb;

import java.util.List;

/** A knowledge-base file with errors; the message lists each with its line number. */
public final class KbFormatException extends RuntimeException {

  private final List<String> errors;

  public KbFormatException(String source, List<String> errors) {
    super(source + ": " + errors.size() + " error(s):\n  " + String.join("\n  ", errors));
    this.errors = List.copyOf(errors);
  }

  /** Each error as "line N: what is wrong". */
  public List<String> errors() {
    return errors;
  }
}
