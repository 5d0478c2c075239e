package io.vigil.nlp.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigil.model.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

class EntityRegistryTest {

  @Test
  void namesAnEntityFirstSeenInCapitalsByItsLaterSpelling() {
    EntityRegistry registry = new EntityRegistry();
    registry.resolve(EntityType.LOCATION, "BERGEN", List.of("BERGEN"));
    assertThat(registry.resolve(EntityType.LOCATION, "Bergen", List.of("Bergen")).name())
        .isEqualTo("Bergen");
    assertThat(registry.resolve(EntityType.LOCATION, "BERGEN", List.of("BERGEN")).name())
        .isEqualTo("Bergen");
    assertThat(registry.byId("loc:bergen")).get().extracting(e -> e.name()).isEqualTo("Bergen");
    registry.resolve(EntityType.ORGANIZATION, "NATO", List.of("NATO"));
    assertThat(registry.resolve(EntityType.ORGANIZATION, "NATO", List.of()).name())
        .isEqualTo("NATO");
  }

  @Test
  void takesANameWithOrWithoutItsMiddleNamesForThePersonMetBeforeUnlessTwoMiddlesDiffer() {
    EntityRegistry registry = new EntityRegistry();
    var ryan = registry.resolve(EntityType.PERSON, "Tomas Halvorsen", List.of());
    assertThat(registry.resolve(EntityType.PERSON, "Tomas J. Halvorsen", List.of()).id())
        .isEqualTo(ryan.id());
    var mary = registry.resolve(EntityType.PERSON, "Mary Ann Berg", List.of());
    assertThat(registry.resolve(EntityType.PERSON, "Mary Berg", List.of()).id())
        .isEqualTo(mary.id());
    var first = registry.resolve(EntityType.PERSON, "John Q. Adler", List.of());
    var second = registry.resolve(EntityType.PERSON, "John P. Adler", List.of());
    assertThat(second.id()).isNotEqualTo(first.id());
    assertThat(registry.resolve(EntityType.PERSON, "John Adler", List.of()).id())
        .isNotIn(first.id(), second.id());
  }
}
