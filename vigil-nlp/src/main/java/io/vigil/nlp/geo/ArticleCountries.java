package io.vigil.nlp.geo;

import io.vigil.model.EntityType;
import io.vigil.model.ResolvedMention;
import io.vigil.nlp.kb.KbEntity;
import io.vigil.nlp.resolve.Resolution;
import java.util.HashMap;
import java.util.Map;

/**
 * The countries an article points to, by ISO code: those it names (each mention of a country, its
 * name or demonym, counts once) and those it implies through the other places it names ("Beirut"
 * implies Lebanon).
 *
 * @param named mentions of each country
 * @param implied mentions of places of the knowledge base that lie in each country
 */
record ArticleCountries(Map<String, Integer> named, Map<String, Integer> implied) {

  ArticleCountries {
    named = Map.copyOf(named);
    implied = Map.copyOf(implied);
  }

  static ArticleCountries of(Resolution article, Countries countries) {
    Map<String, Integer> named = new HashMap<>();
    Map<String, Integer> implied = new HashMap<>();
    for (ResolvedMention m : article.mentions()) {
      KbEntity country = countries.countryOf(m.entityId()).orElse(null);
      if (country == null) {
        continue;
      }
      boolean isCountry = country.id().equals(m.entityId());
      if (isCountry) {
        named.merge(country.facts().iso(), 1, Integer::sum);
      } else if (country.type() == EntityType.LOCATION) {
        implied.merge(country.facts().iso(), 1, Integer::sum);
      }
    }
    return new ArticleCountries(named, implied);
  }

  boolean names(String iso) {
    return named.containsKey(iso);
  }
}
