package io.vigil.model;

/**
 * Something noticed about an article. {@code span} points into the clean text when the evidence is
 * still there, else it is null.
 */
public record Signal(SignalKind kind, String detail, Span span) {}
