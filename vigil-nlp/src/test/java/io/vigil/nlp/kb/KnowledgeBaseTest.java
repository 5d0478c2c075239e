package io.vigil.nlp.kb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vigil.model.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

class KnowledgeBaseTest {

  private final KnowledgeBase kb = KnowledgeBase.bundled();

  private String idOf(String name) {
    return kb.lookup(name).getFirst().entity().id();
  }

  @Test
  void knowsCountriesByTheirNamesInOtherLanguages() {
    assertThat(idOf("Deutschland")).isEqualTo(idOf("Germany"));
    assertThat(idOf("Allemagne")).isEqualTo(idOf("Germany"));
    assertThat(idOf("Türkiye")).isEqualTo("loc:turkey");
  }

  @Test
  void knowsCountriesTheCuratedTableOmits() {
    assertThat(kb.lookup("Uruguay")).isNotEmpty();
    assertThat(kb.lookup("Uruguay").getFirst().entity().type()).isEqualTo(EntityType.LOCATION);
  }

  @Test
  void knowsEveryStatesPeopleAndCapital() {
    assertThat(kb.lookup("Philippine").getFirst().entity().id()).isEqualTo("loc:philippines");
    assertThat(kb.lookup("Philippine").getFirst().kind())
        .isEqualTo(KnowledgeBase.Name.Kind.DEMONYM);
    assertThat(idOf("Swiss")).isEqualTo("loc:switzerland");
    assertThat(idOf("Côte d'Ivoire")).isEqualTo(idOf("Ivory Coast"));
    assertThat(kb.byId("loc:bangkok").orElseThrow().facts().capitalOf()).isEqualTo("loc:thailand");
    assertThat(kb.byId("loc:kharkiv").orElseThrow().facts().in()).isEqualTo("loc:ukraine");
    assertThat(idOf("Kharkov")).isEqualTo("loc:kharkiv");
    long states =
        kb.entities().stream()
            .filter(e -> e.facts().iso() != null && e.facts().lat() != null)
            .count();
    assertThat(states).isGreaterThanOrEqualTo(193);
  }

  @Test
  void marksAmbiguousAliases() {
    assertThat(kb.lookup("IS"))
        .extracting(KnowledgeBase.Name::kind)
        .containsOnly(KnowledgeBase.Name.Kind.CONTEXT_ONLY);
  }

  @Test
  void knowsRegionalBodiesArmedGroupsAndMonitorsByNameAndAlias() {
    assertThat(idOf("ECOWAS")).isEqualTo("org:economic-community-of-west-african-states");
    assertThat(idOf("Economic Community of West African States")).isEqualTo(idOf("ECOWAS"));
    assertThat(idOf("JNIM")).isEqualTo("org:jamaat-nusrat-al-islam-wal-muslimin");
    assertThat(idOf("Jama’at Nusrat al-Islam wal-Muslimin")).isEqualTo(idOf("JNIM"));
    assertThat(idOf("Human Rights Watch")).isEqualTo("org:human-rights-watch");
    assertThat(idOf("MSF")).isEqualTo("org:medecins-sans-frontieres");
    assertThat(idOf("Doctors Without Borders")).isEqualTo(idOf("Médecins Sans Frontières"));
    assertThat(kb.byId("org:rapid-support-forces").orElseThrow().type())
        .isEqualTo(EntityType.ORGANIZATION);
    assertThat(kb.byId("org:rapid-support-forces").orElseThrow().facts().in())
        .isEqualTo("loc:sudan");
    // RSF is also Reporters Without Borders: usable only where the article names either
    assertThat(kb.lookup("RSF"))
        .extracting(n -> n.entity().id())
        .containsExactlyInAnyOrder("org:rapid-support-forces", "org:reporters-without-borders");
    assertThat(kb.lookup("RSF"))
        .extracting(KnowledgeBase.Name::kind)
        .containsOnly(KnowledgeBase.Name.Kind.CONTEXT_ONLY);
  }

