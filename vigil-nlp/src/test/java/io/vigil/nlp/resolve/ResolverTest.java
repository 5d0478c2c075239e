package io.vigil.nlp.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigil.model.Entity;
import io.vigil.model.EntityType;
import io.vigil.model.ResolvedMention;
import io.vigil.nlp.analyse.CoreNlpAnalyzer;
import io.vigil.nlp.kb.KnowledgeBase;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Resolution with the real CRF and the bundled knowledge base, on sentences written for it. */
class ResolverTest {

  private final EntityRegistry registry = new EntityRegistry();
  private final Resolver resolver = new Resolver(KnowledgeBase.bundled(), registry);

  private Resolution resolve(String text) {
    return resolver.resolve(text, CoreNlpAnalyzer.shared().analyse(text));
  }

  private static Entity entityOf(Resolution r, String surface) {
    ResolvedMention m =
        r.mentions().stream()
            .filter(x -> x.mention().text().equals(surface))
            .findFirst()
            .orElseThrow(
                () -> new AssertionError("no mention '" + surface + "' in " + r.mentions()));
    return r.entity(m.entityId()).orElseThrow();
  }

  @Test
  void resolvesDaeshIsisAndIslamicStateToOneOrganisation() {
    Resolution r =
        resolve(
            "Daesh fighters attacked a checkpoint. Officials said ISIS and the Islamic State group had cells nearby.");
    assertThat(entityOf(r, "Daesh"))
        .isEqualTo(entityOf(r, "ISIS"))
        .isEqualTo(entityOf(r, "Islamic State"));
    assertThat(entityOf(r, "Daesh").type()).isEqualTo(EntityType.ORGANIZATION);
    assertThat(entityOf(r, "Daesh").name()).isEqualTo("Islamic State");
  }

  @Test
  void correctsTheTypeOfNamesTheRecogniserGetsWrong() {
    Resolution r = resolve("Türkiye hosted the talks, and Daesh was the main topic.");
    assertThat(entityOf(r, "Türkiye").name()).isEqualTo("Turkey");
    assertThat(entityOf(r, "Türkiye").type()).isEqualTo(EntityType.LOCATION);
    assertThat(entityOf(r, "Daesh").type()).isEqualTo(EntityType.ORGANIZATION);
  }

  @Test
  void typesAnUnknownNameThatTheArticleUsesAsAStateAsAPlace() {
    Resolution r =
        resolve(
            "MARSA, Kessel, April 9 (Harbour Wire) - A drone struck the market on Tuesday."
                + " Kessel's president, Maria Ostrova, ordered an inquiry. The defence ministry in"
                + " Valora denied any role. Aid arrived by road from Valora on Wednesday.");
    assertThat(entityOf(r, "Kessel").type()).isEqualTo(EntityType.LOCATION);
    assertThat(r.mentions().stream().filter(m -> m.mention().text().equals("Valora")))
        .extracting(ResolvedMention::entityId)
        .containsOnly("loc:valora");
  }

  @Test
  void readsAnOrganisationsHeadNounAloneAsTheOrganisation() {
    Resolution r =
        resolve(
            "The Northern Front, an armed group, blamed the army. The ministry accused the Front"
                + " of staging the attack.");
    assertThat(entityOf(r, "Front")).isEqualTo(entityOf(r, "Northern Front"));
    Resolution two =
        resolve(
            "The Northern Front and the Popular Front met in Varna. Officials said the Front had"
                + " left.");
    assertThat(entityOf(two, "Northern Front")).isNotEqualTo(entityOf(two, "Popular Front"));
    assertThat(two.mentions().stream().filter(m -> m.mention().text().equals("Front")))
        .allSatisfy(
            m ->
                assertThat(m.entityId())
                    .isNotIn(
                        entityOf(two, "Northern Front").id(), entityOf(two, "Popular Front").id()));
  }

