package io.vigil.ingest.html;

import org.jsoup.nodes.Element;

/** Text measures of elements: paragraph text, link density. */
final class TextStats {

  private TextStats() {}

  /** Characters of text inside the {@code <p>} elements under {@code e} (or {@code e} itself). */
  static int paragraphChars(Element e) {
    if (e == null) {
      return 0;
    }
    if (e.is("p")) {
      return e.text().length();
    }
    int n = 0;
    for (Element p : e.getElementsByTag("p")) {
      n += p.text().length();
    }
    return n;
  }

  /** Characters of {@code e}'s text outside links: its prose, however it is marked up. */
  static int proseChars(Element e) {
    if (e == null) {
      return 0;
    }
    int links = 0;
    for (Element a : e.getElementsByTag("a")) {
      links += a.text().length();
    }
    return Math.max(0, e.text().length() - links);
  }

  /** The share of {@code e}'s text that is inside links, from 0 to 1. */
  static double linkDensity(Element e) {
    int all = e.text().length();
    if (all == 0) {
      return 0;
    }
    int links = 0;
    for (Element a : e.getElementsByTag("a")) {
      links += a.text().length();
    }
    return Math.min(1, (double) links / all);
  }
}
