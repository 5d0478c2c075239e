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

  /** How far from the trigger a word of violence makes the attack violent, in tokens. */
  private static final int NEAR = 6;

  /**
   * Whether the attack at {@code trigger} targets a person and nothing near it is violent. The
   * target follows the trigger, over "on" and the words of a noun phrase ("his attacks on a former
   * Miss Universe"), not past punctuation ("After the 9/11 attacks, President Bush ...").
   */
  static boolean verbal(ArticleView view, Sentence s, int trigger) {
    ResolvedMention object = view.mentionStartingAt(trigger + 1);
    if (object != null && view.type(object) == EntityType.PERSON) {
      int after = view.tokenAt(object.mention().span().end() - 1) + 1;
      if (REASONS.contains(view.lower(after))) {
        return true; // "attacked Clinton for her support of military action": a reproach
      }
    }
    int from = Math.max(s.firstToken(), trigger - NEAR);
    for (int t = from; t < Math.min(s.endToken(), trigger + NEAR + 1); t++) {
      if (WORDS.contains(view.lower(t))) {
        return false;
      }
    }
    for (int t = trigger + 1; t < Math.min(s.endToken(), trigger + 6); t++) {
      String w = view.word(t);
      if (w.isEmpty() || !Character.isLetterOrDigit(w.charAt(0))) {
        return false;
      }
      ResolvedMention m = view.mentionStartingAt(t);
      if (m != null) {
        return view.type(m) == EntityType.PERSON;
      }
      if (Words.PERSON_ROLES.contains(view.lower(t)) || PEOPLE.contains(view.lower(t))) {
        return true; // "attacks on the moderators", "attacked the senator"
      }
    }
    return false;
  }

  /** Words after an attacked person that give the reason of a reproach. */
  private static final Set<String> REASONS = Set.of("for", "over");

  /** Plural nouns for people who are attacked in words. */
  private static final Set<String> PEOPLE =
      Set.of("moderators", "opponents", "rivals", "critics", "reporters", "journalists", "media");
}
