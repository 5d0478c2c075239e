/**
 * Entity resolution: from the recogniser's mentions, knowledge-base aliases, acronyms defined in
 * the text, demonyms and name parts to entities with stable ids, the same across articles.
 */
package io.vigil.nlp.resolve;
