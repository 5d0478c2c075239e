package io.vigil.nlp.kb;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Parses the facts column: {@code key=value} items separated by {@code ;}. */
final class FactsParser {

  private FactsParser() {}

  /** Parses {@code column}; adds a message to {@code errors} for each bad item. */
  static Facts parse(String column, List<String> errors) {
    if (column == null || column.isBlank()) {
      return Facts.NONE;
    }
    String in = null;
    String iso = null;
    String capitalOf = null;
    String wikidata = null;
    Double lat = null;
    Double lon = null;
    List<String> cues = new ArrayList<>();
    List<Facts.Role> roles = new ArrayList<>();
    List<Facts.Validity> validity = new ArrayList<>();
    for (String item : column.split(";")) {
      if (item.isBlank()) {
        continue;
      }
      int eq = item.indexOf('=');
      if (eq < 0) {
        errors.add("fact '" + item.strip() + "' is not key=value");
        continue;
      }
      String key = item.substring(0, eq).strip();
      String value = item.substring(eq + 1).strip();
      String[] parts = value.split("\\|", -1);
      try {
        switch (key) {
          case "in" -> in = value;
          case "iso" -> iso = value;
          case "capital-of" -> capitalOf = value;
          case "wikidata" -> {
            if (!value.matches("Q[1-9]\\d*")) {
              errors.add("wikidata=" + value + " is not a Wikidata id (Q followed by digits)");
            }
            wikidata = value;
          }
          case "cues" ->
              cues.addAll(
                  Arrays.stream(parts).map(String::strip).filter(s -> !s.isEmpty()).toList());
          case "at" -> {
            String[] ll = value.split(",");
            lat = Double.parseDouble(ll[0].strip());
            lon = Double.parseDouble(ll[1].strip());
            if (Math.abs(lat) > 90 || Math.abs(lon) > 180) {
              errors.add("at=" + value + " is not a latitude,longitude");
            }
          }
          case "role" ->
              roles.add(
                  new Facts.Role(
                      parts[0].strip(), blank(parts, 1), date(parts, 2), date(parts, 3)));
          case "valid" ->
              validity.add(new Facts.Validity(parts[0].strip(), date(parts, 1), date(parts, 2)));
          default ->
              errors.add(
                  "unknown fact '"
                      + key
                      + "' (known: in, at, iso, capital-of, cues, role, valid, wikidata)");
        }
      } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
        errors.add("fact '" + item.strip() + "': " + usage(key));
      } catch (DateTimeParseException e) {
        errors.add("fact '" + item.strip() + "': dates are YYYY-MM-DD");
      }
    }
    return new Facts(in, lat, lon, iso, capitalOf, cues, roles, validity, wikidata);
  }

  private static String usage(String key) {
    return switch (key) {
      case "at" -> "write at=LAT,LON";
      case "role" -> "write role=TITLE|OF-ID|FROM|TO";
      default -> "bad value";
    };
  }

  private static String blank(String[] parts, int i) {
    return i < parts.length && !parts[i].isBlank() ? parts[i].strip() : null;
  }

  private static LocalDate date(String[] parts, int i) {
    String s = blank(parts, i);
    return s == null ? null : LocalDate.parse(s);
  }
}
