package io.vigil.clean;

import java.time.Instant;
import java.util.List;

/**
 * What a page's markup says about the article, before cleaning looks at the text. Every field may
 * be null (or empty) when the source says nothing, as plain text never does.
 *
 * @param title the headline
 * @param byline the authors' names
 * @param published when the article was first published
 * @param modified when it was last changed
 * @param url its canonical URL
 * @param siteName the publishing site's name
 * @param language a language tag such as {@code en} or {@code en-GB}
 */
public record PageMetadata(
    String title,
    List<String> byline,
    Instant published,
    Instant modified,
    String url,
    String siteName,
    String language) {

  public static final PageMetadata NONE =
      new PageMetadata(null, List.of(), null, null, null, null, null);

  public PageMetadata {
    byline = byline == null ? List.of() : List.copyOf(byline);
  }

  /**
   * This metadata with {@code fallback} (the address it was read from) as the URL when the markup
   * named none.
   */
  public PageMetadata orUrl(String fallback) {
    return url != null || fallback == null
        ? this
        : new PageMetadata(title, byline, published, modified, fallback, siteName, language);
  }
}
