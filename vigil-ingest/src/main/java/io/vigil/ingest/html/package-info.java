/** HTML pages to text blocks and metadata (title, byline, dates), with jsoup. */
package io.vigil.ingest.html;
