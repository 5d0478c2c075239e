/**
 * WARC archives with jwarc: response records holding HTML pages become raw documents; every other
 * record is counted as skipped with its reason, and a truncated or corrupt archive is reported with
 * the offset where reading stopped.
 */
package io.vigil.ingest.warc;
