package io.vigil.model;

import java.util.List;

/**
 * Something that happened, coded with CAMEO.
 *
 * @param cameo the CAMEO code: the two-digit root, or a finer three or four digit code
 * @param label the CAMEO name of the code
 * @param actors source actor first, then targets, as entity references
 * @param sourced whether the first actor is the event's source; when false the text names no source
 *     ("Protesters marched ... demanding the resignation of X") and every actor is a target
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
    boolean sourced,
    EntityRef place,
    String date,
    Count count,
    Span trigger,
    Span evidence) {

  public Event {
    actors = List.copyOf(actors);
    sourced &= !actors.isEmpty();
  }

  /** The source actor, or null when the text names none. */
  public EntityRef source() {
    return sourced ? actors.getFirst() : null;
  }

  /** The actors the event is done to. */
  public List<EntityRef> targets() {
    return sourced ? actors.subList(1, actors.size()) : actors;
  }
}
