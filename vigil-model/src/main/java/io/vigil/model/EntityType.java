package io.vigil.model;

/** Coarse entity types, the ones news analysts count by. */
public enum EntityType {
  PERSON,
  ORGANIZATION,
  LOCATION,
  MISC;

  /** Parses CoreNLP's and CoNLL's spellings (PER, ORG, LOC, GPE, ...); unknown ones are MISC. */
  public static EntityType parse(String tag) {
    return switch (tag) {
      case "PERSON", "PER" -> PERSON;
      case "ORGANIZATION", "ORG" -> ORGANIZATION;
      case "LOCATION", "LOC", "GPE", "CITY", "COUNTRY", "STATE_OR_PROVINCE" -> LOCATION;
      default -> MISC;
    };
  }
}
