package io.vigil.ingest.html;

import io.vigil.clean.Block;
import io.vigil.clean.PageMetadata;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * A first extraction of an article from an HTML page with jsoup: metadata from OpenGraph and meta
 * tags, the body from the {@code <article>} element or else the element holding the most paragraph
 * text, after dropping scripts, navigation, forms and asides. Stateless and thread-safe.
 */
public final class HtmlReader {

  private static final String FURNITURE =
      "script, style, noscript, template, iframe, svg, nav, header, footer, aside, form, button,"
          + " select, [role=navigation], [role=banner], [role=contentinfo], [aria-hidden=true]";

  private static final String BLOCKS = "p, h1, h2, h3, h4, h5, h6, li, blockquote, pre";

  private HtmlReader() {}

  /** Reads {@code html}; {@code baseUrl} may be null. */
  public static HtmlPage read(String html, String baseUrl) {
    Document doc = Jsoup.parse(html, baseUrl == null ? "" : baseUrl);
    PageMetadata meta = metadata(doc);
    doc.select(FURNITURE).remove();
    Element body = mainElement(doc);
    List<Block> blocks = new ArrayList<>();
    int offset = 0;
    for (Element e : body.select(BLOCKS)) {
      if (e.select(BLOCKS).size() > 1) {
        continue; // a container of blocks: its blocks come on their own
      }
      String text = e.text().strip();
      if (text.isEmpty()) {
        continue;
      }
      Block.Kind kind =
          switch (e.tagName()) {
            case "h1", "h2", "h3", "h4", "h5", "h6" -> Block.Kind.HEADING;
            case "li" -> Block.Kind.LIST_ITEM;
            case "blockquote" -> Block.Kind.QUOTE;
            default -> Block.Kind.PARAGRAPH;
          };
      if (kind == Block.Kind.HEADING && e.tagName().equals("h1") && meta.title() != null) {
        continue; // the headline is the title, not part of the body
      }
      blocks.add(new Block(text, offset, offset + text.length(), kind));
      offset += text.length() + 1;
    }
    if (blocks.isEmpty()) {
      String text = body.text().strip();
      if (!text.isEmpty()) {
        blocks.add(new Block(text, 0, text.length(), Block.Kind.PARAGRAPH));
      }
    }
    return new HtmlPage(blocks, meta);
  }

  private static Element mainElement(Document doc) {
    Elements articles = doc.select("article, [itemprop=articleBody], main");
    Element best = null;
    int bestScore = 0;
    for (Element candidate : articles) {
      int score = paragraphText(candidate);
      if (score > bestScore) {
        best = candidate;
        bestScore = score;
      }
    }
    if (best != null && bestScore > 0) {
      return best;
    }
    for (Element p : doc.select("p")) {
      Element parent = p.parent();
      if (parent == null) {
        continue;
      }
      int score = paragraphText(parent);
      if (score > bestScore) {
        best = parent;
        bestScore = score;
      }
    }
    return best != null ? best : doc.body();
  }

  private static int paragraphText(Element e) {
    int n = 0;
    for (Element p : e.select("p")) {
      n += p.text().length();
    }
    return n;
  }

  private static PageMetadata metadata(Document doc) {
    String title = first(meta(doc, "og:title"), meta(doc, "twitter:title"));
    if (title == null) {
      Element h1 = doc.selectFirst("h1");
      title = h1 != null && !h1.text().isBlank() ? h1.text().strip() : blankToNull(doc.title());
    }
    Set<String> byline = new LinkedHashSet<>();
    for (String author :
        java.util.Arrays.asList(meta(doc, "author"), meta(doc, "article:author"))) {
      if (author != null && !author.startsWith("http")) {
        byline.add(author);
      }
    }
    for (Element a : doc.select("[rel=author], [itemprop=author] [itemprop=name]")) {
      if (!a.text().isBlank()) {
        byline.add(a.text().strip());
      }
    }
    Instant published =
        date(
            first(
                meta(doc, "article:published_time"),
                meta(doc, "date"),
                attr(doc, "time[datetime]", "datetime")));
    String url = first(attr(doc, "link[rel=canonical]", "href"), meta(doc, "og:url"));
    String lang =
        blankToNull(doc.selectFirst("html") == null ? null : doc.selectFirst("html").attr("lang"));
    return new PageMetadata(
        title, List.copyOf(byline), published, url, meta(doc, "og:site_name"), lang);
  }

  private static String meta(Document doc, String name) {
    Element e = doc.selectFirst("meta[property=" + name + "], meta[name=" + name + "]");
    return e == null ? null : blankToNull(e.attr("content"));
  }

  private static String attr(Document doc, String css, String attr) {
    Element e = doc.selectFirst(css);
    return e == null ? null : blankToNull(e.attr(attr));
  }

  private static Instant date(String s) {
    if (s == null) {
      return null;
    }
    try {
      return OffsetDateTime.parse(s.strip()).toInstant();
    } catch (DateTimeParseException e) {
      try {
        return Instant.parse(s.strip());
      } catch (DateTimeParseException e2) {
        return null;
      }
    }
  }

  private static String first(String... values) {
    for (String v : values) {
      if (v != null) {
        return v;
      }
    }
    return null;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
