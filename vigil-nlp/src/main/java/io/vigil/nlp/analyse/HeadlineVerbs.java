package io.vigil.nlp.analyse;

import java.util.Set;

/**
 * Verbs that title-case headlines capitalise ("Obama Says Museum Will Tell ...", "Lindsey Graham
 * Says"). A name never ends with one, and an organisation's name never holds one.
 */
public final class HeadlineVerbs {

  private HeadlineVerbs() {}

  public static final Set<String> WORDS =
      Set.of(
          "Says", "Said", "Tells", "Told", "Warns", "Urges", "Calls", "Is", "Are", "Was", "Were",
          "Has", "Have", "Had", "Will", "Would", "Could", "Should", "Can", "Does", "Did", "Wants",
          "Vows", "Slams", "Blasts", "Sees", "Rips", "Asks", "Claims", "Denies", "Backs");

  /**
   * The ones that can end a tagger's name ("Lindsey Graham Says") without being a name's last word;
   * not "Will" or "Can", which are.
   */
  public static final Set<String> ENDING_NAMES =
      Set.of(
          "Says", "Said", "Tells", "Told", "Warns", "Urges", "Asks", "Claims", "Vows", "Slams",
          "Blasts", "Denies", "Rips");
}
