package io.vigil.nlp.resolve;

import java.util.regex.Pattern;

/**
 * The words that stand before a person's name without being part of it: honorifics ("Mr.", "Sen.")
 * and offices ("President", "Mayor"). One list for the rules that strip them from a recognised name
 * and the rules that read a surname after them as a person of its own.
 */
final class Titles {

  private Titles() {}

  /** Honorifics and abbreviated titles, as a regular expression (the full stop optional). */
  static final String HONORIFICS = "(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Capt|Sgt|Prof|Rev)\\.?";

  /** Offices written before a name. */
  static final String OFFICES =
      "(?:Mayor|President|Senator|Governor|Minister|Chancellor|Secretary|Ambassador|General"
          + "|Representative|Congressman|Congresswoman|Justice|Judge|Speaker)";

  /** A title right before a name: a surname after it names a person of its own. */
  static final Pattern BEFORE = Pattern.compile("\\b(?:" + HONORIFICS + "|" + OFFICES + ")\\s+$");
}
