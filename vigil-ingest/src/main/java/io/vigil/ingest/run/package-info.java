/**
 * Watching a run: counts of outcomes (extracted, rejected by reason, skipped by reason) and a
 * progress reporter for a terminal or a log, with the final summary.
 */
package io.vigil.ingest.run;
