package io.vigil.nlp.resolve;

import io.vigil.model.Entity;
import io.vigil.model.EntityType;
import io.vigil.nlp.kb.GivenNames;
import io.vigil.nlp.kb.Names;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The entities met so far that the knowledge base does not know, so that the same person gets the
 * same id in every article of a run: "Blinken" alone resolves to the Antony Blinken an earlier
 * article named in full. Ids are derived from names, so they are also the same across runs.
 * Thread-safe.
 */
public final class EntityRegistry {

  private final Map<String, Entity> byId = new HashMap<>();
  private final Map<String, Set<String>> personsBySurname = new HashMap<>();

  /**
   * The entity for a name the knowledge base lacks: an existing one when the name is a known
   * person's surname alone and only one person has it, else the entity the name identifies.
   */
  public synchronized Entity resolve(EntityType type, String name, List<String> surfaces) {
    return resolve(type, name, surfaces, null);
  }

  /**
   * As {@link #resolve(EntityType, String, List)}, knowing the honorific the article gives the name
   * ("Mr. Obama", "Mrs. Clinton"): of several people who share the surname, the only one whose
   * given name is common for that sex (Barack, not Michelle Obama; Bill, not Hillary Clinton).
   *
   * @param male true after "Mr.", false after "Mrs." or "Ms.", null without an honorific
   */
  public synchronized Entity resolve(
      EntityType type, String name, List<String> surfaces, Boolean male) {
    if (type == EntityType.PERSON && !name.contains(" ")) {
      Set<String> ids = personsBySurname.getOrDefault(Names.key(name), Set.of());
      List<String> fits =
          ids.stream()
              .filter(id -> male != null && GivenNames.given(byId.get(id).name(), male))
              .toList();
      List<String> possible = // not "Mr. Obama" for Michelle Obama, the only Obama named so far
          ids.stream()
              .filter(id -> male == null || !GivenNames.given(byId.get(id).name(), !male))
              .toList();
      if (fits.size() == 1) {
        return byId.get(fits.getFirst());
      }
      if (possible.size() == 1) {
        return byId.get(possible.getFirst());
      }
    }
    String id = prefix(type) + ":" + Names.slug(name);
    Entity entity = byId.computeIfAbsent(id, k -> new Entity(k, name, type, surfaces));
    if (shouted(entity.name()) && !shouted(name)) { // "BERGEN" in a dateline, then "Bergen"
      entity = new Entity(id, name, type, entity.aliases(), entity.wikidata());
      byId.put(id, entity);
    }
    if (type == EntityType.PERSON && name.contains(" ")) {
      personsBySurname.computeIfAbsent(Names.key(surname(name)), k -> new HashSet<>()).add(id);
    }
    return entity;
  }

  public synchronized Optional<Entity> byId(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /** Whether a name is written in capitals only, as datelines and headlines write names. */
  private static boolean shouted(String name) {
    return name.chars().anyMatch(Character::isLetter)
        && name.chars().noneMatch(Character::isLowerCase);
  }

  static String surname(String fullName) {
    String[] parts = fullName.strip().split("\\s+");
    return parts[parts.length - 1];
  }

  private static String prefix(EntityType type) {
    return switch (type) {
      case PERSON -> "per";
      case ORGANIZATION -> "org";
      case LOCATION -> "loc";
      case MISC -> "misc";
    };
  }
}