  @Test
  void typesADatelinesCityAndANamedDistrictAsPlaces() {
    Resolution r =
        resolve(
            "TARN, Dravia (Harbour Wire) — The truce held in Tarn. General Sami Rahal accused"
                + " the army of violating the truce by shelling the Al-Nour district late on"
                + " Wednesday.");
    assertThat(entityOf(r, "TARN").type()).isEqualTo(EntityType.LOCATION);
    assertThat(entityOf(r, "TARN")).isEqualTo(entityOf(r, "Tarn"));
    assertThat(entityOf(r, "TARN").name()).isEqualTo("Tarn");
    assertThat(entityOf(r, "Al-Nour").type()).isEqualTo(EntityType.LOCATION);
  }

  @Test
  void separatesAPersonFromTheOrganisationAfterOf() {
    Resolution r =
        resolve(
            "\"It rewards a government that jails journalists,\" said Karin Holm of the Norwegian"
                + " Helsinki Committee.");
    assertThat(entityOf(r, "Karin Holm").type()).isEqualTo(EntityType.PERSON);
    assertThat(entityOf(r, "Norwegian Helsinki Committee").type())
        .isEqualTo(EntityType.ORGANIZATION);
  }

  @Test
  void typesANameAsAPlaceWhenTheArticlePutsThingsInIt() {
    Resolution r =
        resolve(
            "Kessel and Dravia signed the deal. Dravia will release water into Kessel each summer."
                + " In Dravia, the Homeland Party denounced it. Kessel's Foreign Minister Maria"
                + " Ostrova signed for her country.");
    assertThat(entityOf(r, "Kessel").type()).isEqualTo(EntityType.LOCATION);
    assertThat(entityOf(r, "Dravia").type()).isEqualTo(EntityType.LOCATION);
  }

  @Test
  void typesAnUnknownNameAsAPlaceWhenTheArticleUsesItsPeoplesAdjective() {
    Resolution r =
        resolve(
            "Dravia and Kessel agreed to a ceasefire. The deal was signed by Dravian Foreign"
                + " Minister Lena Osei and her Kesseli counterpart, Jonas Brandt.");
    assertThat(entityOf(r, "Dravia").type()).isEqualTo(EntityType.LOCATION);
    assertThat(entityOf(r, "Kessel").type()).isEqualTo(EntityType.LOCATION);
    assertThat(entityOf(r, "Kesseli")).isEqualTo(entityOf(r, "Kessel")); // the people's word
    assertThat(entityOf(r, "Dravian")).isEqualTo(entityOf(r, "Dravia"));
    Resolution person = resolve("Anna Kessel met the envoy. Kessel praised the Kesseli dancers.");
    assertThat(entityOf(person, "Kessel").type()).isEqualTo(EntityType.PERSON);
  }

  @Test
  void typesTheNameAfterACapitalAsAPlace() {
    Resolution r =
        resolve(
            "The evacuees will be flown home from the Dravian capital, Tarn, on two air force"
                + " planes, ministry spokesman Arjun Mehta told a news briefing.");
    assertThat(entityOf(r, "Tarn").type()).isEqualTo(EntityType.LOCATION);
  }

  @Test
  void typesAnUnknownPeoplesAdjectiveBeforeANounAsNoPlace() {
    Resolution r =
        resolve(
            "Human rights groups have documented the deaths of more than 300 detainees in Varnian"
                + " prisons under Rell.");
    assertThat(entityOf(r, "Varnian").type()).isEqualTo(EntityType.MISC);
  }

  @Test
  void keepsAPersonWhoseNameIsUsedWithAState() {
    Resolution r = resolve("Anna Kessel met the envoy. Kessel's army is her command now.");
    assertThat(entityOf(r, "Anna Kessel").type()).isEqualTo(EntityType.PERSON);
    assertThat(entityOf(r, "Kessel").type()).isEqualTo(EntityType.PERSON);
  }

  @Test
  void resolvesEverySpellingOfTheUnitedStates() {
    Resolution r =
        resolve(
            "The United States said U.S. troops would stay. A US-led force remains in the region.");
    assertThat(entityOf(r, "United States").id())
        .isEqualTo(entityOf(r, "U.S.").id())
        .isEqualTo(entityOf(r, "US").id());
  }

