package io.vigil.ingest.feed;

import io.vigil.ingest.DocumentIds;
import io.vigil.model.Article;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.Set;

/**
 * What a watcher has already read, kept across restarts: normalised URLs and hashes of article
 * texts, in an append-only file ({@code seen.log}: lines {@code u URL} and {@code t SHA-256}) that
 * is forced to disk after every addition. A torn last line from a crash is ignored on reload.
 * Thread-safe.
 */
public final class SeenStore implements AutoCloseable {

  /** The file inside the data directory. */
  public static final String FILE = "seen.log";

  private final Set<String> urls = new HashSet<>();
  private final Set<String> texts = new HashSet<>();
  private final FileChannel log;

  private SeenStore(FileChannel log) {
    this.log = log;
  }

  /**
   * Opens (or creates) the store in {@code dataDir}.
   *
   * @throws IOException when the directory or file cannot be created or read
   */
  public static SeenStore open(Path dataDir) throws IOException {
    Files.createDirectories(dataDir);
    Path file = dataDir.resolve(FILE);
    SeenStore store =
        new SeenStore(
            FileChannel.open(
                file,
                StandardOpenOption.CREATE,
                StandardOpenOption.WRITE,
                StandardOpenOption.APPEND));
    byte[] existing = Files.readAllBytes(file);
    if (existing.length > 0 && existing[existing.length - 1] != '\n') {
      store.log.write(ByteBuffer.wrap(new byte[] {'\n'})); // end a line torn by a crash
    }
    for (String line : new String(existing, StandardCharsets.UTF_8).split("\n")) {
      if (line.startsWith("u ")) {
        store.urls.add(line.substring(2));
      } else if (line.startsWith("t ") && line.length() == 66) {
        store.texts.add(line.substring(2));
      }
    }
    return store;
  }

  /** Whether the normalised {@code url} was recorded. */
  public synchronized boolean seenUrl(String url) {
    return urls.contains(url);
  }

  /** Records the normalised {@code url}; false when it was already there. */
  public synchronized boolean addUrl(String url) {
    return urls.add(url) && append("u " + url);
  }

  /** Whether the article's text (white space aside) has not been recorded yet; records nothing. */
  public synchronized boolean isNewText(Article article) {
    return !texts.contains(textHash(article));
  }

  private static String textHash(Article article) {
    return DocumentIds.sha256(article.text().strip().replaceAll("\\s+", " "));
  }

  /**
   * Records the article's text; false when the same text (white space aside) was recorded before,
   * under any URL.
   */
  public synchronized boolean addText(Article article) {
    String hash = textHash(article);
    return texts.add(hash) && append("t " + hash);
  }

  private boolean append(String line) {
    try {
      ByteBuffer buf = ByteBuffer.wrap((line + "\n").getBytes(StandardCharsets.UTF_8));
      while (buf.hasRemaining()) {
        log.write(buf);
      }
      log.force(false);
      return true;
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot write the seen-set " + FILE + ": " + e.getMessage(), e);
    }
  }

  @Override
  public synchronized void close() throws IOException {
    log.close();
  }
}
