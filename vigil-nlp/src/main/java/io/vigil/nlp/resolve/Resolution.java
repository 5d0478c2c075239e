package io.vigil.nlp.resolve;

import io.vigil.model.Entity;
import io.vigil.model.ResolvedMention;
import io.vigil.model.Span;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The entities of one article and every mention of them, in text order.
 *
 * @param entities the article's entities, each once
 * @param mentions every resolved mention, sorted by position, none overlapping
 */
public record Resolution(List<Entity> entities, List<ResolvedMention> mentions) {

  public Resolution {
    entities = List.copyOf(entities);
    mentions = List.copyOf(mentions);
  }

  public Map<String, Entity> byId() {
    return entities.stream().collect(Collectors.toMap(Entity::id, Function.identity()));
  }

  public Optional<Entity> entity(String id) {
    return entities.stream().filter(e -> e.id().equals(id)).findFirst();
  }

  /** The mentions that lie inside {@code span}, in order. */
  public List<ResolvedMention> within(Span span) {
    return mentions.stream().filter(m -> span.contains(m.mention().span())).toList();
  }
}
