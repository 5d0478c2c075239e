package io.vigil.ingest.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Removes page furniture before the body is looked for: scripts and embeds always; navigation,
 * headers, footers, asides, forms, hidden elements and elements whose class or id names furniture
 * (share bars, related links, comments, newsletters, ads, bios) unless they hold a large share of
 * the page's text outside links, as a page wrapped whole in a {@code <form>} or a {@code <header>}
 * does. An element holding quoted paragraphs (an embedded post) is kept whatever its class says.
 */
final class Pruner {

  private static final String ALWAYS =
      "script, style, noscript, template, iframe, svg, canvas, video, audio, object, embed, button,"
          + " figcaption,"
          + " select, input, textarea, link, dialog, [hidden], [aria-hidden=true], [style~=(?i)"
          + "display:\\s*none], [style~=(?i)visibility:\\s*hidden]";

  private static final String STRUCTURAL =
      "nav, aside, footer, header, form, menu, [role=navigation], [role=banner],"
          + " [role=contentinfo], [role=complementary], [role=dialog], [role=alert], [role=menu]";

  /** Class or id words that name furniture rather than the story, on news sites in general. */
  private static final Pattern UNLIKELY =
      Pattern.compile(
          "-ad-|(^|[\\s_-])ads?($|[\\s_-])|advert|banner|breadcrumb|combx|comment|community"
              + "|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox"
              + "|sidebar|skyscraper|social|sponsor|supplemental|agegate|pagination|pager|popup"
              + "|share|sharing|newsletter|signup|subscribe|promo|recirc|recommend|trending"
              + "|popular|most-?read|outbrain|taboola|toolbar|byline|author|cookie|consent|modal"
              + "|overlay|widget|tags|topics|more-?stories|read-?more|teaser|paywall|inline-?link"
              + "|caption|credit|gallery|slideshow|carousel|lightbox");

  /** Class or id words that name the story, which keep an element that also names furniture. */
  private static final Pattern MAYBE =
      Pattern.compile("article|body|column|content|main|shadow|story|post|entry|text|prose");

  /** An element holding at least this share of the page's paragraph text is never furniture. */
  private static final double KEEP_SHARE = 0.4;

  private Pruner() {}

  static void prune(Document doc) {
    doc.select(ALWAYS).remove();
    int total = Math.max(1, TextStats.proseChars(doc.body()));
    for (Element e : doc.select(STRUCTURAL)) {
      if (e.parent() != null && TextStats.proseChars(e) < KEEP_SHARE * total) {
        e.remove();
      }
    }
    List<Element> unlikely = new ArrayList<>();
    for (Element e : doc.body().getAllElements()) {
      if (e.is("body, html, article, main, p, a, h1, h2, h3, h4, h5, h6, li, td, tr, table")) {
        continue;
      }
      String names = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
      if (names.isBlank() || !UNLIKELY.matcher(names).find() || MAYBE.matcher(names).find()) {
        continue;
      }
      if (TextStats.proseChars(e) < KEEP_SHARE * total && e.selectFirst("blockquote p") == null) {
        unlikely.add(e);
      }
    }
    unlikely.forEach(Element::remove);
  }
}
