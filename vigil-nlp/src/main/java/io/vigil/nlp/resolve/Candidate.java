package io.vigil.nlp.resolve;

import io.vigil.model.EntityType;
import io.vigil.model.Span;
import io.vigil.nlp.kb.KbEntity;
import java.util.List;

/**
 * A possible mention, before overlaps are settled.
 *
 * @param span where it is
 * @param type the type its finder gives it
 * @param rule which finder found it
 * @param kb the knowledge-base entity it names, or null
 * @param contextOnly true when it is an ambiguous alias, kept only if the entity is named otherwise
 * @param options every knowledge-base entity of that name, the default reading first (empty when
 *     the knowledge base does not know the name)
 */
record Candidate(
    Span span,
    EntityType type,
    String rule,
    KbEntity kb,
    boolean contextOnly,
    List<KbEntity> options) {

  Candidate(Span span, EntityType type, String rule, KbEntity kb, boolean contextOnly) {
    this(span, type, rule, kb, contextOnly, kb == null ? List.of() : List.of(kb));
  }

  /** Rules in order of trust when two candidates cover the same characters. */
  int priority() {
    return switch (rule) {
      case Rules.ALIAS -> 3;
      case Rules.ORG_NAME -> 2;
      case Rules.DEMONYM -> 2;
      default -> 1;
    };
  }
}
