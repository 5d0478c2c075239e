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
 */
public record Entity(String id, String name, EntityType type, List<String> aliases) {

  public Entity {
    aliases = List.copyOf(aliases);
  }

  public EntityRef ref() {
    return new EntityRef(id, name);
  }
}
