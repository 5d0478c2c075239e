package io.vigil.model;

/** A section heading that stays in the clean text, at {@code span}. */
public record Heading(String text, Span span) {}