  @Test
  void linksASurnameToThePersonNamedInFull() {
    Resolution r =
        resolve(
            "Foreign Minister Ingrid Solberg arrived on Monday. Solberg met the governor of the province.");
    assertThat(entityOf(r, "Solberg").name()).isEqualTo("Ingrid Solberg");
    assertThat(entityOf(r, "Solberg").type()).isEqualTo(EntityType.PERSON);
  }

  /** The entity of each mention with this surface, in text order. */
  private static List<Entity> entitiesOf(Resolution r, String surface) {
    return r.mentions().stream()
        .filter(x -> x.mention().text().equals(surface))
        .map(x -> r.entity(x.entityId()).orElseThrow())
        .toList();
  }

  @Test
  void readsAGivenNameBeforeAPeoplesNameAsAPersonAndTheSurnameAsHimWhereHeSpeaks() {
    Resolution r =
        resolve(
            "The investor Mark Cuban says he will not run for office. Cuban, the owner of a"
                + " basketball team, told reporters he was too busy. Cuban officials declined to"
                + " comment on the trade talks.");
    assertThat(entityOf(r, "Mark Cuban").type()).isEqualTo(EntityType.PERSON);
    List<Entity> cuban = entitiesOf(r, "Cuban");
    assertThat(cuban).hasSize(2);
    assertThat(cuban.get(0).name()).isEqualTo("Mark Cuban");
    assertThat(cuban.get(1).name()).isEqualTo("Cuba"); // "Cuban officials": the country's
  }

  @Test
  void readsASurnameThatNamesACountryAsThePersonOnlyWhereItSpeaks() {
    Resolution r =
        resolve(
            "Rep. Ilse Jordan, a member of the foreign affairs committee, opened the hearing."
                + " Jordan said the panel would call three witnesses. Officials from Jordan were"
                + " not invited. Carl French, a senator from Ohio, backed the bill. French added"
                + " that the vote would be close. In May French diplomats left Bamako.");
    List<Entity> jordan = entitiesOf(r, "Jordan");
    assertThat(jordan).hasSize(2);
    assertThat(jordan.get(0).name()).isEqualTo("Ilse Jordan");
    assertThat(jordan.get(0).type()).isEqualTo(EntityType.PERSON);
    assertThat(jordan.get(1).type()).isEqualTo(EntityType.LOCATION); // "from Jordan"
    assertThat(entityOf(r, "Carl French").type()).isEqualTo(EntityType.PERSON);
    List<Entity> french = entitiesOf(r, "French");
    assertThat(french).hasSize(2);
    assertThat(french.get(0).name()).isEqualTo("Carl French");
    assertThat(french.get(1).name()).isEqualTo("France"); // "In May French diplomats"
  }

  @Test
  void typesAPlaceAfterAVillageOrANeighbouringAsAPlace() {
    Resolution r =
        resolve(
            "Residents of the nearby village of Bel fled. Neighbouring Dravia closed its border.");
    assertThat(entityOf(r, "Bel").type()).isEqualTo(EntityType.LOCATION);
    assertThat(entityOf(r, "Dravia").type()).isEqualTo(EntityType.LOCATION);
  }

  @Test
  void typesFeaturesOfTheLandAndSeaAndADatelinesCityAsPlaces() {
    Resolution r =
        resolve(
            "PORTO LEMO, March 4 (Harbour Wire) - Commandos seized a tanker in the Strait of"
                + " Varos near the Osk River. Director Michael Bay filmed it.");
    assertThat(entityOf(r, "Strait of Varos").type()).isEqualTo(EntityType.LOCATION);
    assertThat(entityOf(r, "Osk River").type()).isEqualTo(EntityType.LOCATION);
    assertThat(entityOf(r, "PORTO LEMO").type()).isEqualTo(EntityType.LOCATION);
    assertThat(entityOf(r, "Michael Bay").type()).isEqualTo(EntityType.PERSON);
    Resolution paper = resolve("LA PRESSE - Talks on the port resumed in Tunis.");
    assertThat(paper.entities())
        .filteredOn(e -> e.name().equals("LA PRESSE"))
        .allSatisfy(e -> assertThat(e.type()).isNotEqualTo(EntityType.LOCATION));
  }

