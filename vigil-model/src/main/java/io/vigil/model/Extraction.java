package io.vigil.model;

import java.util.List;
import java.util.Map;

/**
 * Everything Vigil extracted from one article: the article itself, its entities with their
 * mentions, quotes and events, and where its places are.
 *
 * @param places the place of each located entity, by entity id
 */
public record Extraction(
    Article article,
    List<Entity> entities,
    List<ResolvedMention> mentions,
    List<Quote> quotes,
    List<Event> events,
    Map<String, Place> places) {

  public Extraction {
    entities = List.copyOf(entities);
    mentions = List.copyOf(mentions);
    quotes = List.copyOf(quotes);
    events = List.copyOf(events);
    places = Map.copyOf(places);
  }

  /** An extraction whose places are not located. */
  public Extraction(
      Article article,
      List<Entity> entities,
      List<ResolvedMention> mentions,
      List<Quote> quotes,
      List<Event> events) {
    this(article, entities, mentions, quotes, events, Map.of());
  }

  /** The mentions of one entity, in text order. */
  public List<ResolvedMention> mentionsOf(String entityId) {
    return mentions.stream().filter(m -> m.entityId().equals(entityId)).toList();
  }
}
