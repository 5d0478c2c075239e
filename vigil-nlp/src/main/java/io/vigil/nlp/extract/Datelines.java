package io.vigil.nlp.extract;

import java.util.regex.Pattern;

/**
 * The dateline that opens a wire story: a place, perhaps its country, a date and the agency in
 * brackets, then a dash ("VARNA, June 4 (Kessel Wire) -", "TARN, Kessel, Aug. 19 -", "Varna, March
 * 3 (Reuters) —"). Group 1 is the place, group 2 the date, group 3 the agency.
 */
final class Datelines {

  private static final String DATELINE =
      "([A-Z][A-Za-z.' ]{1,30}?(?:, [A-Z][A-Za-z.]{1,12})?)"
          + "(,\\s*[A-Z][a-z]{2,8}\\.?\\s+\\d{1,2}(?:,\\s*\\d{4})?)?\\s*"
          + "(\\([^()\\n]{1,40}\\))?\\s*(?:-{1,2}|[—–―])\\s+";

  /** A dateline where the matching starts ({@code lookingAt}). */
  static final Pattern AT_START = Pattern.compile(DATELINE);

  /** A dateline at the start of any line ({@code find}). */
  static final Pattern AT_LINE = Pattern.compile("(?m)^" + DATELINE);

  private Datelines() {}
}
