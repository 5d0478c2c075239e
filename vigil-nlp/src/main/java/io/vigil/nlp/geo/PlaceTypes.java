package io.vigil.nlp.geo;

import io.vigil.model.Entity;
import io.vigil.model.EntityType;
import io.vigil.model.Mention;
import io.vigil.model.ResolvedMention;
import io.vigil.nlp.geo.GeoNames.Entry;
import io.vigil.nlp.kb.KnowledgeBase;
import io.vigil.nlp.kb.Names;
import io.vigil.nlp.resolve.Resolution;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Corrects the type of names the recogniser took for organisations (or MISC) that an article uses
 * as cities: "fighting in El Fasher" in an article about Sudan. All must hold: the knowledge base
 * does not know the name; it has a lower-case letter and no digit (not an acronym or a code) and at
 * most four words; the gazetteer has it in a country the article names; and at least one mention
 * follows a word of place ("in", "near", "outside", "the city of", ...).
 */
final class PlaceTypes {

  private static final int MAX_WORDS = 4;

  /** A word of place, or "city of", right before a mention (case-insensitive, at the end). */
  private static final Pattern PLACE_CUE =
      Pattern.compile(
          "(?:\\b(?:in|at|near|around|outside|inside|into|from|towards?|across|through)"
              + "|\\b(?:city|town|village|capital|province|district|region) of)\\s+(?:the\\s+)?$",
          Pattern.CASE_INSENSITIVE);

  private static final Set<EntityType> RETYPED = Set.of(EntityType.ORGANIZATION, EntityType.MISC);

  private final KnowledgeBase kb;
  private final GeoNames gazetteer;
  private final ArticleCountries countries;

  PlaceTypes(KnowledgeBase kb, GeoNames gazetteer, ArticleCountries countries) {
    this.kb = kb;
    this.gazetteer = gazetteer;
    this.countries = countries;
  }

  Resolution retype(String text, Resolution article) {
    Map<String, String> why = new HashMap<>();
    Map<String, Entity> renamed = new HashMap<>();
    for (Entity e : article.entities()) {
      String country = placeCountry(e, text, article);
      String newId = "loc:" + Names.slug(e.name());
      if (country != null && article.entity(newId).isEmpty()) {
        renamed.put(e.id(), new Entity(newId, e.name(), EntityType.LOCATION, e.aliases()));
        why.put(
            e.id(), "typed LOCATION: a GeoNames place in " + country + ", named in the article");
      }
    }
    if (renamed.isEmpty()) {
      return article;
    }
    List<Entity> entities = new ArrayList<>();
    article.entities().forEach(e -> entities.add(renamed.getOrDefault(e.id(), e)));
    List<ResolvedMention> mentions = new ArrayList<>();
    for (ResolvedMention m : article.mentions()) {
      Entity to = renamed.get(m.entityId());
      if (to == null) {
        mentions.add(m);
        continue;
      }
      Mention old = m.mention();
      Mention typed = new Mention(old.span(), old.text(), EntityType.LOCATION, old.rule());
      mentions.add(new ResolvedMention(typed, to.id(), m.how() + "; " + why.get(m.entityId())));
    }
    return new Resolution(entities, mentions);
  }

  /** The named country in which {@code e} is a gazetteer place, when it qualifies; else null. */
  private String placeCountry(Entity e, String text, Resolution article) {
    String name = e.name();
    boolean plausible =
        RETYPED.contains(e.type())
            && kb.byId(e.id()).isEmpty()
            && kb.lookup(name).isEmpty()
            && !name.equals(name.toUpperCase(Locale.ROOT))
            && name.chars().noneMatch(Character::isDigit)
            && name.strip().split("\\s+").length <= MAX_WORDS;
    if (!plausible) {
      return null;
    }
    String country =
        gazetteer.lookup(name).stream()
            .map(Entry::countryCode)
            .filter(countries::names)
            .findFirst()
            .orElse(null);
    if (country == null) {
      return null;
    }
    boolean usedAsPlace =
        article.mentions().stream()
            .filter(m -> m.entityId().equals(e.id()))
            .anyMatch(m -> followsPlaceCue(text, m.mention().span().start()));
    return usedAsPlace ? country : null;
  }

  static boolean followsPlaceCue(String text, int start) {
    int from = Math.max(0, start - 40);
    Matcher m = PLACE_CUE.matcher(text.substring(from, Math.min(start, text.length())));
    return m.find();
  }
}
