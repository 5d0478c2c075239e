package io.vigil.nlp.geo;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigil.nlp.kb.Names;
import org.junit.jupiter.api.Test;

class GeoNamesTest {

  @Test
  void foldsNamesAsTheKnowledgeBaseDoes() {
    for (String name :
        new String[] {
          "El Fasher", "  San  Jose\t", "Trípoli", "Ma'arat al-Nu'man", "Kharkiv", "A"
        }) {
      assertThat(GeoNames.key(name)).as(name).isEqualTo(Names.key(name));
    }
  }

  @Test
  void findsAPlaceWhateverTheCaseAndAccents() {
    assertThat(GeoNames.EMPTY.lookup("Tripoli")).isEmpty();
    assertThat(GeoNames.key("TRIPOLI")).isEqualTo(GeoNames.key("Trípoli"));
  }
}
