package io.vigil.ingest;

import io.vigil.model.RawDocument;
import io.vigil.model.Rejection.Reason;
import io.vigil.model.Result;
import io.vigil.model.SourceKind;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;

/**
 * Reads article files (plain text or HTML) into raw documents, never more than a size limit, so a
 * huge or endless file cannot exhaust memory. Thread-safe.
 */
public final class FileDocuments {

  /** Default limit on one article file: far above any news article, far below the heap. */
  public static final long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;

  private final long maxBytes;

  public FileDocuments(long maxBytes) {
    if (maxBytes <= 0) {
      throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
    }
    this.maxBytes = maxBytes;
  }

  /** Reads {@code path}, or says in one line why it cannot be an article. */
  public Result<RawDocument> read(Path path) {
    String location = path.toString();
    try {
      if (Files.isDirectory(path)) {
        return Result.failed(location, Reason.UNREADABLE, "is a directory, not a file");
      }
      byte[] bytes;
      try (InputStream in = Files.newInputStream(path)) {
        bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
      }
      if (bytes.length > maxBytes) {
        long size = Files.size(path);
        return Result.failed(
            location,
            Reason.TOO_LARGE,
            "too large: %s is over the limit of %s (--max-bytes)"
                .formatted(human(size), human(maxBytes)));
      }
      if (bytes.length == 0) {
        return Result.failed(location, Reason.EMPTY, "empty file");
      }
      String name = path.getFileName().toString();
      boolean html = isHtml(name, bytes);
      return Result.ok(
          new RawDocument(
              idOf(name),
              html ? SourceKind.HTML_FILE : SourceKind.TEXT_FILE,
              location,
              null,
              html ? "text/html" : "text/plain",
              null,
              Instant.now(),
              bytes));
    } catch (NoSuchFileException e) {
      return Result.failed(location, Reason.NOT_FOUND, "no such file");
    } catch (AccessDeniedException e) {
      return Result.failed(location, Reason.UNREADABLE, "permission denied");
    } catch (IOException e) {
      return Result.failed(location, Reason.UNREADABLE, "cannot read: " + e.getMessage());
    }
  }

  /** The file name without its extensions: {@code 000_aa3c.txt} is {@code 000_aa3c}. */
  static String idOf(String fileName) {
    int dot = fileName.indexOf('.', 1);
    return dot > 0 ? fileName.substring(0, dot) : fileName;
  }

  static boolean isHtml(String fileName, byte[] bytes) {
    String lower = fileName.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".html") || lower.endsWith(".htm") || lower.endsWith(".xhtml")) {
      return true;
    }
    String head =
        new String(
                bytes,
                0,
                Math.min(bytes.length, 1024),
                java.nio.charset.StandardCharsets.ISO_8859_1)
            .stripLeading()
            .toLowerCase(Locale.ROOT);
    return head.startsWith("<!doctype html") || head.startsWith("<html");
  }

  static String human(long bytes) {
    if (bytes < 1024 * 1024) {
      return (bytes / 1024) + " KB";
    }
    return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
  }
}
