/**
 * Following RSS and Atom feeds: polite, bounded HTTP fetching (conditional GET, robots.txt, a delay
 * per host, retries with backoff, timeouts, a size limit), URL normalisation and a persistent
 * seen-set so no article is fetched twice, and the items' pages handed on as raw documents.
 */
package io.vigil.ingest.feed;
