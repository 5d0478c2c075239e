package io.vigil.cli;

import io.vigil.ingest.FileDocuments;
import picocli.CommandLine.Option;

/** The {@code --max-bytes SIZE} option: the largest document to read. */
final class SizeLimitOption {

  @Option(
      names = "--max-bytes",
      paramLabel = "SIZE",
      description = "Largest document to read, e.g. 10M or 500K (default: 10M).",
      converter = SizeConverter.class,
      defaultValue = "10M")
  long maxBytes = FileDocuments.DEFAULT_MAX_BYTES;
}
