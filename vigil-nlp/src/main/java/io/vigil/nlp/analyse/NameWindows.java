package io.vigil.nlp.analyse;

import java.util.ArrayList;
import java.util.List;

/**
 * The parts of a long sentence the CRF needs to see: every word that {@linkplain
 * NameFreeSentences#mayName may be a name} (a capital or a digit anywhere in it, a sentence's
 * common opener aside) with a margin of context on both sides, margins merged where they meet.
 * Names in English news are capitalised, and the CRF's features look a few words either way, so a
 * stretch of lower-case words far from any capital cannot hold a name and is not tagged. Short
 * sentences are one window.
 */
final class NameWindows {

  /** Words of context kept on each side of a capitalised word: the CRF's widest feature window. */
  static final int MARGIN = 4;

  private NameWindows() {}

  /** Half-open {@code [from, to)} ranges of {@code words} to tag, in order, not overlapping. */
  static List<int[]> of(List<String> words) {
    List<int[]> out = new ArrayList<>();
    int n = words.size();
    int from = -1;
    int to = -1;
    for (int i = 0; i < n; i++) {
      if (!NameFreeSentences.mayName(words, i)) {
        continue;
      }
      int start = Math.max(0, i - MARGIN);
      int end = Math.min(n, i + MARGIN + 1);
      if (from >= 0 && start <= to) {
        to = Math.max(to, end);
      } else {
        if (from >= 0) {
          out.add(new int[] {from, to});
        }
        from = start;
        to = end;
      }
    }
    if (from >= 0) {
      out.add(new int[] {from, to});
    }
    return out;
  }
}
