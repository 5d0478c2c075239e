/** Bytes to text: byte-order marks, strict UTF-8, declared charsets and a recorded fallback. */
package io.vigil.ingest.decode;
