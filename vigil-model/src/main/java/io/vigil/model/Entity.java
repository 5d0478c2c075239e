package io.vigil.model;

import java.util.List;

/**
 * Something in the world that articles talk about, with a stable id: the same id in every article
 * and every run for the same entity.
 *
 * @param id stable identifier ({@code Q30}-style Wikidata ids where known, else Vigil's own)
 * @param name canonical name
 * @param type its type, from the knowledge base when known, else from the recogniser
 * @param aliases other names it is known by
 * @param wikidata its Wikidata id (Q43) where the knowledge base knows it, else null
 */
public record Entity(
    String id, String name, EntityType type, List<String> aliases, String wikidata) {

  public Entity {
    aliases = List.copyOf(aliases);
  }

  /** An entity without a Wikidata id. */
  public Entity(String id, String name, EntityType type, List<String> aliases) {
    this(id, name, type, aliases, null);
  }

  public EntityRef ref() {
    return new EntityRef(id, name);
  }
}
