package io.vigil.model;

/**
 * A name in the clean text that refers to an entity, before or after resolution.
 *
 * @param span where it is
 * @param text the characters at {@code span}
 * @param type the type given by the recogniser or a rule
 * @param rule what found it ({@code ner}, {@code alias}, {@code acronym}, {@code name-part}, ...)
 */
public record Mention(Span span, String text, EntityType type, String rule) {}
