package io.vigil.nlp.kb;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.function.Supplier;

/**
 * The bundled knowledge base extended with an analyst's own file, reloaded when the file changes
 * without a restart: each {@link #get()} looks at the file's modification time (at most once a
 * second) and parses it again if it changed. A file with errors is reported and not used; the last
 * good version stays in force. Thread-safe.
 */
public final class AnalystKnowledgeBase implements Supplier<KnowledgeBase> {

  private static final long CHECK_EVERY_NANOS = 1_000_000_000L;

  private final KnowledgeBase base;
  private final Path file;
  private volatile KnowledgeBase current;
  private volatile FileTime loadedAt;
  private volatile long checkedAt;
  private volatile List<String> errors = List.of();

  /**
   * Loads {@code file} over {@code base}.
   *
   * @throws KbFormatException if the file has errors (each with its line number)
   * @throws IOException if it cannot be read
   */
  public AnalystKnowledgeBase(KnowledgeBase base, Path file) throws IOException {
    this.base = base;
    this.file = file;
    this.loadedAt = Files.getLastModifiedTime(file);
    this.current = base.with(Files.readAllLines(file, StandardCharsets.UTF_8), file.toString());
    this.checkedAt = System.nanoTime();
  }

  @Override
  public KnowledgeBase get() {
    long now = System.nanoTime();
    if (now - checkedAt >= CHECK_EVERY_NANOS) {
      reloadIfChanged();
    }
    return current;
  }

  /** Reloads now if the file changed; returns the errors of the last attempt (empty if good). */
  public synchronized List<String> reloadIfChanged() {
    checkedAt = System.nanoTime();
    try {
      FileTime modified = Files.getLastModifiedTime(file);
      if (modified.equals(loadedAt)) {
        return errors;
      }
      loadedAt = modified;
      current = base.with(Files.readAllLines(file, StandardCharsets.UTF_8), file.toString());
      errors = List.of();
    } catch (KbFormatException e) {
      errors = e.errors();
    } catch (IOException e) {
      errors = List.of(file + ": cannot read: " + e.getMessage());
    }
    return errors;
  }

  /** Problems with the file's latest version; empty when it is in force. */
  public List<String> errors() {
    return errors;
  }
}
