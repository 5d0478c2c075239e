package io.vigil.index;

/** One search result: the article's id, title and source, and its score. */
public record Hit(String id, String title, String source, float score) {}
