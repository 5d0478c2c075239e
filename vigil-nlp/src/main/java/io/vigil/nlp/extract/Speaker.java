package io.vigil.nlp.extract;

import io.vigil.model.EntityRef;
import io.vigil.model.Span;

/**
 * Who speaks, as written at the cue and as resolved.
 *
 * @param ref the entity speaking, or null when the words name no entity ("officials", "they")
 * @param span the words naming the speaker at the cue: a name, pronoun, role or relative pronoun
 * @param first index of the first token of those words
 * @param last index of the last token of those words
 */
record Speaker(EntityRef ref, Span span, int first, int last) {}
