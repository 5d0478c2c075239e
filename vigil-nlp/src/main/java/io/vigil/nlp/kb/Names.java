package io.vigil.nlp.kb;

import java.text.Normalizer;
import java.util.Locale;

/** Name normalisation shared by the knowledge base and the resolver. */
public final class Names {

  private Names() {}

  /**
   * Folds typographic quotes to ASCII without changing the length, so offsets found in the folded
   * text hold in the original: ’ ‘ to ', “ ” to ".
   */
  public static String foldQuotes(String s) {
    StringBuilder b = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      char f =
          switch (c) {
            case '\u2019', '\u2018', '\u02bc', '\u2032' -> '\'';
            case '\u201c', '\u201d' -> '"';
            case '\u2010', '\u2011' -> '-';
            default -> c;
          };
      if (f != c) {
        if (b == null) {
          b = new StringBuilder(s);
        }
        b.setCharAt(i, f);
      }
    }
    return b == null ? s : b.toString();
  }

  /** A key for case- and accent-insensitive lookups: "Türkiye’s" and "turkiye's" are equal. */
  public static String key(String s) {
    String folded = Normalizer.normalize(foldQuotes(s.strip()), Normalizer.Form.NFKD);
    return folded.replaceAll("\\p{M}+", "").replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  /** A stable id fragment: "Kurdistan Workers' Party" is {@code kurdistan-workers-party}. */
  public static String slug(String s) {
    String k = key(s).replace("'", "");
    String slug = k.replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("(^-+|-+$)", "");
    return slug.isEmpty() ? "x" : slug;
  }

  public static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c);
  }
}
