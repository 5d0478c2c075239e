package io.vigil.nlp.kb;

import io.vigil.model.Entity;
import io.vigil.model.EntityType;
import java.util.List;
import java.util.Set;

/**
 * A canonical entity of the knowledge base.
 *
 * @param id stable id
 * @param type its type, which overrides the recogniser's guess
 * @param name canonical name
 * @param aliases other names, usable anywhere
 * @param contextAliases names that are ambiguous on their own ("IS"): used only in an article that
 *     names the entity another way
 * @param demonyms adjectives and nouns for its people ("Turkish", "Turks")
 * @param facts places, roles, cues and dates
 */
public record KbEntity(
    String id,
    EntityType type,
    String name,
    List<String> aliases,
    Set<String> contextAliases,
    List<String> demonyms,
    Facts facts) {

  public KbEntity {
    aliases = List.copyOf(aliases);
    contextAliases = Set.copyOf(contextAliases);
    demonyms = List.copyOf(demonyms);
    facts = facts == null ? Facts.NONE : facts;
  }

  public Entity toEntity() {
    return new Entity(id, name, type, aliases, facts.wikidata());
  }
}
