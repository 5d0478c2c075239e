package io.vigil.model;

/**
 * A piece of the source text that cleaning removed, with the reason. The offsets are into the
 * decoded source text (not the clean text, which no longer holds it).
 */
public record Removed(String text, Boilerplate reason, int sourceStart, int sourceEnd) {}
