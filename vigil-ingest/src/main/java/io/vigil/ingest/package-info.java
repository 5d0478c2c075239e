/**
 * Turning sources into {@link io.vigil.model.RawDocument}s and raw documents into {@link
 * io.vigil.model.Article}s: bounded reading, charset decoding, and dispatch to the text or HTML
 * path. Subpackages hold one input format each.
 */
package io.vigil.ingest;
