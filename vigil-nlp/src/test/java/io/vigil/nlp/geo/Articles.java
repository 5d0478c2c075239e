package io.vigil.nlp.geo;

import io.vigil.model.Entity;
import io.vigil.model.EntityType;
import io.vigil.model.Mention;
import io.vigil.model.ResolvedMention;
import io.vigil.model.Span;
import io.vigil.nlp.kb.KnowledgeBase;
import io.vigil.nlp.resolve.Resolution;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the resolution of a small test article by hand: each name is marked at every place it
 * occurs and linked to the knowledge-base entity of that name, or to a new entity of the given
 * type.
 */
final class Articles {

  private final String text;
  private final Map<String, Entity> entities = new LinkedHashMap<>();
  private final List<ResolvedMention> mentions = new ArrayList<>();

  private Articles(String text) {
    this.text = text;
  }

  static Articles of(String text) {
    return new Articles(text);
  }

  /** Marks {@code name} as the knowledge-base entity it names. */
  Articles known(String name) {
    Entity e = KnowledgeBase.bundled().lookup(name).getFirst().entity().toEntity();
    return mark(name, e);
  }

  /** Marks {@code name} as an entity the knowledge base lacks, typed {@code type}. */
  Articles unknown(String name, EntityType type) {
    String prefix = type == EntityType.LOCATION ? "loc" : type == EntityType.MISC ? "misc" : "org";
    return mark(
        name,
        new Entity(prefix + ":" + name.toLowerCase().replace(' ', '-'), name, type, List.of()));
  }

  private Articles mark(String name, Entity e) {
    entities.putIfAbsent(e.id(), e);
    for (int i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
      Mention m = new Mention(new Span(i, i + name.length()), name, e.type(), "ner");
      mentions.add(new ResolvedMention(m, e.id(), "test"));
    }
    return this;
  }

  String text() {
    return text;
  }

  Resolution resolution() {
    List<ResolvedMention> sorted = new ArrayList<>(mentions);
    sorted.sort((a, b) -> a.mention().span().compareTo(b.mention().span()));
    return new Resolution(List.copyOf(entities.values()), sorted);
  }

  Entity entity(String name) {
    return entities.values().stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow();
  }
}