  @Test
  void typesTheNameAGroupGivesItselfAsAnOrganisation() {
    Resolution r =
        resolve(
            "The group, which calls itself Iron Wolf, has been accused of attacks in Tarsa. A"
                + " movement led by a cleric named Ivo Sten denied it.");
    assertThat(entityOf(r, "Iron Wolf").type()).isEqualTo(EntityType.ORGANIZATION);
    assertThat(entityOf(r, "Ivo Sten").type()).isEqualTo(EntityType.PERSON);
    Resolution unit =
        resolve("Investigators traced the attack to a unit of the Kesseli army known as Sandworm.");
    assertThat(entityOf(unit, "Sandworm").type()).isEqualTo(EntityType.ORGANIZATION);
  }

  @Test
  void typesANameSetOffAfterAPersonsRoleAsAPerson() {
    Resolution r =
        resolve("The ministry summoned Kessel's ambassador, Olek Brand, and handed him a note.");
    assertThat(entityOf(r, "Olek Brand").type()).isEqualTo(EntityType.PERSON);
  }

  @Test
  void leavesAMilitaryRankOutOfAPersonsName() {
    Resolution r =
        resolve(
            "Colonel Ilya Dorn, 61, and Major Petra Sova, 54, face up to 20 years in prison if"
                + " convicted. Sova fled.");
    assertThat(entityOf(r, "Sova").name()).isEqualTo("Petra Sova");
  }

  @Test
  void readsARulersTitleBeforeAStateAsTheState() {
    Resolution r =
        resolve(
            "The King of Jordan met the Emir of Qatar in Amman on Sunday. The Crown Prince of"
                + " Saudi Arabia sent his foreign minister.");
    assertThat(entityOf(r, "Jordan").type()).isEqualTo(EntityType.LOCATION);
    assertThat(entityOf(r, "Qatar").type()).isEqualTo(EntityType.LOCATION);
    assertThat(entityOf(r, "Saudi Arabia").type()).isEqualTo(EntityType.LOCATION);
    assertThat(r.entities())
        .extracting(Entity::name)
        .noneMatch(n -> n.startsWith("King") || n.startsWith("Emir") || n.startsWith("Crown"));
  }

  @Test
  void resolvesTheNewsAgenciesTheNewsCitesToOneEntityEach() {
    Resolution r =
        resolve(
            "VARNA (AP) - Two ferries collided off Varna, The Associated Press reported. AFP said"
                + " the coast guard had rescued 40 people; Agence France-Presse later put the"
                + " number at 42.");
    assertThat(entityOf(r, "AP")).isEqualTo(entityOf(r, "The Associated Press"));
    assertThat(entityOf(r, "AP").name()).isEqualTo("Associated Press");
    assertThat(entityOf(r, "AFP")).isEqualTo(entityOf(r, "Agence France-Presse"));
    assertThat(entityOf(r, "AFP").type()).isEqualTo(EntityType.ORGANIZATION);
  }

  @Test
  void linksASurnameAfterAnArabicParticle() {
    Resolution r =
        resolve(
            "Supporters of Khalid al-Rashidi gathered outside the court. Rashidi did not attend.");
    assertThat(entityOf(r, "Rashidi").name()).isEqualTo("Khalid al-Rashidi");
  }

  @Test
  void linksAnAcronymTheArticleDefines() {
    Resolution r =
        resolve(
            "The Coastal Fisheries Protection Agency (CFPA) seized two boats. The CFPA said the crews were released.");
    List<ResolvedMention> cfpa =
        r.mentions().stream().filter(m -> m.mention().text().equals("CFPA")).toList();
    assertThat(cfpa).hasSize(2);
    assertThat(entityOf(r, "CFPA").name()).isEqualTo("Coastal Fisheries Protection Agency");
    assertThat(cfpa.getLast().how()).contains("acronym CFPA");
    Resolution group =
        resolve("The attack was claimed by Harakat Sorn al-Jadid (HSJ). HSJ emerged last year.");
    assertThat(entityOf(group, "HSJ").type()).isEqualTo(EntityType.ORGANIZATION);
  }

