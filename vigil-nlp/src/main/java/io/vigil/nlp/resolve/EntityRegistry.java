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
  private final Map<String, Set<String>> byFirstLast = new HashMap<>();
  private final Map<String, Set<String>> middles = new HashMap<>();

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
    String full = type == EntityType.PERSON && !byId.containsKey(id) ? sameFullName(name) : null;
    if (full != null) {
      return byId.get(full); // "Hillary Rodham Clinton" is the Hillary Clinton met before
    }
    Entity entity = byId.computeIfAbsent(id, k -> new Entity(k, name, type, surfaces));
    if (type == EntityType.PERSON && name.strip().split("\\s+").length >= 2) {
      byFirstLast.computeIfAbsent(firstLast(name), k -> new HashSet<>()).add(id);
    }
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

  /**
   * The person already met whose name is this one with or without the middle names: "Paul D. Ryan"
   * and "Paul Ryan", "Hillary Rodham Clinton" and "Hillary Clinton". Only when one such person is
   * known and no other name with middle names shares the first and last name in the run so far
   * ("George W. Bush" and "George H.W. Bush" are two people: the second is left alone, and "George
   * Bush" stays with whoever it was first); null otherwise.
   */
  private String sameFullName(String name) {
    String[] words = name.strip().split("\\s+");
    if (words.length < 2) {
      return null;
    }
    String key = firstLast(name);
    Set<String> known = byFirstLast.getOrDefault(key, Set.of());
    List<String> shorter = known.stream().filter(id -> words(id) == 2).toList();
    List<String> longer = known.stream().filter(id -> words(id) > 2).toList();
    if (words.length == 2) {
      return longer.size() == 1 && middles.getOrDefault(key, Set.of()).size() == 1
          ? longer.getFirst()
          : null;
    }
    Set<String> seen = middles.computeIfAbsent(key, k -> new HashSet<>());
    seen.add(Names.key(name));
    return shorter.size() == 1 && longer.isEmpty() && seen.size() == 1 ? shorter.getFirst() : null;
  }

  private int words(String id) {
    return byId.get(id).name().strip().split("\\s+").length;
  }

  private static String firstLast(String fullName) {
    String[] words = fullName.strip().split("\\s+");
    return Names.key(words[0] + " " + words[words.length - 1]);
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
