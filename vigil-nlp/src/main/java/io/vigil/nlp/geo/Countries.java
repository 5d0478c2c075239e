package io.vigil.nlp.geo;

import io.vigil.nlp.kb.KbEntity;
import io.vigil.nlp.kb.KnowledgeBase;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The knowledge base's countries: by ISO code, the country a place lies in (following {@code in}
 * facts through regions), and each country's capital. Immutable and thread-safe.
 */
final class Countries {

  private static final int MAX_IN_HOPS = 4;

  private final KnowledgeBase kb;
  private final Map<String, KbEntity> byIso = new HashMap<>();
  private final Map<String, KbEntity> capitalOf = new HashMap<>();

  Countries(KnowledgeBase kb) {
    this.kb = kb;
    for (KbEntity e : kb.entities()) {
      if (e.facts().iso() != null) {
        byIso.putIfAbsent(e.facts().iso(), e);
      }
      if (e.facts().capitalOf() != null && e.facts().hasCoordinates()) {
        capitalOf.putIfAbsent(e.facts().capitalOf(), e);
      }
    }
  }

  static boolean isCountry(KbEntity e) {
    return e.facts().iso() != null;
  }

  /** The country entity with ISO code {@code iso}. */
  Optional<KbEntity> byIso(String iso) {
    return Optional.ofNullable(byIso.get(iso));
  }

  /** The country {@code e} is or lies in, following {@code in} facts; empty when none is known. */
  Optional<KbEntity> countryOf(KbEntity e) {
    KbEntity at = e;
    for (int hop = 0; hop <= MAX_IN_HOPS && at != null; hop++) {
      if (isCountry(at)) {
        return Optional.of(at);
      }
      at = at.facts().in() == null ? null : kb.byId(at.facts().in()).orElse(null);
    }
    return Optional.empty();
  }

  /** The country a knowledge-base entity id is or lies in. */
  Optional<KbEntity> countryOf(String entityId) {
    return kb.byId(entityId).flatMap(this::countryOf);
  }

  /** The capital of a country, when the knowledge base has it with coordinates. */
  Optional<KbEntity> capital(KbEntity country) {
    return Optional.ofNullable(capitalOf.get(country.id()));
  }
}
