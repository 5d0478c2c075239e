package io.vigil.nlp.extract;

import io.vigil.model.Entity;
import io.vigil.model.EntityType;
import io.vigil.model.ResolvedMention;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What an article tells of its people's grammatical gender, so that "she said" goes to the woman
 * and not to the man named last. The evidence, from strongest: an honorific before a mention ("Mrs.
 * Clinton", "Mr. Trump"), a gendered role next to a name ("congresswoman", "chairman"), and a
 * common first name. A person with no evidence, or with evidence both ways, fits either pronoun.
 * Built once per article; not thread-safe.
 */
final class Genders {

  enum Gender {
    MALE,
    FEMALE,
    UNKNOWN
  }

  private static final Set<String> MALE_TITLES = Set.of("mr.", "mr", "sir", "lord", "king");
  private static final Set<String> FEMALE_TITLES =
      Set.of("mrs.", "mrs", "ms.", "ms", "miss", "madam", "dame", "lady", "queen");

  private static final Set<String> MALE_ROLES =
      Set.of(
          "congressman",
          "chairman",
          "spokesman",
          "businessman",
          "councilman",
          "assemblyman",
          "husband",
          "father",
          "son",
          "brother",
          "uncle",
          "king",
          "prince",
          "actor",
          "widower");
  private static final Set<String> FEMALE_ROLES =
      Set.of(
          "congresswoman",
          "chairwoman",
          "spokeswoman",
          "businesswoman",
          "councilwoman",
          "assemblywoman",
          "wife",
          "mother",
          "daughter",
          "sister",
          "aunt",
          "queen",
          "princess",
          "actress",
          "widow");

  private final ArticleView view;
  private final Map<String, Gender> byEntity = new HashMap<>();

  Genders(ArticleView view) {
    this.view = view;
  }

  /** Whether the pronoun at {@code token} ("he", "she") may stand for the person {@code m}. */
  boolean fits(int token, ResolvedMention m) {
    Gender pronoun = pronoun(token);
    Gender person = of(m);
    return pronoun == Gender.UNKNOWN || person == Gender.UNKNOWN || pronoun == person;
  }

  private Gender pronoun(int token) {
    return switch (view.lower(token)) {
      case "he", "him", "his", "himself" -> Gender.MALE;
      case "she", "her", "hers", "herself" -> Gender.FEMALE;
      default -> Gender.UNKNOWN;
    };
  }

  /** The gender the article shows for the person of mention {@code m}. */
  Gender of(ResolvedMention m) {
    return byEntity.computeIfAbsent(m.entityId(), id -> infer(id, view.entity(m)));
  }

  private Gender infer(String id, Entity entity) {
    int male = 0;
    int female = 0;
    for (ResolvedMention m : view.resolution.mentions()) {
      if (!m.entityId().equals(id) || view.type(m) != EntityType.PERSON) {
        continue;
      }
      int first = view.tokenAt(m.mention().span().start());
      // "Mrs. Clinton", "spokeswoman Ilsa Marr", "a spokeswoman, Ilsa Marr"
      String before = view.lower(view.word(first - 1).equals(",") ? first - 2 : first - 1);
      male += MALE_TITLES.contains(before) || MALE_ROLES.contains(before) ? 2 : 0;
      female += FEMALE_TITLES.contains(before) || FEMALE_ROLES.contains(before) ? 2 : 0;
      String role = apposedRole(view.tokenAt(m.mention().span().end()));
      male += MALE_ROLES.contains(role) ? 2 : 0;
      female += FEMALE_ROLES.contains(role) ? 2 : 0;
    }
    String name = entity != null ? entity.name() : null;
    if (name != null && name.contains(" ")) {
      String given = name.substring(0, name.indexOf(' ')).toLowerCase(Locale.ROOT);
      male += io.vigil.nlp.kb.GivenNames.MALE.contains(given) ? 1 : 0;
      female += io.vigil.nlp.kb.GivenNames.FEMALE.contains(given) ? 1 : 0;
    }
    return male > female ? Gender.MALE : female > male ? Gender.FEMALE : Gender.UNKNOWN;
  }

  /** The head of an apposition right after a name: "Nancy Pelosi, the congresswoman from". */
  private String apposedRole(int after) {
    if (!view.word(after).equals(",")) {
      return "";
    }
    for (int t = after + 1; t < Math.min(view.tokens.size(), after + 6); t++) {
      String w = view.lower(t);
      if (MALE_ROLES.contains(w) || FEMALE_ROLES.contains(w)) {
        return w;
      }
      if (w.equals(",") || w.equals(".")) {
        break;
      }
    }
    return "";
  }
}
