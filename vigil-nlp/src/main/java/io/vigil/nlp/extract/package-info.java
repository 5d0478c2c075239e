/** Quotes with resolved speakers, and CAMEO-coded events with actors, places, dates and counts. */
package io.vigil.nlp.extract;
