package io.vigil.model;

import java.util.List;

/**
 * Everything Vigil extracted from one article: the article itself, its entities with their
 * mentions, quotes and events.
 */
public record Extraction(
    Article article,
    List<Entity> entities,
    List<ResolvedMention> mentions,
    List<Quote> quotes,
    List<Event> events) {

  public Extraction {
    entities = List.copyOf(entities);
    mentions = List.copyOf(mentions);
    quotes = List.copyOf(quotes);
    events = List.copyOf(events);
  }

  /** The mentions of one entity, in text order. */
  public List<ResolvedMention> mentionsOf(String entityId) {
    return mentions.stream().filter(m -> m.entityId().equals(entityId)).toList();
  }
}
