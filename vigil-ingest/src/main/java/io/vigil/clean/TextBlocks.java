package io.vigil.clean;

import java.util.ArrayList;
import java.util.List;

/** Splits plain text into blocks: each non-blank line is one. */
public final class TextBlocks {

  private TextBlocks() {}

  public static List<Block> of(String text) {
    List<Block> blocks = new ArrayList<>();
    int lineStart = 0;
    int n = text.length();
    while (lineStart <= n) {
      int lineEnd = text.indexOf('\n', lineStart);
      if (lineEnd < 0) {
        lineEnd = n;
      }
      int s = lineStart;
      int e = lineEnd;
      while (s < e && isSpace(text.charAt(s))) {
        s++;
      }
      while (e > s && isSpace(text.charAt(e - 1))) {
        e--;
      }
      if (e > s) {
        blocks.add(new Block(text.substring(s, e), s, e, Block.Kind.UNKNOWN));
      }
      lineStart = lineEnd + 1;
    }
    return blocks;
  }

  static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }
}
