package io.vigil.model;

/** A pointer to an entity by id, with its name for readers. */
public record EntityRef(String id, String name) {}
