package io.vigil.nlp.extract;

import io.vigil.model.EntityType;
import io.vigil.model.ResolvedMention;
import io.vigil.model.Sentence;
import java.util.Set;

/**
 * Tells a verbal attack from a violent one. In political news "Trump attacked Clinton" is criticism
 * (CAMEO 111), not assault (180): an attack on a person, in a sentence with no word of violence, is
 * read as criticism.
 */
final class Violence {

  private static final Set<String> WORDS =
      Set.of(
          "killed",
          "killing",
          "kill",
          "wounded",
          "injured",
          "dead",
          "bomb",
          "bombs",
          "bomber",
          "gunmen",
          "gunman",
          "militants",
          "militant",
          "troops",
          "soldiers",
          "forces",
          "shooting",
          "shot",
          "explosion",
          "explosive",
          "explosives",
          "rocket",
          "rockets",
          "missile",
          "missiles",
          "drone",
          "jets",
          "armed",
          "weapons",
          "rebels",
          "insurgents",
          "terrorist",
          "terrorists",
          "terror",
          "suicide",
          "stabbing",
          "knife",
          "fighters",
          "police",
          "army",
          "military",
          "casualties",
          "victims",
          "hostages",
          "raid",
          "ambush",
          "airstrike",
          "shelling",
          "mortar",
          "grenade",
          "fire",
          "fired",
          "opened");

  private Violence() {}

  /** Whether the attack at {@code trigger} targets a person and nothing around it is violent. */
  static boolean verbal(ArticleView view, Sentence s, int trigger) {
    for (int t = s.firstToken(); t < s.endToken(); t++) {
      if (WORDS.contains(view.lower(t))) {
        return false;
      }
    }
    for (int t = trigger + 1; t < Math.min(s.endToken(), trigger + 4); t++) {
      ResolvedMention m = view.mentionStartingAt(t);
      if (m != null) {
        return view.type(m) == EntityType.PERSON;
      }
    }
    return false;
  }
}
