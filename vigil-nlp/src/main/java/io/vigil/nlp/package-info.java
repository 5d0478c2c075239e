/**
 * Vigil's language analysis: {@code analyse} (the one place CoreNLP is called), {@code kb} (the
 * knowledge base of canonical entities and aliases), {@code resolve} (mentions to entities) and
 * {@code extract} (quotes and events). Nothing here depends on a store or a server.
 */
package io.vigil.nlp;
