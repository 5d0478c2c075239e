package io.vigil.ingest.decode;

/**
 * Decoded text and how it was decoded.
 *
 * @param text the characters
 * @param charset the charset that was used
 * @param warning null when the bytes were valid in the expected charset, else a one-line note of
 *     what was done instead
 */
public record Decoded(String text, String charset, String warning) {}
