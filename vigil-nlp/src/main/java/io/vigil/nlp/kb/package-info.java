/**
 * The knowledge base of canonical entities: stable ids, types, names, aliases and demonyms, from
 * Vigil's curated table and the JDK's locale data for country names in many languages.
 */
package io.vigil.nlp.kb;
