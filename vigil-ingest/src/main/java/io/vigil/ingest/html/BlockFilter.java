package io.vigil.ingest.html;

import io.vigil.clean.Block;
import io.vigil.ingest.html.BlockCollector.Piece;
import java.util.ArrayList;
import java.util.List;

/**
 * Drops the blocks of the body's container that are not the story, by their shape alone: blocks
 * that are mostly link text (menus, lists of other articles), the {@code <h1>} headline (it is the
 * title), and a heading that introduces nothing that is kept (the title of a list of links).
 * Repeated paragraphs stay: recipes and tables repeat lines on purpose.
 */
final class BlockFilter {

  private static final double MAX_LINK_DENSITY = 0.5;
  private static final int SHORT_LIST_ITEM = 100;

  private BlockFilter() {}

  static List<Piece> filter(List<Piece> pieces) {
    List<Piece> kept = new ArrayList<>();
    List<Boolean> droppedAfter = new ArrayList<>();
    for (Piece piece : pieces) {
      boolean drop = linky(piece) || piece.h1();
      if (drop) {
        if (!droppedAfter.isEmpty()) {
          droppedAfter.set(droppedAfter.size() - 1, true);
        }
        continue;
      }
      kept.add(piece);
      droppedAfter.add(false);
    }
    List<Piece> out = new ArrayList<>();
    for (int i = 0; i < kept.size(); i++) {
      Piece p = kept.get(i);
      boolean orphanHeading =
          p.kind() == Block.Kind.HEADING
              && droppedAfter.get(i)
              && (i + 1 == kept.size() || kept.get(i + 1).kind() == Block.Kind.HEADING);
      if (!orphanHeading) {
        out.add(p);
      }
    }
    return out;
  }

  private static boolean linky(Piece piece) {
    if (piece.linkDensity() > MAX_LINK_DENSITY) {
      return true;
    }
    return piece.inList() && piece.linkChars() > 0 && piece.text().length() < SHORT_LIST_ITEM;
  }
}
