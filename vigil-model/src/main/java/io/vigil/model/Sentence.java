package io.vigil.model;

/**
 * A sentence of the clean text: its span and the range {@code [firstToken, endToken)} of tokens.
 */
public record Sentence(Span span, int firstToken, int endToken) {}
