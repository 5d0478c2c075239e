package io.vigil.nlp.extract;

import io.vigil.model.Event;
import io.vigil.model.Span;
import java.util.List;

/**
 * An event with the words each of its fields was read from. The trigger, the count and the evidence
 * sentence carry their own spans inside {@link Event}.
 *
 * @param event the event
 * @param actors one span per actor of the event, in the same order: the words naming it, in the
 *     evidence sentence or, for actors carried over from an earlier event ("the meeting"), there
 * @param place the words naming the place, or null when there is no place
 * @param date the words giving the date, or null when there is no date
 */
public record EventEvidence(Event event, List<Span> actors, Span place, Span date) {

  public EventEvidence {
    actors = List.copyOf(actors);
    if (actors.size() != event.actors().size()) {
      throw new IllegalArgumentException(
          "one span per actor: " + actors.size() + " spans for " + event.actors().size());
    }
  }
}
