package io.vigil.model;

/**
 * A mention linked to an entity, with the rule that linked it (for {@code entity explain}).
 *
 * @param mention the mention in the text
 * @param entityId the entity it refers to
 * @param how which resolution rule decided, in words
 */
public record ResolvedMention(Mention mention, String entityId, String how) {}
