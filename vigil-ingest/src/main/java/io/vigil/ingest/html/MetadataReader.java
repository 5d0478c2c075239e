package io.vigil.ingest.html;

import io.vigil.clean.PageMetadata;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads what a page says about its article, most explicit source first: JSON-LD, then OpenGraph and
 * other meta tags, then the page's structure ({@code <h1>}, {@code <time>}, author links, {@code
 * <html lang>}). Must run before the page is pruned.
 */
final class MetadataReader {

  private MetadataReader() {}

  static PageMetadata read(Document doc, JsonLd ld) {
    String title =
        JsonLd.first(ld.headline(), meta(doc, "og:title"), meta(doc, "twitter:title"), h1(doc));
    if (title == null) {
      title = blankToNull(doc.title());
    }
    Instant published =
        firstDate(
            ld.published(),
            meta(doc, "article:published_time"),
            meta(doc, "og:article:published_time"),
            meta(doc, "datePublished"),
            itemprop(doc, "datePublished"),
            meta(doc, "pubdate"),
            meta(doc, "publish-date"),
            meta(doc, "sailthru.date"),
            meta(doc, "parsely-pub-date"),
            meta(doc, "dc.date"),
            meta(doc, "date"),
            attr(doc, "time[pubdate]", "datetime"),
            attr(doc, "article time[datetime], time[datetime]", "datetime"));
    Instant modified =
        firstDate(
            ld.modified(),
            meta(doc, "article:modified_time"),
            meta(doc, "og:updated_time"),
            meta(doc, "dateModified"),
            itemprop(doc, "dateModified"),
            meta(doc, "last-modified"));
    String url =
        JsonLd.first(
            attr(doc, "link[rel=canonical]", "abs:href"),
            meta(doc, "og:url"),
            ld.url() != null && ld.url().startsWith("http") ? ld.url() : null);
    String site =
        JsonLd.first(meta(doc, "og:site_name"), ld.siteName(), meta(doc, "application-name"));
    Element html = doc.selectFirst("html");
    String lang =
        JsonLd.first(
            html == null ? null : blankToNull(html.attr("lang")),
            meta(doc, "og:locale"),
            ld.language(),
            attr(doc, "meta[http-equiv=content-language]", "content"));
    return new PageMetadata(title, byline(doc, ld), published, modified, url, site, language(lang));
  }

  private static List<String> byline(Document doc, JsonLd ld) {
    Set<String> names = new LinkedHashSet<>(ld.authors());
    if (names.isEmpty()) {
      for (String author : List.of(nz(meta(doc, "author")), nz(meta(doc, "article:author")))) {
        if (!author.isEmpty() && !author.startsWith("http") && author.length() < 100) {
          names.add(author);
        }
      }
    }
    if (names.isEmpty()) {
      for (Element a : doc.select("[rel=author], [itemprop=author] [itemprop=name]")) {
        String name = a.text().strip();
        if (!name.isEmpty() && name.length() < 60) {
          names.add(name);
        }
      }
    }
    return List.copyOf(names);
  }

  /** {@code en_GB} and {@code en-GB} are {@code en-GB}; the primary subtag is lower case. */
  static String language(String tag) {
    if (tag == null || tag.isBlank()) {
      return null;
    }
    String[] parts = tag.strip().replace('_', '-').split("-", 2);
    String primary = parts[0].toLowerCase(java.util.Locale.ROOT);
    if (!primary.matches("[a-z]{2,3}")) {
      return null;
    }
    return parts.length == 1 ? primary : primary + "-" + parts[1];
  }

  private static String h1(Document doc) {
    Element h1 = doc.selectFirst("h1");
    return h1 == null ? null : blankToNull(h1.text());
  }

  private static Instant firstDate(String... values) {
    for (String v : values) {
      Instant t = Dates.parse(v);
      if (t != null) {
        return t;
      }
    }
    return null;
  }

  static String meta(Document doc, String name) {
    for (Element e : doc.select("meta[content]")) {
      if (name.equalsIgnoreCase(e.attr("property"))
          || name.equalsIgnoreCase(e.attr("name"))
          || name.equalsIgnoreCase(e.attr("itemprop"))) {
        String value = blankToNull(e.attr("content"));
        if (value != null) {
          return value;
        }
      }
    }
    return null;
  }

  private static String itemprop(Document doc, String prop) {
    Element e = doc.selectFirst("[itemprop=" + prop + "]");
    if (e == null) {
      return null;
    }
    return JsonLd.first(
        blankToNull(e.attr("datetime")), blankToNull(e.attr("content")), blankToNull(e.text()));
  }

  private static String attr(Document doc, String css, String attr) {
    Element e = doc.selectFirst(css);
    return e == null ? null : blankToNull(e.attr(attr));
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }

  static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
