package io.vigil.ingest.warc;

import io.vigil.ingest.DocumentIds;
import io.vigil.ingest.DocumentSink;
import io.vigil.ingest.Outcome.Skip;
import io.vigil.ingest.Outcome.Skipped;
import io.vigil.ingest.decode.HtmlSniff;
import io.vigil.model.RawDocument;
import io.vigil.model.Rejection;
import io.vigil.model.Rejection.Reason;
import io.vigil.model.SourceKind;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipException;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcRevisit;

/**
 * Reads a WARC file (plain or gzipped per record) into raw documents: a response record with status
 * 200 whose payload is HTML (by Content-Type, or by its first bytes when the type is missing or
 * generic) becomes a {@link SourceKind#WARC_RECORD} document with the target URL and the declared
 * charset. Other records are skipped with a reason: not a response, a revisit, not HTML, not 200. A
 * record larger than the limit is rejected as too large. A truncated or corrupt record ends the
 * reading with one rejection naming the offset; everything read before it has already gone to the
 * sink. Thread-safe; each call reads its own file.
 */
public final class WarcDocuments {

  private static final Set<String> HTML_TYPES = Set.of("text/html", "application/xhtml+xml");
  private static final Set<String> GENERIC_TYPES =
      Set.of("", "application/octet-stream", "text/plain", "unknown/unknown");

  private final long maxBytes;

  /**
   * @param maxBytes the largest page to read; bigger payloads are rejected as too large
   */
  public WarcDocuments(long maxBytes) {
    if (maxBytes <= 0) {
      throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
    }
    this.maxBytes = maxBytes;
  }

  /**
   * Reads every record of {@code warc} into {@code sink}.
   *
   * @return the number of records read
   */
  public long read(Path warc, DocumentSink sink) {
    String file = warc.toString();
    long records = 0;
    long offset = 0;
    Runnable pending = null;
    List<String> warnings = new ArrayList<>();
    try (WarcReader reader = new WarcReader(warc)) {
      reader.onWarning(warnings::add);
      while (true) {
        Optional<WarcRecord> next;
        try {
          next = reader.next();
        } catch (IOException e) {
          if (pending != null && warnings.isEmpty()) {
            pending.run(); // the previous record ended well; the next one is broken
            pending = null;
            offset = reader.position();
          }
          throw e;
        }
        if (!warnings.isEmpty()) {
          throw new EOFException(warnings.get(0)); // the previous record ended early
        }
        if (pending != null) {
          pending.run();
          pending = null;
        }
        if (next.isEmpty()) {
          return records;
        }
        offset = reader.position();
        records++;
        pending = record(next.get(), file + "@" + offset, sink);
        next.get().body().consume();
      }
    } catch (NoSuchFileException e) {
      sink.rejected(new Rejection(file, Reason.NOT_FOUND, "no such file"));
    } catch (IOException | RuntimeException e) {
      boolean cut = truncation(e);
      long kept = pending == null ? records : records - 1;
      sink.rejected(
          new Rejection(
              file + "@" + offset,
              cut ? Reason.TRUNCATED : Reason.UNREADABLE,
              "%s at offset %d in %s (%s); the %d records before it were read"
                  .formatted(
                      cut ? "truncated record" : "corrupt record",
                      offset,
                      file,
                      oneLine(e),
                      Math.max(0, kept))));
    }
    return records;
  }

  /**
   * What to tell the sink about one record. It is told only once the record is known to be whole
   * (the reader found the record's end where it should be), so a cut record is never half-read.
   */
  private Runnable record(WarcRecord record, String location, DocumentSink sink)
      throws IOException {
    if (record instanceof WarcRevisit) {
      return skip(sink, location, Skip.REVISIT, "revisit record: archived earlier");
    }
    if (!(record instanceof WarcResponse response)) {
      return skip(sink, location, Skip.NOT_RESPONSE, record.type() + " record");
    }
    String url = response.target();
    HttpResponse http;
    try {
      http = response.http();
    } catch (IOException e) {
      return skip(sink, location, Skip.NOT_RESPONSE, "not HTTP: " + oneLine(e));
    }
    if (http.status() != 200) {
      return skip(sink, location, Skip.NOT_OK, "HTTP " + http.status() + " " + url);
    }
    MediaType type = http.contentType();
    String base = type.base().toString().toLowerCase(Locale.ROOT);
    boolean generic = GENERIC_TYPES.contains(base) || !type.isValid();
    if (!HTML_TYPES.contains(base) && !generic) {
      return skip(sink, location, Skip.NOT_HTML, base + " " + url);
    }
    byte[] bytes;
    try (InputStream in = http.bodyDecoded().stream()) {
      bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
    }
    if (bytes.length > maxBytes) {
      Rejection tooLarge =
          new Rejection(
              location, Reason.TOO_LARGE, "page over the limit of " + maxBytes + " bytes: " + url);
      return () -> sink.rejected(tooLarge);
    }
    if (generic && !HtmlSniff.looksLikeHtml(bytes)) {
      return skip(sink, location, Skip.NOT_HTML, (base.isEmpty() ? "untyped" : base) + " " + url);
    }
    RawDocument doc =
        new RawDocument(
            DocumentIds.of("warc", url + " " + record.date()),
            SourceKind.WARC_RECORD,
            location,
            url,
            "text/html",
            type.parameters().get("charset"),
            record.date(),
            bytes);
    return () -> sink.accept(doc);
  }

  private static Runnable skip(DocumentSink sink, String location, Skip reason, String message) {
    Skipped skipped = new Skipped(location, reason, message);
    return () -> sink.skipped(skipped);
  }

  private static boolean truncation(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof EOFException || t instanceof ZipException) {
        return true;
      }
      String m = t.getMessage();
      String lower = m == null ? "" : m.toLowerCase(Locale.ROOT);
      if (lower.contains("end of") || lower.contains("trailer")) {
        return true;
      }
    }
    return false;
  }

  private static String oneLine(Throwable e) {
    String m = e.getMessage();
    return (m == null ? e.getClass().getSimpleName() : m).replaceAll("\\s+", " ").strip();
  }
}
