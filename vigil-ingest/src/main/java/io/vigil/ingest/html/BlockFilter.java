package io.vigil.ingest.html;

import io.vigil.clean.Block;
import io.vigil.ingest.html.BlockCollector.Piece;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Drops the blocks of the body's container that are not the story, by their shape alone: blocks
 * that are mostly link text (menus, lists of other articles), the {@code <h1>} headline (it is the
 * title), a paragraph repeated word for word (captions shown twice, "Advert" labels), and a heading
 * that introduces nothing that is kept (the title of a list of links).
 */
final class BlockFilter {

  private static final double MAX_LINK_DENSITY = 0.5;
  private static final int SHORT_LIST_ITEM = 100;

  private BlockFilter() {}

  static List<Piece> filter(List<Piece> pieces) {
    List<Piece> kept = new ArrayList<>();
    List<Boolean> droppedAfter = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Piece piece : pieces) {
      boolean drop = linky(piece) || piece.h1() || repeated(piece, seen);
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

  /** A paragraph seen before; list items (recipes, tables of figures) may repeat. */
  private static boolean repeated(Piece piece, Set<String> seen) {
    return !seen.add(piece.text()) && !piece.inList() && piece.kind() != Block.Kind.LIST_ITEM;
  }

  private static boolean linky(Piece piece) {
    if (piece.linkDensity() > MAX_LINK_DENSITY) {
      return true;
    }
    return piece.inList() && piece.linkChars() > 0 && piece.text().length() < SHORT_LIST_ITEM;
  }
}
