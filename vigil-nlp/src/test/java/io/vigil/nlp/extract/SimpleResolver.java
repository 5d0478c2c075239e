package io.vigil.nlp.extract;

import io.vigil.model.Entity;
import io.vigil.model.EntityType;
import io.vigil.model.Mention;
import io.vigil.model.ResolvedMention;
import io.vigil.nlp.analyse.Analysis;
import io.vigil.nlp.resolve.Resolution;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A small faithful stand-in for the knowledge-base resolver: one entity per distinct name, a
 * person's later surname ("Fidan") linked to the full name met earlier ("Hakan Fidan").
 */
public final class SimpleResolver {

  private SimpleResolver() {}

  public static Resolution resolve(String text, Analysis analysis) {
    Map<String, Entity> entities = new LinkedHashMap<>();
    List<ResolvedMention> mentions = new ArrayList<>();
    for (Mention m : analysis.mentions()) {
      if (m.type() == EntityType.MISC) {
        continue;
      }
      Entity e = linked(entities, m);
      if (e == null) {
        String id = m.type().name().toLowerCase(Locale.ROOT) + ":" + m.text().replace(' ', '_');
        e = new Entity(id, m.text(), m.type(), List.of());
        entities.put(id, e);
      }
      mentions.add(new ResolvedMention(m, e.id(), "test"));
    }
    return new Resolution(List.copyOf(entities.values()), mentions);
  }

  private static Entity linked(Map<String, Entity> entities, Mention m) {
    for (Entity e : entities.values()) {
      boolean samePerson =
          m.type() == EntityType.PERSON
              && e.type() == EntityType.PERSON
              && (e.name().endsWith(" " + m.text()) || e.name().equals(m.text()));
      if (samePerson || (e.type() == m.type() && e.name().equals(m.text()))) {
        return e;
      }
    }
    return null;
  }
}
