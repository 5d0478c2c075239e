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
}
