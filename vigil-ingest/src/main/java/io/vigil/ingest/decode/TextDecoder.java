package io.vigil.ingest.decode;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Optional;

/**
 * Decodes document bytes into text without losing the document: a byte-order mark wins, then the
 * declared charset, then strict UTF-8; bytes that are not valid there are decoded as windows-1252
 * (every byte maps to a character) and the fallback is reported. Stateless and thread-safe.
 */
public final class TextDecoder {

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  private static final int SNIFF = 8192;

  private TextDecoder() {}

  /** Whether the bytes look like binary data rather than text (NUL bytes or many controls). */
  public static boolean looksBinary(byte[] bytes) {
    if (startsWith(bytes, 0xFE, 0xFF) || startsWith(bytes, 0xFF, 0xFE)) {
      return false; // UTF-16 text is full of NUL bytes
    }
    int n = Math.min(bytes.length, SNIFF);
    int controls = 0;
    for (int i = 0; i < n; i++) {
      int b = bytes[i] & 0xFF;
      if (b == 0) {
        return true;
      }
      if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
        controls++;
      }
    }
    return n > 0 && controls * 10 > n;
  }

  /**
   * Decodes {@code bytes}.
   *
   * @param declared the charset the transport or markup declared, or null
   */
  public static Decoded decode(byte[] bytes, String declared) {
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      return new Decoded(
          new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8), "UTF-8", null);
    }
    if (startsWith(bytes, 0xFE, 0xFF)) {
      return new Decoded(
          new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE), "UTF-16BE", null);
    }
    if (startsWith(bytes, 0xFF, 0xFE)) {
      return new Decoded(
          new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE), "UTF-16LE", null);
    }
    Optional<Charset> charset = lookup(declared);
    Charset first = charset.orElse(StandardCharsets.UTF_8);
    Optional<String> strict = strict(bytes, first);
    if (strict.isPresent()) {
      return new Decoded(strict.get(), first.name(), null);
    }
    if (!first.equals(StandardCharsets.UTF_8)) {
      Optional<String> utf8 = strict(bytes, StandardCharsets.UTF_8);
      if (utf8.isPresent()) {
        return new Decoded(
            utf8.get(), "UTF-8", "declared " + first.name() + " but the bytes are UTF-8");
      }
    }
    String reason =
        charset.isEmpty() && declared != null
            ? "unknown charset '" + declared + "'"
            : "invalid " + first.name() + " bytes";
    return new Decoded(
        new String(bytes, WINDOWS_1252), WINDOWS_1252.name(), reason + ", decoded as windows-1252");
  }

  private static Optional<String> strict(byte[] bytes, Charset charset) {
    try {
      return Optional.of(
          charset
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString());
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }

  private static Optional<Charset> lookup(String name) {
    if (name == null || name.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Charset.forName(name.trim()));
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return Optional.empty();
    }
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
