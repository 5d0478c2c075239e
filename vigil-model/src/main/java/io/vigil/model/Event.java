package io.vigil.model;

import java.util.List;

/**
 * Something that happened, coded with CAMEO.
 *
 * @param cameo the CAMEO code: the two-digit root, or a finer three or four digit code
 * @param label the CAMEO name of the code
 * @param actors source actor first, then targets, as entity references
 * @param place where it happened, or null
 * @param date ISO date, or a relative expression when the publication date is unknown, or null
 * @param count how many were involved, or null
 * @param trigger the word that signalled the event
 * @param evidence the sentence the event was read from
 */
public record Event(
    String cameo,
    String label,
    List<EntityRef> actors,
    EntityRef place,
    String date,
    Count count,
    Span trigger,
    Span evidence) {

  public Event {
    actors = List.copyOf(actors);
  }
}
