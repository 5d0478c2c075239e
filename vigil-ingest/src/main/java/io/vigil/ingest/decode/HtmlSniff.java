package io.vigil.ingest.decode;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Looks at the first bytes of a document: whether it is an HTML page whatever its declared type,
 * and which charset its {@code <meta>} tags declare. Stateless and thread-safe.
 */
public final class HtmlSniff {

  private static final int HEAD = 2048;
  private static final Pattern META_CHARSET =
      Pattern.compile(
          "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([a-z0-9_:.+-]+)", Pattern.CASE_INSENSITIVE);

  private HtmlSniff() {}

  /** Whether {@code bytes} start like an HTML page (a doctype, {@code <html>}, {@code <head>}). */
  public static boolean looksLikeHtml(byte[] bytes) {
    String head = head(bytes).stripLeading().toLowerCase(Locale.ROOT);
    if (head.startsWith("\ufeff")) {
      head = head.substring(1);
    }
    while (head.startsWith("<!--")) {
      int end = head.indexOf("-->");
      head = end < 0 ? "" : head.substring(end + 3).stripLeading();
    }
    return head.startsWith("<!doctype html")
        || head.startsWith("<html")
        || head.startsWith("<head")
        || head.startsWith("<body");
  }

  /** The charset a {@code <meta>} tag in the first 2 KB declares, or null. */
  public static String metaCharset(byte[] bytes) {
    Matcher m = META_CHARSET.matcher(head(bytes));
    return m.find() ? m.group(1) : null;
  }

  private static String head(byte[] bytes) {
    return new String(bytes, 0, Math.min(bytes.length, HEAD), StandardCharsets.ISO_8859_1);
  }
}
