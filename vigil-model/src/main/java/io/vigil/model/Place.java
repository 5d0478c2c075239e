package io.vigil.model;

/**
 * Where a place is: the country it lies in and a point, with where that answer came from.
 *
 * @param countryId the id of the country entity (a country's own id when the place is a country),
 *     or null when the country is unknown
 * @param countryCode ISO 3166 alpha-2 code of that country, or null
 * @param lat latitude in degrees, or null when only the country is known
 * @param lon longitude in degrees, or null when only the country is known
 * @param source which source gave the answer and how an ambiguous name was settled, in words
 *     ({@code "geonames; 3 places of that name, country named in the article"})
 */
public record Place(String countryId, String countryCode, Double lat, Double lon, String source) {

  public Place {
    if ((lat == null) != (lon == null)) {
      throw new IllegalArgumentException("lat and lon must both be given or both be null");
    }
  }

  public boolean hasCoordinates() {
    return lat != null;
  }
}
