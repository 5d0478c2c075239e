package io.vigil.nlp.resolve;

/** The names of the resolution rules, as mentions and explanations report them. */
final class Rules {
  static final String NER = "ner";
  static final String ALIAS = "alias";
  static final String DEMONYM = "demonym";
  static final String ORG_NAME = "org-name";
  static final String ACRONYM = "acronym";
  static final String NAME_PART = "name-part";
  static final String OFFICE = "office";

  private Rules() {}
}
