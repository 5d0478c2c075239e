package io.vigil.ingest.html;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Finds the elements that hold an article's body by text density: every paragraph of at least 25
 * characters scores its parent (in full) and its grandparent (half) by its length and commas; an
 * element's score is discounted by its link density; the best element wins, and its siblings join
 * it when they score close to it or are plain prose paragraphs. No rule names a site.
 */
final class ContentFinder {

  private static final int MIN_PARAGRAPH = 25;
  private static final int CLIMB_LEVELS = 4;

  private static final Pattern POSITIVE =
      Pattern.compile(
          "article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story"
              + "|prose");
  private static final Pattern NEGATIVE =
      Pattern.compile(
          "-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|foot|footer"
              + "|footnote|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox"
              + "|sidebar|skyscraper|sponsor|shopping|tags|tool|widget|caption|credit");

  private final Map<Element, Double> scores = new IdentityHashMap<>();

  private ContentFinder() {}

  /** The body's elements in document order; {@code root} itself when nothing scores. */
  static List<Element> find(Element root) {
    return new ContentFinder().run(root);
  }

  private List<Element> run(Element root) {
    for (Element p : root.select("p, pre, td, blockquote, div, section, li, dd")) {
      if (!p.is("p, pre") && !holdsOwnText(p)) {
        continue;
      }
      String text = ownBlockText(p);
      if (text.length() < MIN_PARAGRAPH) {
        continue;
      }
      double score = 1 + commas(text) + Math.min(text.length() / 100, 3);
      Element parent = p.parent();
      for (int level = 0; parent != null && level < 3; level++, parent = parent.parent()) {
        double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
        scores.merge(parent, initial(parent) + score / divider, (a, b) -> a + score / divider);
      }
    }
    Element best = null;
    double bestScore = 0;
    for (var e : scores.entrySet()) {
      double s = e.getValue() * (1 - TextStats.linkDensity(e.getKey()));
      e.setValue(s);
      if (s > bestScore) {
        best = e.getKey();
        bestScore = s;
      }
    }
    if (best == null) {
      return List.of(root);
    }
    best = climb(best, bestScore);
    return withSiblings(best, scores.getOrDefault(best, bestScore));
  }

  /**
   * Climbs from the best element to its ancestors while what an ancestor adds is mostly prose
   * paragraphs: a body split into several chunks, each in its own wrapper, is read whole.
   */
  private Element climb(Element best, double bestScore) {
    boolean climbed = true;
    while (climbed) {
      climbed = false;
      Element ancestor = best.parent();
      for (int level = 0; level < CLIMB_LEVELS && ancestor != null; level++) {
        if (ancestor.is("body, html")) {
          break;
        }
        if (addsProse(best, ancestor) || closeScore(best, ancestor, bestScore)) {
          best = ancestor;
          climbed = true;
          break;
        }
        ancestor = ancestor.parent();
      }
    }
    return best;
  }

  /** What {@code ancestor} holds beyond {@code best} is substantial, and mostly paragraphs. */
  private static boolean addsProse(Element best, Element ancestor) {
    int own = TextStats.paragraphChars(best);
    int added = TextStats.paragraphChars(ancestor) - own;
    int addedText = TextStats.proseChars(ancestor) - TextStats.proseChars(best);
    return added > 0.1 * own && added >= 0.7 * addedText;
  }

  private boolean closeScore(Element best, Element ancestor, double bestScore) {
    Double s = scores.get(ancestor);
    int addedText = ancestor.text().length() - best.text().length();
    return s != null && s >= bestScore * 0.9 && addedText < 0.2 * best.text().length();
  }

  private List<Element> withSiblings(Element best, double bestScore) {
    Element parent = best.parent();
    if (parent == null || parent.is("html")) {
      return List.of(best);
    }
    double threshold = Math.max(10, bestScore * 0.2);
    String bestClass = best.className();
    List<Element> kept = new ArrayList<>();
    for (Element sibling : parent.children()) {
      if (sibling == best) {
        kept.add(sibling);
        continue;
      }
      double bonus =
          !bestClass.isEmpty() && bestClass.equals(sibling.className()) ? bestScore * 0.2 : 0;
      Double s = scores.get(sibling);
      if (s != null && s + bonus >= threshold) {
        kept.add(sibling);
      } else if (sibling.is("p") || holdsOwnText(sibling)) {
        String text = sibling.text();
        double density = TextStats.linkDensity(sibling);
        if ((text.length() > 80 && density < 0.25)
            || (text.length() > 0 && density == 0 && text.matches("(?s).*\\.( |$).*"))) {
          kept.add(sibling);
        }
      }
    }
    return kept;
  }

  private static double initial(Element e) {
    double s =
        switch (e.tagName()) {
          case "div", "article", "section", "main" -> 5;
          case "pre", "td", "blockquote" -> 3;
          case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
          case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
          default -> 0;
        };
    return s + classWeight(e);
  }

  static double classWeight(Element e) {
    double w = 0;
    for (String name : List.of(e.className(), e.id())) {
      String n = name.toLowerCase(Locale.ROOT);
      if (n.isEmpty()) {
        continue;
      }
      if (NEGATIVE.matcher(n).find()) {
        w -= 25;
      }
      if (POSITIVE.matcher(n).find()) {
        w += 25;
      }
    }
    return w;
  }

  /** Whether an element has text of its own, not only inside child blocks. */
  private static boolean holdsOwnText(Element e) {
    return !e.ownText().isBlank() && e.ownText().length() >= MIN_PARAGRAPH;
  }

  private static String ownBlockText(Element e) {
    return e.is("p, pre") ? e.text() : e.ownText();
  }

  private static int commas(String text) {
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == ',' || c == '，' || c == '、') {
        n++;
      }
    }
    return n;
  }
}