  @Test
  void addsAnAnalystsEntities() {
    KnowledgeBase extended =
        kb.with(
            List.of(
                "# my additions",
                "org:harbour-watch\tORGANIZATION\tHarbour Watch\tHW|Harbor Watch"),
            "mine.tsv");
    assertThat(extended.lookup("Harbor Watch").getFirst().entity().name())
        .isEqualTo("Harbour Watch");
    assertThat(extended.size()).isEqualTo(kb.size() + 1);
  }

  @Test
  void reportsEveryBadLineOfAnAnalystsFileWithItsNumber() {
    List<String> lines =
        List.of(
            "org:ok\tORGANIZATION\tFine Name",
            "bad id\tORGANIZATION\tName",
            "org:x\tCOMPANY\tName",
            "org:ok\tORGANIZATION\tAgain",
            "just-one-column");
    assertThatThrownBy(() -> kb.with(lines, "mine.tsv"))
        .isInstanceOfSatisfying(
            KbFormatException.class,
            e ->
                assertThat(e.errors())
                    .hasSize(4)
                    .anyMatch(s -> s.startsWith("line 2: bad id"))
                    .anyMatch(s -> s.startsWith("line 3: bad type 'COMPANY'"))
                    .anyMatch(s -> s.startsWith("line 4: duplicate id"))
                    .anyMatch(s -> s.startsWith("line 5: expected 3 to 6")))
        .hasMessageStartingWith("mine.tsv: 4 error(s)");
  }

  @Test
  void readsFactsWithDatesAndReportsBadOnes() {
    KnowledgeBase extended =
        kb.with(
            List.of(
                "per:ada-okafor\tPERSON\tAda Okafor\tOkafor\t\trole=Foreign Minister|loc:nigeria|2020-01-01|2022-12-31; at=9.06,7.49"),
            "mine.tsv");
    KbEntity ada = extended.byId("per:ada-okafor").orElseThrow();
    assertThat(ada.facts().roles().getFirst().heldOn(java.time.LocalDate.of(2021, 6, 1))).isTrue();
    assertThat(ada.facts().roles().getFirst().heldOn(java.time.LocalDate.of(2023, 1, 1))).isFalse();
    assertThat(extended.holders("Foreign Minister", java.time.LocalDate.of(2021, 6, 1)))
        .contains(ada);
    assertThatThrownBy(
            () ->
                kb.with(
                    List.of(
                        "per:x\tPERSON\tX Y\t\t\trole=Minister|loc:nigeria|last year; at=north"),
                    "bad.tsv"))
        .isInstanceOfSatisfying(
            KbFormatException.class,
            e ->
                assertThat(e.errors())
                    .containsExactly(
                        "line 1: fact 'role=Minister|loc:nigeria|last year': dates are YYYY-MM-DD",
                        "line 1: fact 'at=north': write at=LAT,LON"));
  }

  @Test
  void carriesWikidataIdsWhereKnown() {
    assertThat(kb.byId("loc:turkey").orElseThrow().toEntity().wikidata()).isEqualTo("Q43");
    assertThatThrownBy(() -> kb.with(List.of("loc:x\tLOCATION\tX\t\t\twikidata=43"), "w.tsv"))
        .hasMessageContaining("line 1: wikidata=43 is not a Wikidata id");
  }

  @Test
  void knowsWhenAnAliasBecameOfficial() {
    var turkey = kb.byId("loc:turkey").orElseThrow();
    assertThat(turkey.facts().validity())
        .extracting(Facts.Validity::alias)
        .containsExactly("Türkiye");
    assertThat(turkey.facts().validity().getFirst().from())
        .isEqualTo(java.time.LocalDate.of(2022, 6, 1));
  }

  @Test
  void givesEveryCountryItsIsoCode() {
    assertThat(kb.byId("loc:georgia").orElseThrow().facts().iso()).isEqualTo("GE");
    assertThat(kb.byId("loc:georgia-us-state").orElseThrow().facts().iso()).isNull();
    assertThat(kb.byId("loc:dr-congo").orElseThrow().facts().iso()).isEqualTo("CD");
    assertThat(kb.lookup("Myanmar").getFirst().entity().facts().iso()).isEqualTo("MM");
  }
}