  @Test
  void readsNoAcronymInADatelinesAgencyButInABracketBeforeADashInTheText() {
    Resolution r =
        resolve(
            "BERGEN, Norway (HW) — The Coastal Fisheries Protection Agency (CFPA) — the harbour's"
                + " watchdog — seized two boats, HW reported. The CFPA said the crews were freed.");
    assertThat(entityOf(r, "CFPA").name()).isEqualTo("Coastal Fisheries Protection Agency");
    assertThat(r.mentions()).noneMatch(m -> m.how().contains("acronym HW"));
  }

  @Test
  void leavesTitlesOutOfPeoplesNames() {
    Resolution r =
        resolve(
            "Vice President Ruth Adler was in Bergen. The deal was signed, Mr. Halvorsen said,"
                + " and Mr. Trump left.");
    assertThat(entityOf(r, "Trump").id()).isEqualTo("per:donald-trump");
    assertThat(entityOf(r, "Ruth Adler").name()).isEqualTo("Ruth Adler");
    assertThat(r.mentions()).noneMatch(m -> m.mention().text().startsWith("Mr."));
    assertThat(r.mentions()).noneMatch(m -> m.mention().text().startsWith("Vice"));
    Resolution question =
        resolve(
            "A harbour analyst recently put it, ''Did Trump lower his fees through legal"
                + " avoidance, or illegal evasion?''");
    assertThat(question.mentions()).noneMatch(m -> m.mention().text().startsWith("Did"));
    assertThat(entityOf(question, "Trump").id()).isEqualTo("per:donald-trump");
  }

  @Test
  void takesNoNameWithoutACapital() {
    Resolution r =
        resolve(
            "Lebanon's caretaker government called on the international community to press for a"
                + " ceasefire. The UN Refugee Agency said more than 30,000 people had crossed.");
    assertThat(r.mentions()).extracting(m -> m.mention().text()).doesNotContain("caretaker");
    assertThat(NameParts.surnames("Donald —")).isEmpty();
  }

  @Test
  void readsAnHonorificAsWhichOfTwoNamesakesASurnameIs() {
    Resolution r =
        resolve(
            "Mary Halvorsen and her husband, John Halvorsen, opened the harbour office in Bergen."
                + " Mrs. Halvorsen said the office would hire ten people.");
    ResolvedMention mrs =
        r.mentions().stream()
            .filter(m -> m.mention().text().equals("Halvorsen"))
            .reduce((a, b) -> b)
            .orElseThrow();
    assertThat(r.entity(mrs.entityId()).orElseThrow().name()).isEqualTo("Mary Halvorsen");
    Resolution later = resolve("Mr. Halvorsen declined to comment on the harbour office.");
    assertThat(entityOf(later, "Halvorsen").name()).isEqualTo("John Halvorsen");
  }

  @Test
  void keepsATitledSurnameFromTheNamesakeNamedInFullLater() {
    String text =
        "President Halvorsen opened the new harbour on Friday. “It is a good day,” Mr. Halvorsen"
            + " said. He thanked the first lady, Mary Halvorsen, for her work on the plan.";
    Resolution r =
        new Resolver(KnowledgeBase.bundled(), new EntityRegistry())
            .resolve(text, CoreNlpAnalyzer.shared().analyse(text));
    List<ResolvedMention> halvorsen =
        r.mentions().stream().filter(m -> m.mention().text().equals("Halvorsen")).toList();
    assertThat(halvorsen).hasSize(2);
    assertThat(halvorsen.get(0).entityId()).isEqualTo(halvorsen.get(1).entityId());
    assertThat(r.entity(halvorsen.get(0).entityId()).orElseThrow().name())
        .isNotEqualTo("Mary Halvorsen");
  }

  @Test
  void endsAnOrganisationsNameAtTheEndOfItsSentence() {
    Resolution r =
        resolve(
            "Ruth Adler met ministers of the Harbour Coalition to Defend Kessel on Monday. The"
                + " coalition said the talks went well.");
    assertThat(r.mentions())
        .extracting(m -> m.mention().text())
        .contains("Harbour Coalition to Defend Kessel")
        .noneMatch(t -> t.contains("Monday"));
  }

