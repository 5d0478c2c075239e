package io.vigil.nlp.geo;

import io.vigil.nlp.geo.GeoNames.Entry;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Picks one of the gazetteer's places of a name, and says why. Deterministic: among the countries
 * of the candidates, the one the article names most, else the one with most other places in the
 * article, else a region of that name, else the country with most places of that name (first in
 * file order on ties); within that country, its region of that name, else its first place in file
 * order.
 *
 * @param entry the chosen place
 * @param why how it was chosen, for {@link io.vigil.model.Place#source()}
 */
record GazetteerChoice(Entry entry, String why) {

  static Optional<GazetteerChoice> choose(List<Entry> candidates, ArticleCountries article) {
    if (candidates.isEmpty()) {
      return Optional.empty();
    }
    if (candidates.size() == 1) {
      return Optional.of(new GazetteerChoice(candidates.getFirst(), "the only place of that name"));
    }
    Set<String> codes = new LinkedHashSet<>();
    candidates.forEach(c -> codes.add(c.countryCode()));
    String many = candidates.size() + " places of that name";
    if (codes.size() == 1) {
      return Optional.of(
          new GazetteerChoice(
              candidates.getFirst(), many + ", all in " + codes.iterator().next() + ": the first"));
    }
    many += " in " + codes.size() + " countries";
    String named = most(codes, article.named());
    if (named != null) {
      return Optional.of(
          new GazetteerChoice(first(candidates, named), many + "; country named in the article"));
    }
    String implied = most(codes, article.implied());
    if (implied != null) {
      return Optional.of(
          new GazetteerChoice(
              first(candidates, implied), many + "; country of other places in the article"));
    }
    if (candidates.getFirst().region()) {
      return Optional.of(
          new GazetteerChoice(
              candidates.getFirst(), many + "; none named in the article: a region"));
    }
    Map<String, Integer> perCountry = new HashMap<>();
    candidates.forEach(c -> perCountry.merge(c.countryCode(), 1, Integer::sum));
    return Optional.of(
        new GazetteerChoice(
            first(candidates, most(codes, perCountry)),
            many + "; none named in the article: the country with most of them"));
  }

  /** The code among {@code codes} with the highest count (first in order on ties), or null. */
  private static String most(Set<String> codes, Map<String, Integer> counts) {
    String best = null;
    int bestCount = 0;
    for (String code : codes) {
      int n = counts.getOrDefault(code, 0);
      if (n > bestCount) {
        best = code;
        bestCount = n;
      }
    }
    return best;
  }

  private static Entry first(List<Entry> candidates, String code) {
    return candidates.stream().filter(c -> c.countryCode().equals(code)).findFirst().orElseThrow();
  }
}
