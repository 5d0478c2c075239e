package io.vigil.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A news article after cleaning: its clean body text and what was learnt about it on the way. All
 * spans of later stages point into {@link #text()}.
 *
 * @param id stable identifier, the same as the raw document's
 * @param kind the kind of source it came from
 * @param location the file or URL it was read from
 * @param url its canonical URL, or null
 * @param title the headline, or null when the source has none (it is not part of the text)
 * @param byline the authors' names, possibly empty
 * @param published publication time, or null when unknown
 * @param text the clean body: paragraphs separated by a blank line, boilerplate removed
 * @param headings section headings inside the text
 * @param removed what cleaning removed, with reasons
 * @param signals things noticed about the article
 * @param originalSource host or name of the source the article says it was taken from, or null
 * @param siteName the publishing site's name, or null
 * @param language ISO 639-1 code when known, or null
 */
public record Article(
    String id,
    SourceKind kind,
    String location,
    String url,
    String title,
    List<String> byline,
    Instant published,
    String text,
    List<Heading> headings,
    List<Removed> removed,
    List<Signal> signals,
    String originalSource,
    String siteName,
    String language) {

  public Article {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    byline = List.copyOf(byline);
    headings = List.copyOf(headings);
    removed = List.copyOf(removed);
    signals = List.copyOf(signals);
  }

  /** The same article with one more signal. */
  public Article with(Signal signal) {
    List<Signal> more = new java.util.ArrayList<>(signals);
    more.add(signal);
    return new Article(
        id,
        kind,
        location,
        url,
        title,
        byline,
        published,
        text,
        headings,
        removed,
        more,
        originalSource,
        siteName,
        language);
  }

  /** Whether the article declares a language other than English ("pt-BR", "ko"). */
  public boolean foreign() {
    return language != null
        && !language.isBlank()
        && !language.toLowerCase(java.util.Locale.ROOT).startsWith("en");
  }
}
