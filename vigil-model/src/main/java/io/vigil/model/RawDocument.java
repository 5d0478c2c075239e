package io.vigil.model;

import java.time.Instant;
import java.util.Objects;

/**
 * A document as it arrived, before cleaning: its bytes, where they came from and what the transport
 * said about them.
 *
 * @param id stable identifier of the document (for files, derived from the file name)
 * @param kind what sort of source delivered it
 * @param location the file path or URL it was read from, for messages and evidence
 * @param url the document's URL if it has one, else null
 * @param mediaType the declared media type ({@code text/plain}, {@code text/html}), or null
 * @param charset the declared character set, or null to detect it
 * @param fetchedAt when the bytes were read
 * @param bytes the content; never modified after construction
 */
public record RawDocument(
    String id,
    SourceKind kind,
    String location,
    String url,
    String mediaType,
    String charset,
    Instant fetchedAt,
    byte[] bytes) {

  public RawDocument {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(bytes, "bytes");
  }

  /** A plain-text document held in memory (samples, benchmarks, tests), as UTF-8. */
  public static RawDocument ofText(String id, String location, String text) {
    return new RawDocument(
        id,
        SourceKind.TEXT_FILE,
        location,
        null,
        "text/plain",
        "UTF-8",
        Instant.EPOCH,
        text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }
}