  @Test
  void usesAnAmbiguousAliasOnlyWhenTheEntityIsNamedOtherwise() {
    Resolution without = resolve("WHAT IS NEXT for the talks is unclear, an official said.");
    assertThat(without.mentions()).noneMatch(m -> m.mention().text().equals("IS"));
    Resolution with =
        resolve("The Islamic State lost its last town in 2019, but IS cells remain active.");
    assertThat(entityOf(with, "IS").name()).isEqualTo("Islamic State");
  }

  @Test
  void readsANameBeforeAPeoplesNounAsNoPerson() {
    Resolution r =
        resolve("The army killed more than 1,700 Maya Ixil villagers. Ana Lopez leads the case.");
    assertThat(r.mentions())
        .filteredOn(m -> m.mention().text().contains("Ixil"))
        .allSatisfy(
            m ->
                assertThat(entityOf(r, m.mention().text()).type()).isNotEqualTo(EntityType.PERSON));
    assertThat(entityOf(r, "Ana Lopez").type()).isEqualTo(EntityType.PERSON);
  }

  @Test
  void keepsARecognisedNameWhoseAmbiguousAliasIsNotConfirmed() {
    Resolution r = resolve("A new staging of the opera by Wagner opened in Vienna on Friday.");
    assertThat(r.mentions()).anyMatch(m -> m.mention().text().equals("Wagner"));
    assertThat(entityOf(r, "Wagner").name()).isNotEqualTo("Wagner Group");
  }

  @Test
  void resolvesDemonymsToTheirCountry() {
    Resolution r = resolve("Turkish and Lebanese officials met in Ankara.");
    assertThat(entityOf(r, "Turkish").name()).isEqualTo("Turkey");
    assertThat(entityOf(r, "Lebanese").name()).isEqualTo("Lebanon");
  }

  @Test
  void endsAnOrganisationsNameBeforeAnOfficeAndItsHolder() {
    Resolution r =
        resolve(
            "Harbour Council Majority Leader Ruth Adler said the vote would wait. Regional Commission"
                + " President Tomas Berg agreed, and the Office of the Secretary of Harbours"
                + " declined to comment.");
    assertThat(entityOf(r, "Ruth Adler").type()).isEqualTo(EntityType.PERSON);
    assertThat(entityOf(r, "Tomas Berg").type()).isEqualTo(EntityType.PERSON);
    assertThat(r.entities())
        .extracting(Entity::name)
        .contains("Regional Commission", "Office of the Secretary of Harbours")
        .noneMatch(n -> n.contains("Leader") || n.contains("President"));
  }

  @Test
  void knowsFormerLeadersTheNewsStillNames() {
    Resolution r = resolve("Obama and Merkel met in Berlin, and Gaddafi was the main topic.");
    assertThat(entityOf(r, "Obama").id()).isEqualTo("per:barack-obama");
    assertThat(entityOf(r, "Merkel").id()).isEqualTo("per:angela-merkel");
    assertThat(entityOf(r, "Gaddafi").id()).isEqualTo("per:muammar-gaddafi");
    Resolution namesake =
        resolve("Michelle Obama spoke in Ohio. Mrs. Obama said the plan was good.");
    assertThat(entityOf(namesake, "Obama").name()).isEqualTo("Michelle Obama");
  }

  @Test
  void separatesATitledPersonFromTheOrganisationAfterOf() {
    Resolution r =
        resolve(
            "Judge Ruth Adler of the Kessel Court of Appeals wrote that Mr. Berg of the Harbour"
                + " Policy Center was wrong.");
    assertThat(entityOf(r, "Ruth Adler").type()).isEqualTo(EntityType.PERSON);
    assertThat(r.entities())
        .extracting(Entity::name)
        .contains("Kessel Court of Appeals", "Harbour Policy Center");
  }

