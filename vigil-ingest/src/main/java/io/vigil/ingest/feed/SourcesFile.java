package io.vigil.ingest.feed;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A list of feed URLs, one per line; blank lines and comments (from a {@code #} at the start of a
 * line or after a space) are ignored. A line that is not an http(s) URL is reported with its line
 * number, not silently dropped.
 */
public final class SourcesFile {

  /** The feeds read, and one message per bad line. */
  public record Sources(List<String> urls, List<String> problems) {}

  private SourcesFile() {}

  /**
   * Reads {@code file}.
   *
   * @throws IOException when the file cannot be read
   */
  public static Sources read(Path file) throws IOException {
    return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
  }

  static Sources parse(String text, String name) {
    List<String> urls = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    String[] lines = text.split("\\R");
    for (int i = 0; i < lines.length; i++) {
      String url = lines[i].replaceFirst("(^|\\s)#.*$", "").strip();
      if (url.isEmpty()) {
        continue;
      }
      if (UrlNormalizer.normalize(url).isEmpty()) {
        problems.add(name + ":" + (i + 1) + ": not an http(s) URL: " + url);
      } else {
        urls.add(url);
      }
    }
    return new Sources(List.copyOf(urls), List.copyOf(problems));
  }
}
