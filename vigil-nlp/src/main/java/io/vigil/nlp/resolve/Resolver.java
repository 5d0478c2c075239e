package io.vigil.nlp.resolve;

import io.vigil.model.Entity;
import io.vigil.model.EntityType;
import io.vigil.model.Mention;
import io.vigil.model.ResolvedMention;
import io.vigil.nlp.analyse.Analysis;
import io.vigil.nlp.kb.KbEntity;
import io.vigil.nlp.kb.KnowledgeBase;
import io.vigil.nlp.kb.KnowledgeBase.Name;
import io.vigil.nlp.resolve.WorkingSet.Item;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Resolves an article's mentions to entities. In order: the recogniser's mentions, knowledge-base
 * names and demonyms, and organisation names are collected and their overlaps settled (longest
 * wins, then the knowledge base); acronyms the article defines and surnames of people it names in
 * full are linked; ambiguous aliases are kept only where the entity is named otherwise; each group
 * of linked mentions becomes one entity, from the knowledge base when it knows it (its type wins
 * over the recogniser's), else from the {@link EntityRegistry} shared by the run. Thread-safe.
 */
public final class Resolver {

  /** Words the recogniser tags alone that name no entity by themselves ("Secretary of State"). */
  private static final Set<String> GENERIC =
      Set.of(
          "State",
          "Secretary",
          "Minister",
          "Ministry",
          "President",
          "Government",
          "Republic",
          "Kingdom",
          "Department",
          "Office",
          "Premier",
          "Prime",
          "Foreign");

  private final KnowledgeBase kb;
  private final Gazetteer gazetteer;
  private final EntityRegistry registry;

  public Resolver(KnowledgeBase kb, EntityRegistry registry) {
    this.kb = kb;
    this.gazetteer = new Gazetteer(kb);
    this.registry = registry;
  }

  public Resolution resolve(String text, Analysis analysis) {
    List<Candidate> candidates = new ArrayList<>();
    for (Mention m : analysis.mentions()) {
      if (!GENERIC.contains(m.text()) && !compound(m.text())) {
        candidates.add(new Candidate(m.span(), m.type(), Rules.NER, null, false));
      }
    }
    candidates.addAll(gazetteer.find(text));
    candidates.addAll(OrgNames.find(text));
    WorkingSet set = new WorkingSet(text, candidates);
    for (Item item : set.items) {
      if (item.kb == null) {
        item.kb = known(set.textOf(item));
      }
    }
    Acronyms.resolve(set);
    NameParts.resolve(set);
    return build(set);
  }

  /**
   * Whether a recognised name is a known name joined to a lower-case word ("US-led",
   * "Turkish-backed"): the known name alone is the mention.
   */
  private boolean compound(String text) {
    int dash = text.lastIndexOf('-');
    return dash > 0
        && dash + 1 < text.length()
        && Character.isLowerCase(text.charAt(dash + 1))
        && !kb.lookup(text.substring(0, dash)).isEmpty();
  }

  /** The knowledge-base entity a recognised name is an unambiguous name of, or null. */
  private KbEntity known(String name) {
    String bare = name.startsWith("the ") || name.startsWith("The ") ? name.substring(4) : name;
    for (Name n : kb.lookup(bare)) {
      if (n.kind() == Name.Kind.NAME) {
        return n.entity();
      }
    }
    return null;
  }

  private Resolution build(WorkingSet set) {
    Map<Integer, List<Item>> groups = new LinkedHashMap<>();
    for (int i = 0; i < set.items.size(); i++) {
      groups.computeIfAbsent(set.root(i), k -> new ArrayList<>()).add(set.items.get(i));
    }
    Set<String> namedOtherwise = new java.util.HashSet<>();
    for (Item item : set.items) {
      if (item.kb != null && !item.contextOnly) {
        namedOtherwise.add(item.kb.id());
      }
    }
    Map<String, Entity> entities = new LinkedHashMap<>();
    List<ResolvedMention> mentions = new ArrayList<>();
    for (List<Item> group : groups.values()) {
      Item leader = group.stream().max(Comparator.comparingInt((Item i) -> i.span.length())).get();
      KbEntity known =
          group.stream().map(i -> i.kb).filter(k -> k != null).findFirst().orElse(null);
      Entity entity = known != null ? known.toEntity() : fromRegistry(set, group, leader);
      for (Item item : group) {
        if (item.contextOnly && (known == null || !namedOtherwise.contains(known.id()))) {
          continue;
        }
        entities.putIfAbsent(entity.id(), entity);
        String surface = set.textOf(item);
        mentions.add(
            new ResolvedMention(
                new Mention(item.span, surface, item.type, item.rule),
                entity.id(),
                item.how != null ? item.how : explain(item, surface, entity)));
      }
    }
    mentions.sort(Comparator.comparing(m -> m.mention().span()));
    List<Entity> ordered = new ArrayList<>();
    mentions.stream()
        .map(ResolvedMention::entityId)
        .distinct()
        .forEach(id -> ordered.add(entities.get(id)));
    return new Resolution(ordered, mentions);
  }

  private Entity fromRegistry(WorkingSet set, List<Item> group, Item leader) {
    String name = set.textOf(leader);
    if (name.startsWith("the ") || name.startsWith("The ")) {
      name = name.substring(4);
    }
    EntityType type = leader.type;
    List<String> surfaces =
        group.stream()
            .map(set::textOf)
            .filter(s -> !s.equals(set.textOf(leader)))
            .distinct()
            .toList();
    return registry.resolve(type, name, surfaces);
  }

  private static String explain(Item item, String surface, Entity entity) {
    return switch (item.rule) {
      case Rules.ALIAS ->
          surface.equals(entity.name())
              ? "knowledge-base name"
              : "knowledge-base alias of " + entity.name();
      case Rules.DEMONYM -> "demonym of " + entity.name();
      case Rules.ORG_NAME -> "organisation name (capitalised words with a head noun)";
      default ->
          item.kb != null
              ? "recognised as " + item.type + ", a knowledge-base name of " + entity.name()
              : "recognised as " + item.type;
    };
  }
}