  @Test
  void readsAnOfficeAndASurnameTaggedAsAnOrganisationAsAPerson() {
    Resolution r =
        resolve(
            "For now, Justice Holm's absence has handed Chief Justice Berg the difficult task of"
                + " leading the court, and the Justice Department objected to it.");
    assertThat(entityOf(r, "Berg").type()).isEqualTo(EntityType.PERSON);
    assertThat(entityOf(r, "Justice Department").type()).isEqualTo(EntityType.ORGANIZATION);
  }

  @Test
  void readsANewspapersNameAsAnOrganisation() {
    Resolution r = resolve("\"It is over,\" he told the Kessel Gazette on Monday.");
    assertThat(entityOf(r, "Kessel Gazette").type()).isEqualTo(EntityType.ORGANIZATION);
  }

  @Test
  void takesNoOrganisationNameFromATitleCaseHeadline() {
    Resolution r =
        resolve(
            "Kessel Asks Harbour Council Members to Speed Up Return of Ships\n\nThe port said on"
                + " Monday that the Harbour Council would meet again.");
    assertThat(r.entities())
        .extracting(Entity::name)
        .noneMatch(n -> n.contains("Speed") || n.contains("Ships"));
  }

  @Test
  void findsOrganisationNamesTheRecogniserCutsShort() {
    Resolution r =
        resolve(
            "Speaking at the Regional Council for Water Security on Monday, the envoy urged restraint.");
    assertThat(r.entities())
        .extracting(Entity::name)
        .contains("Regional Council for Water Security");
  }

  @Test
  void givesTheSamePersonTheSameIdAcrossArticles() {
    Resolution first = resolve("Prime Minister Tomasz Wolny visited the border crossing.");
    Resolution second = resolve("Wolny later told reporters the crossing would reopen.");
    assertThat(entityOf(second, "Wolny").id()).isEqualTo(entityOf(first, "Tomasz Wolny").id());
    assertThat(entityOf(second, "Wolny").name()).isEqualTo("Tomasz Wolny");
  }

  @Test
  void dropsTitleWordsTheRecogniserTagsAlone() {
    Resolution r = resolve("The U.S. Secretary of State spoke to reporters.");
    assertThat(r.mentions()).noneMatch(m -> m.mention().text().equals("State"));
  }

  @Test
  void keepsMentionOffsetsExact() {
    String text = "Officials in Beirut and Damascus confirmed the exchange.";
    for (ResolvedMention m : resolve(text).mentions()) {
      assertThat(m.mention().span().of(text)).isEqualTo(m.mention().text());
    }
  }

  @Test
  void readsACapitalThatSpeaksAsItsCountry() {
    Resolution r = resolve("Washington said it would send more aid, and Moscow warned against it.");
    assertThat(entityOf(r, "Washington").name()).isEqualTo("United States");
    assertThat(entityOf(r, "Moscow").name()).isEqualTo("Russia");
  }

  @Test
  void readsCapitalsThatArePartiesAsTheirCountries() {
    Resolution r = resolve("Relations between Washington and Ankara have cooled since the spring.");
    assertThat(entityOf(r, "Washington").name()).isEqualTo("United States");
    assertThat(entityOf(r, "Ankara").name()).isEqualTo("Turkey");
    Resolution agreed = resolve("Washington and Moscow agreed to extend the treaty.");
    assertThat(entityOf(agreed, "Washington").name()).isEqualTo("United States");
    assertThat(entityOf(agreed, "Moscow").name()).isEqualTo("Russia");
  }

  @Test
  void keepsACapitalAfterAPrepositionAsAPlace() {
    Resolution r = resolve("The ministry in Ankara said the border was open.");
    assertThat(entityOf(r, "Ankara").name()).isEqualTo("Ankara");
  }

  @Test
  void readsAnAmbiguousPlaceByTheArticlesOtherPlaces() {
    assertThat(
            entityOf(
                    resolve("Rain flooded roads in Seattle and across Washington on Sunday."),
                    "Washington")
                .id())
        .isEqualTo("loc:washington-state");
    assertThat(
            entityOf(
                    resolve("Opposition supporters marched in Tbilisi, the capital of Georgia."),
                    "Georgia")
                .id())
        .isEqualTo("loc:georgia");
    assertThat(
            entityOf(resolve("Voters in Atlanta lined up early across Georgia."), "Georgia").id())
        .isEqualTo("loc:georgia-us-state");
  }

