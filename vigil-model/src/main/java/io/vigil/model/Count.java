package io.vigil.model;

/** A number of things in the text: "318 nationals" is {@code Count(318, "nationals", span)}. */
public record Count(long value, String what, Span span) {}
