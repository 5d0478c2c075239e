/**
 * The records that flow between Vigil's pipeline stages: a raw document, the clean {@link
 * io.vigil.model.Article}, mentions, resolved entities, quotes and events. Every extracted item
 * carries a {@link io.vigil.model.Span} of character offsets into the article's clean text, so an
 * analyst can always go back to the evidence. This package depends on nothing but the JDK.
 */
package io.vigil.model;