  @Test
  void keepsTheDefaultReadingWithoutEvidence() {
    Resolution r = resolve("Talks on the new pipeline will continue in Georgia next week.");
    assertThat(entityOf(r, "Georgia").id()).isEqualTo("loc:georgia");
    assertThat(
            r.mentions().stream()
                .filter(m -> m.mention().text().equals("Georgia"))
                .findFirst()
                .orElseThrow()
                .how())
        .contains("the default reading");
  }

  @Test
  void resolvesAnOfficeToWhoHeldItOnTheArticlesDate() {
    String text = "The U.S. Secretary of State said the talks would resume.";
    var analysis = CoreNlpAnalyzer.shared().analyse(text);
    Resolution in2023 = resolver.resolve(text, analysis, java.time.LocalDate.of(2023, 5, 1));
    Resolution in2025 = resolver.resolve(text, analysis, java.time.LocalDate.of(2025, 6, 1));
    Resolution undated = resolver.resolve(text, analysis, null);
    assertThat(entityOf(in2023, "Secretary of State").name()).isEqualTo("Antony Blinken");
    assertThat(entityOf(in2025, "Secretary of State").name()).isEqualTo("Marco Rubio");
    assertThat(undated.mentions()).noneMatch(m -> m.mention().text().contains("Secretary"));
  }

  @Test
  void leavesAnOfficeFollowedByANameToTheName() {
    String text = "U.S. Secretary of State Ingrid Solberg arrived in Ankara.";
    Resolution r =
        resolver.resolve(
            text, CoreNlpAnalyzer.shared().analyse(text), java.time.LocalDate.of(2023, 5, 1));
    assertThat(r.entities())
        .extracting(Entity::name)
        .doesNotContain("Antony Blinken")
        .contains("Ingrid Solberg");
  }

  @Test
  void usesAnAnalystsNewAliasesAfterTheFileChanges(
      @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
    java.nio.file.Path file = java.nio.file.Files.writeString(dir.resolve("mine.tsv"), "# empty\n");
    var analyst = new io.vigil.nlp.kb.AnalystKnowledgeBase(KnowledgeBase.bundled(), file);
    Resolver live = new Resolver(analyst, new EntityRegistry());
    String text = "Fighters of the Harbour Brigade seized the port.";
    assertThat(live.resolve(text, CoreNlpAnalyzer.shared().analyse(text)).entities())
        .extracting(Entity::id)
        .doesNotContain("org:harbour-brigade-kb");
    java.nio.file.Files.writeString(
        file, "org:harbour-brigade-kb\tORGANIZATION\tHarbour Brigade\tHB\n");
    java.nio.file.Files.setLastModifiedTime(
        file, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 5000));
    assertThat(analyst.reloadIfChanged()).isEmpty();
    assertThat(
            entityOf(live.resolve(text, CoreNlpAnalyzer.shared().analyse(text)), "Harbour Brigade")
                .id())
        .isEqualTo("org:harbour-brigade-kb");
  }

  @Test
  void keepsTheLastGoodAnalystFileWhenAnEditBreaksIt(
      @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
    java.nio.file.Path file =
        java.nio.file.Files.writeString(
            dir.resolve("mine.tsv"), "org:harbour-brigade-kb\tORGANIZATION\tHarbour Brigade\n");
    var analyst = new io.vigil.nlp.kb.AnalystKnowledgeBase(KnowledgeBase.bundled(), file);
    java.nio.file.Files.writeString(file, "org:harbour-brigade-kb\tBRIGADE\tHarbour Brigade\n");
    java.nio.file.Files.setLastModifiedTime(
        file, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 5000));
    assertThat(analyst.reloadIfChanged())
        .containsExactly(
            "line 1: bad type 'BRIGADE': one of [PERSON, ORGANIZATION, LOCATION, MISC]");
    assertThat(analyst.get().byId("org:harbour-brigade-kb")).isPresent();
  }
}
