/**
 * The store: extracted articles in a Lucene index on disk, searchable in near real time by text, by
 * entity id and by any name of an entity (alias-aware: "Daesh" finds articles that say ISIS).
 */
package io.vigil.index;
