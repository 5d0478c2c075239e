package io.vigil.nlp.kb;

import java.time.LocalDate;
import java.util.List;

/**
 * What the knowledge base knows about an entity beyond its names: where it is, what it is the
 * capital of, words that point to it when its name is ambiguous, the roles a person held and when,
 * and from when an alias is official. Written in the knowledge-base file's sixth column as {@code
 * key=value} items separated by {@code ;} (see {@link KbFile}).
 *
 * @param in the id of the country (or region) it lies in, or null
 * @param lat latitude, or null
 * @param lon longitude, or null
 * @param iso ISO 3166 alpha-2 code of a country, or null
 * @param capitalOf the id of the country it is the capital of, or null
 * @param cues words and names whose presence in an article favours this entity over others of the
 *     same name
 * @param roles offices a person held, with dates
 * @param validity dates from (and until) which an alias was the official name
 * @param wikidata the entity's Wikidata id (Q43), where the table knows it, or null
 */
public record Facts(
    String in,
    Double lat,
    Double lon,
    String iso,
    String capitalOf,
    List<String> cues,
    List<Role> roles,
    List<Validity> validity,
    String wikidata) {

  public static final Facts NONE =
      new Facts(null, null, null, null, null, List.of(), List.of(), List.of(), null);

  public Facts {
    cues = List.copyOf(cues);
    roles = List.copyOf(roles);
    validity = List.copyOf(validity);
  }

  public boolean hasCoordinates() {
    return lat != null && lon != null;
  }

  /**
   * An office held: "Secretary of State" of {@code loc:united-states} from 2021-01-26 to
   * 2025-01-20.
   */
  public record Role(String title, String of, LocalDate from, LocalDate to) {

    /** Whether the role was held on {@code date}; an open end means still held. */
    public boolean heldOn(LocalDate date) {
      return (from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to));
    }

    @Override
    public String toString() {
      return title
          + (of == null ? "" : " (" + of + ")")
          + ", "
          + (from == null ? "?" : from)
          + " to "
          + (to == null ? "now" : to);
    }
  }

  /** When an alias was the official name: "Türkiye" from 2022-06-01. */
  public record Validity(String alias, LocalDate from, LocalDate to) {

    @Override
    public String toString() {
      return alias
          + " official "
          + (from == null ? "" : "from " + from)
          + (to == null ? "" : " until " + to);
    }
  }

  Facts withIso(String code) {
    return new Facts(in, lat, lon, code, capitalOf, cues, roles, validity, wikidata);
  }
}
