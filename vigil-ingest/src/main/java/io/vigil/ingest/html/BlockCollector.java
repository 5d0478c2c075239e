package io.vigil.ingest.html;

import io.vigil.clean.Block;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Walks the body's elements in reading order and cuts their text into blocks at every block-level
 * element and at every blank line made of two {@code <br>}s, so paragraph breaks survive; a table
 * row is one block, its cells separated by spaces. Each block remembers how much of its text was
 * inside links, for the link-density filter.
 */
final class BlockCollector {

  /** A block and the number of its characters that were link text. */
  record Piece(String text, Block.Kind kind, int linkChars, boolean inList, boolean h1) {

    double linkDensity() {
      return text.isEmpty() ? 0 : Math.min(1, (double) linkChars / text.length());
    }
  }

  private static final Set<String> BLOCK_TAGS =
      Set.of(
          ("p div section article main h1 h2 h3 h4 h5 h6 ul ol li blockquote pre table tr dl dt dd"
                  + " figure figcaption header footer hr address center details summary aside nav"
                  + " form fieldset caption tbody thead body")
              .split(" "));

  private final List<Piece> pieces = new ArrayList<>();
  private final StringBuilder text = new StringBuilder();
  private int linkChars;
  private int brs;

  private BlockCollector() {}

  static List<Piece> collect(List<Element> roots) {
    BlockCollector c = new BlockCollector();
    for (Element root : roots) {
      c.walk(root, Block.Kind.PARAGRAPH, 0, false);
      c.flush(Block.Kind.PARAGRAPH, false);
    }
    return c.pieces;
  }

  private boolean inH1;

  private void walk(Node node, Block.Kind kind, int inLink, boolean inList) {
    if (node instanceof TextNode t) {
      String s = t.getWholeText();
      if (!s.isBlank()) {
        brs = 0;
      }
      text.append(s);
      if (inLink > 0) {
        linkChars += s.strip().length();
      }
      return;
    }
    if (!(node instanceof Element e)) {
      return;
    }
    String tag = e.tagName();
    if (tag.equals("td") || tag.equals("th")) {
      text.append(' ');
    }
    if (tag.equals("br")) {
      if (++brs >= 2) {
        flush(kind, inList);
      } else {
        text.append('\n');
      }
      return;
    }
    boolean block = BLOCK_TAGS.contains(tag);
    Block.Kind childKind = block ? kindOf(tag, kind) : kind;
    boolean childInList = inList || tag.equals("li");
    if (block) {
      flush(kind, inList);
    }
    int link = inLink + (tag.equals("a") ? 1 : 0);
    boolean h1 = tag.equals("h1");
    inH1 |= h1;
    for (Node child : e.childNodes()) {
      walk(child, childKind, link, childInList);
    }
    if (block) {
      flush(childKind, childInList);
    }
    if (h1) {
      inH1 = false;
    }
  }

  private static Block.Kind kindOf(String tag, Block.Kind outer) {
    return switch (tag) {
      case "h1", "h2", "h3", "h4", "h5", "h6" -> Block.Kind.HEADING;
      case "li", "dd", "dt" -> Block.Kind.LIST_ITEM;
      case "blockquote" -> Block.Kind.QUOTE;
      case "p", "pre" -> outer == Block.Kind.QUOTE ? Block.Kind.QUOTE : Block.Kind.PARAGRAPH;
      default -> outer;
    };
  }

  private void flush(Block.Kind kind, boolean inList) {
    String s = normalise(text);
    if (!s.isEmpty()) {
      pieces.add(new Piece(s, kind, Math.min(linkChars, s.length()), inList, inH1));
    }
    text.setLength(0);
    linkChars = 0;
    brs = 0;
  }

  /** Collapses runs of white space (non-breaking spaces included) to one space, trims the ends. */
  static String normalise(CharSequence raw) {
    StringBuilder out = new StringBuilder(raw.length());
    boolean space = false;
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200b') {
        space = true;
      } else {
        if (space && !out.isEmpty()) {
          out.append(' ');
        }
        space = false;
        out.append(c);
      }
    }
    return out.toString();
  }
}
