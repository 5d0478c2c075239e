package io.vigil.cli;

import io.vigil.nlp.kb.AnalystKnowledgeBase;
import io.vigil.nlp.kb.KnowledgeBase;
import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Supplier;
import picocli.CommandLine.Option;

/** The {@code --kb FILE} option: an analyst's own knowledge-base file over the bundled one. */
final class KbOption {

  @Option(
      names = "--kb",
      paramLabel = "FILE",
      description =
          "Your own knowledge-base file (same format as the bundled one), reloaded when it changes.")
  Path file;

  /**
   * The knowledge base to resolve with.
   *
   * @throws io.vigil.nlp.kb.KbFormatException with every bad line, if the file has errors
   */
  Supplier<KnowledgeBase> knowledgeBase() throws IOException {
    if (file == null) {
      return KnowledgeBase::bundled;
    }
    return new AnalystKnowledgeBase(KnowledgeBase.bundled(), file);
  }
}
