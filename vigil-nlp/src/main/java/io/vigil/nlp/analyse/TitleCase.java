package io.vigil.nlp.analyse;

/**
 * Title-case headlines, in which most words are capitalised ("Sudan's Warring Sides Return to
 * Talks"): there capitals do not mark names, so a tagger's mentions need other evidence.
 */
public final class TitleCase {

  private static final int MAX_LENGTH = 160;

  private TitleCase() {}

  /** Whether {@code line} is in title case: at least two longer words, four in five capitalised. */
  public static boolean line(String line) {
    int words = 0;
    int capitals = 0;
    for (String w : line.split("[\\s‘’“”\"']+")) {
      if (w.length() >= 4 && Character.isLetter(w.charAt(0))) {
        words++;
        capitals += Character.isUpperCase(w.charAt(0)) ? 1 : 0;
      }
    }
    return words >= 2 && capitals * 10 >= words * 8 && line.length() < MAX_LENGTH;
  }
}
