package io.vigil.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Stable document ids for sources that have a URL rather than a file name. Thread-safe. */
public final class DocumentIds {

  private DocumentIds() {}

  /** {@code prefix} and the first 16 hex digits of the SHA-256 of {@code url}. */
  public static String of(String prefix, String url) {
    return prefix + "-" + sha256(url).substring(0, 16);
  }

  /** The SHA-256 of {@code text} (UTF-8) in hex. */
  public static String sha256(String text) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
