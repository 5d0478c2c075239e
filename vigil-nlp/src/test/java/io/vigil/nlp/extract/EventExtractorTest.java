package io.vigil.nlp.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigil.model.EntityRef;
import io.vigil.model.Event;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EventExtractorTest {

  /** A Friday. */
  private static final Instant PUBLISHED = Instant.parse("2024-12-13T09:00:00Z");

  private static List<Event> events(String text, Instant published) {
    Article a = Article.of(text);
    return new EventExtractor().extract(a.text(), a.analysis(), a.resolution(), published);
  }

  private static Event only(List<Event> events) {
    assertThat(events).hasSize(1);
    return events.getFirst();
  }

  private static List<String> actors(Event e) {
    return e.actors().stream().map(EntityRef::name).toList();
  }

  @ParameterizedTest(name = "codes \"{0}\" as CAMEO {1} with {2} acting")
  @CsvSource(
      delimiter = '|',
      value = {
        "Chancellor Ingrid Holm announced a new housing programme on Tuesday.|010|Ingrid Holm",
        "Ingrid Holm urged Sweden to cut its emissions faster.|020|Ingrid Holm",
        "Ingrid Holm called on Norway to reopen the pipeline.|020|Ingrid Holm",
        "The United Nations called for an immediate ceasefire in Tarn.|020|United Nations",
        "Clashes broke out between protesters and police in Varna.|145|Varna",
        "Dravian troops violated the ceasefire near Tarn on Sunday.|196|Tarn",
        "Ingrid Holm pledged to rebuild the schools destroyed by the flood.|030|Ingrid Holm",
        "Ingrid Holm met with Prime Minister Jonas Berg in Oslo.|040|Ingrid Holm",
        "Ingrid Holm visited Kyiv for the first time since the war began.|042|Ingrid Holm",
        "Ingrid Holm praised Jonas Berg for his handling of the crisis.|051|Ingrid Holm",
        "Ingrid Holm thanked the emir of Qatar for his mediation.|051|Ingrid Holm",
        "The prisoner exchange was brokered by Qatar.|045|Qatar",
        "Kessel released 40 prisoners in exchange for 35 of its soldiers.|0841|Kessel",
        "The United States lifted sanctions on Iran in January.|081|United States",
        "Kessel threatened new sanctions against Dravia.|1312|Kessel",
        "The army imposed a nightly curfew in Tarn.|1723|Tarn",
        "France said it was suspending all development aid to Marsia.|162|France",
        "Sweden and Norway signed an agreement on fishing rights.|057|Sweden",
        "Pakistan evacuated 318 nationals from Lebanon.|073|Pakistan",
        "The World Food Programme sent 40 tonnes of flour to Gaza.|073|World Food Programme",
        "The union demanded higher wages from Volvo.|100|Volvo",
        "Ingrid Holm condemned the attack on the embassy.|111|Ingrid Holm",
        "Ingrid Holm accused Jonas Berg of lying to parliament.|112|Ingrid Holm",
        "Russia threatened Finland with retaliation over the new base.|130|Russia",
        "Thousands of farmers demonstrated in Brussels against the new tariffs.|141|Brussels",
        "Police arrested Jonas Berg at his home in Bergen.|173|Jonas Berg",
        "A suicide bomber attacked a police station in Kabul.|1831|Kabul",
        "Government forces clashed with rebels near Aleppo.|190|Aleppo",
        "Israeli jets carried out airstrikes on Gaza overnight.|195|Israel",
      })
  void codesEachEventFamily(String sentence, String cameo, String actorOrPlace) {
    Event e =
        events(sentence, PUBLISHED).stream()
            .filter(x -> x.cameo().equals(cameo))
            .findFirst()
            .orElseThrow();
    List<String> names = new java.util.ArrayList<>(actors(e));
    if (e.place() != null) {
      names.add(e.place().name());
    }
    assertThat(names).contains(actorOrPlace);
    assertThat(e.evidence().of(sentence)).isEqualTo(sentence);
  }

  @Test
  void takesThePassivesAgentAfterByTheAsItsSource() {
    Event e =
        only(
            events(
                "Hundreds of refugees were evacuated from Kassala by the Red Cross.", PUBLISHED));
    assertThat(e.cameo()).isEqualTo("073");
    assertThat(e.sourced()).isTrue();
    assertThat(actors(e)).containsExactly("International Committee of the Red Cross");
  }

  @Test
  void readsAPlaceAfterADirection() {
    Event e =
        only(events("Gunmen stormed a church in northern Burkina Faso on Sunday.", PUBLISHED));
    assertThat(e.cameo()).isEqualTo("180");
    assertThat(e.place().name()).isEqualTo("Burkina Faso");
    assertThat(events("Ingrid Holm stormed out of the meeting in Oslo.", PUBLISHED)).isEmpty();
  }

  @Test
  void readsThePoliceOfAPlaceAsThatPlaceActing() {
    Event e = only(events("Police in Bergen arrested three men on Tuesday.", PUBLISHED));
    assertThat(e.cameo()).isEqualTo("173");
    assertThat(e.sourced()).isTrue();
    assertThat(actors(e)).containsExactly("Bergen");
  }

  @Test
  void codesCrowdControlAsRepressionAndSlogansAsDissent() {
    List<Event> es =
        events(
            "Protesters in Tehran chanted slogans against the government as riot police fired"
                + " tear gas.",
            PUBLISHED);
    assertThat(es).extracting(Event::cameo).containsExactly("140", "175");
    assertThat(events("Fans chanted his name in Oslo.", PUBLISHED)).isEmpty();
  }

  @Test
  void readsAProgressiveAsActiveAndAPromiseOfForceAsAThreat() {
    Event e = only(events("Sweden is demanding that Norway reopen the pipeline.", PUBLISHED));
    assertThat(e.cameo()).isEqualTo("100");
    assertThat(e.sourced()).isTrue();
    assertThat(actors(e).getFirst()).isEqualTo("Sweden");
    Event threat =
        only(
            events(
                "Turkey moved troops to the border and warned it would respond to any attack.",
                PUBLISHED));
    assertThat(threat.cameo()).isEqualTo("130");
    assertThat(actors(threat)).containsExactly("Turkey");
    Event vow = only(events("Ingrid Holm vowed to harshly punish those responsible.", PUBLISHED));
    assertThat(vow.cameo()).isEqualTo("130");
  }

  @Test
  void codesClaimsAndDenialsOfResponsibilityAndApologies() {
    String claim = "The Northern Front claimed responsibility for the bombing in Tarn.";
    Event claimed = triggered(claim, "claimed");
    assertThat(claimed.cameo()).isEqualTo("015");
    assertThat(name(claimed.source())).isEqualTo("Northern Front");
    Event denied = triggered("Moscow denied any involvement in the attack.", "denied");
    assertThat(denied.cameo()).isEqualTo("016");
    assertThat(name(denied.source())).isEqualTo("Russia");
    String charges = "Oren Vask, 71, has denied the charges against him.";
    assertThat(triggered(charges, "denied").cameo()).isEqualTo("016");
    String entry = "Dravia denied entry to 40 Kesseli journalists.";
    assertThat(events(entry, PUBLISHED)).extracting(Event::cameo).doesNotContain("016");
    String sorry = "The United States has apologised for its role in the war.";
    assertThat(triggered(sorry, "apologised").cameo()).isEqualTo("055");
    String urged = "Relatives of the victims urged the Kesseli defence minister to apologise.";
    assertThat(events(urged, PUBLISHED)).extracting(Event::cameo).doesNotContain("055");
    String committed = "Dravia remained committed to signing a peace treaty with Kessel.";
    assertThat(events(committed, PUBLISHED)).extracting(Event::cameo).doesNotContain("057");
    String yet = "Oren Vask has yet to apologise to the families.";
    assertThat(events(yet, PUBLISHED)).extracting(Event::cameo).doesNotContain("055");
  }

  @Test
  void readsAnArmysNeutralisedAsKilledAndEndsTargetsAtTheTellingAndAtAClauseOfSome() {
    String text = "More than 40 attackers were neutralised in the counter-offensive, Dravia said.";
    Event e = triggered(text, "neutralised");
    assertThat(e.cameo()).isEqualTo("190");
    assertThat(e.count().value()).isEqualTo(40);
    assertThat(events("The unit neutralised the threat within hours.", PUBLISHED)).isEmpty();
    String told = "A soldier who survived the attack told Reuters that the convoy was lost.";
    assertThat(events(told, PUBLISHED))
        .allSatisfy(ev -> assertThat(actors(ev)).doesNotContain("Reuters"));
    String rally =
        "Supporters of Oren Vask rallied in Tarn on Thursday, some waving Kesseli flags.";
    assertThat(triggered(rally, "rallied").targets())
        .extracting(EntityRef::name)
        .doesNotContain("Kessel");
  }

  @Test
  void givesAnActTheDateOfItsOwnAndReadsServicemenReleased() {
    String text =
        "Kessel freed 20 Dravian soldiers captured during clashes in 2023, while Dravia released"
            + " 12 Kesseli servicemen.";
    List<Event> es = events(text, PUBLISHED);
    Event freed = es.stream().filter(e -> e.cameo().equals("0841")).findFirst().orElseThrow();
    assertThat(freed.date()).isNull();
    assertThat(es.stream().filter(e -> e.cameo().equals("0841")))
        .extracting(e -> name(e.source()))
        .containsExactly("Kessel", "Dravia");
    assertThat(freed.count().value()).isEqualTo(20);
    assertThat(es).noneMatch(e -> e.cameo().startsWith("19") && e.count() != null);
  }

  @Test
  void makesNoSourceOfTheAntecedentOfAnObjectRelative() {
    String text =
        "The attack was traced to Iron Wolf, which Western governments have blamed for attacks on"
            + " Kessel's power grid.";
    Event blamed = triggered(text, "blamed");
    assertThat(blamed.source()).isNull();
  }

  @Test
  void codesAThreatOfForceFinely() {
    assertThat(
            triggered("Kessel threatened to use force if the talks failed.", "threatened").cameo())
        .isEqualTo("138");
    String action = "Nigeria threatened military action against the junta in Niamey.";
    assertThat(triggered(action, "threatened").cameo()).isEqualTo("138");
    String respond = "Turkey warned it would respond militarily to any incursion.";
    assertThat(triggered(respond, "warned").cameo()).isEqualTo("138");
    String invade = "Dravia has repeatedly threatened to invade the island of Sorn.";
    assertThat(triggered(invade, "threatened").cameo()).isEqualTo("138");
    String walkout = "Kessel threatened to walk out of the talks, and force was not mentioned.";
    assertThat(triggered(walkout, "threatened").cameo()).isEqualTo("130");
  }

  @Test
  void givesACoordinatedVerbTheSubjectOfItsClauseOrNone() {
    List<Event> es =
        events(
            "The government accused Jonas Berg of corruption and vowed to punish him.", PUBLISHED);
    // the threat is the government's, which has no name here: not Berg's
    assertThat(es).noneMatch(e -> e.sourced() && actors(e).getFirst().equals("Jonas Berg"));
    Event killing =
        events(
                "Officer Ingrid Holm, who shot and killed Jonas Berg in Bergen, was suspended.",
                PUBLISHED)
            .getFirst();
    assertThat(actors(killing)).containsExactly("Ingrid Holm", "Jonas Berg");
  }

  @Test
  void readsAnUnresolvedPronounAsNoSourceAndUsedTearGasAsRepression() {
    List<Event> es =
        events(
            "The students want a new rector for Ingrid Holm's college, whom they accuse of"
                + " silencing critics.",
            PUBLISHED);
    assertThat(es).noneMatch(e -> e.sourced() && actors(e).getFirst().equals("Ingrid Holm"));
    Event gas = only(events("Police in Nairobi used tear gas to disperse the crowd.", PUBLISHED));
    assertThat(gas.cameo()).isEqualTo("175");
    assertThat(actors(gas)).containsExactly("Nairobi");
  }

  @Test
  void readsClaimsOfResponsibilityReportersAndAllegationsRight() {
    Event claimed =
        only(
            events(
                    "The Northern Front claimed responsibility for a drone attack on a tanker in"
                        + " the Red Sea.",
                    PUBLISHED)
                .stream()
                .filter(e -> e.cameo().startsWith("18"))
                .toList());
    assertThat(claimed.sourced()).isTrue();
    assertThat(actors(claimed)).containsExactly("Northern Front");
    Event shelled =
        events(
                "Russian forces shelled Kharkiv overnight, killing four civilians, Ukrainian"
                    + " officials said.",
                PUBLISHED)
            .getFirst();
    assertThat(actors(shelled)).doesNotContain("Ukraine");
    List<Event> arrest =
        events("Police in Lagos arrested 12 people suspected of kidnapping a teacher.", PUBLISHED);
    assertThat(arrest).extracting(Event::cameo).containsExactly("173");
    List<Event> accused =
        events(
            "The ministry accused the Northern Front of staging the attack in Marsa.", PUBLISHED);
    assertThat(accused).extracting(Event::cameo).containsExactly("112");
    List<Event> trial =
        events(
            "A court in Varna sentenced three activists to five years in prison on charges of"
                + " organising mass riots.",
            PUBLISHED);
    assertThat(trial).extracting(Event::cameo).containsExactly("173");
    Event held =
        only(
            events(
                "Police in Valora arrested three men suspected of selling drone parts to the"
                    + " Northern Front.",
                PUBLISHED));
    assertThat(actors(held)).doesNotContain("Northern Front");
  }

  @Test
  void keepsTheActorsAndPlaceOfEachCoordinatedClause() {
    List<Event> es =
        events(
            "Hamas fighters fired rockets at Tel Aviv, and Israel responded with air strikes on"
                + " Gaza.",
            PUBLISHED);
    assertThat(es).hasSize(2);
    assertThat(actors(es.get(0))).containsExactly("Hamas");
    assertThat(es.get(0).place().name()).isEqualTo("Tel Aviv");
    assertThat(actors(es.get(1))).containsExactly("Israel", "Gaza Strip");
    assertThat(es.get(1).sourced()).isTrue();
    assertThat(es.get(1).place()).isNull();
  }

  @Test
  void takesNoTargetFromTheCountryWhoseMinistryReports() {
    Event e =
        only(
            events(
                "Sweden and Norway resumed talks on the pipeline on Sunday, Finland's foreign"
                    + " ministry said.",
                PUBLISHED));
    assertThat(actors(e)).doesNotContain("Finland");
  }

  @Test
  void givesACoordinatedVerbTheSubjectAfterTheDateline() {
    String text =
        "GENEVA (Kessel Wire) - The United Nations warned on Monday that famine was near, and"
            + " called on all parties to open the roads.";
    Event e = only(events(text, PUBLISHED));
    assertThat(e.cameo()).isEqualTo("020");
    assertThat(e.sourced()).isTrue();
    assertThat(actors(e)).containsExactly("United Nations");
  }

  @Test
  void readsNoActorInATitleCaseDatelineAndNoCountryInACounterpartsTitle() {
    String text =
        "Varna, March 3 (Kessel Wire) - Chancellor Ingrid Holm met her Turkish counterpart Hakan"
            + " Fidan in Ankara on Monday to discuss a ceasefire.";
    Event e = only(events(text, PUBLISHED));
    assertThat(e.cameo()).isEqualTo("040");
    assertThat(actors(e)).containsExactly("Ingrid Holm", "Hakan Fidan");
  }

  @Test
  void countsThePassiveKillingsSubjectAndLeavesTheWoundedToTheirOwnEvent() {
    List<Event> es =
        events(
            "At least 14 civilians were killed and 40 wounded when shells hit a market in Varna.",
            PUBLISHED);
    Event killed = es.stream().filter(e -> e.cameo().equals("202")).findFirst().orElseThrow();
    assertThat(killed.count().value()).isEqualTo(14);
    Event wounded = es.stream().filter(e -> e.cameo().equals("180")).findFirst().orElseThrow();
    assertThat(wounded.count().what()).isEqualTo("wounded");
    assertThat(es).filteredOn(e -> e.cameo().equals("194")).allMatch(e -> e.count() == null);
  }

  @Test
  void codesAskingSomeoneToActAsARequestButNotAQuestion() {
    String text =
        "Sweden's foreign ministry asked members of the coalition against the Northern Front"
            + " (NF) to speed up the handover of the bases.";
    Event e = only(events(text, PUBLISHED));
    assertThat(e.cameo()).isEqualTo("020");
    assertThat(actors(e)).containsExactly("Sweden");
    assertThat(events("Ingrid Holm asked whether the pipeline would reopen.", PUBLISHED)).isEmpty();
    assertThat(events("Ingrid Holm was asked to resign by Jonas Berg.", PUBLISHED)).isEmpty();
  }

  @Test
  void countsABareNumberAfterAVerbOfCasualties() {
    List<Event> es =
        events(
            "A bomb exploded in a market in Dera, killing at least 30 people and wounding more"
                + " than 50.",
            PUBLISHED);
    Event wounded = es.stream().filter(e -> e.cameo().equals("180")).findFirst().orElseThrow();
    assertThat(wounded.count().value()).isEqualTo(50);
    assertThat(wounded.count().what()).isEqualTo("wounded");
  }

  @Test
  void countsANumberOfItsOwnPeople() {
    Event e = only(events("Norway evacuated 212 of its citizens from Lebanon.", PUBLISHED));
    assertThat(e.count().value()).isEqualTo(212);
    assertThat(e.count().what()).isEqualTo("citizens");
  }

  @Test
  void readsATruceThatTalksAreAboutAsNoTruceAndABrokenOneAsAViolation() {
    List<Event> events =
        events(
            "Dravia and Kessel agreed to a ceasefire on Sunday. Talks on a Varna ceasefire will"
                + " resume in Oslo. The ceasefire was violated within hours near Tarn. Ceasefire"
                + " negotiations stalled. The state was too close to call for hours, and Texas was"
                + " called for Cruz.",
            PUBLISHED);
    assertThat(events).extracting(Event::cameo).containsExactly("0871", "046", "196");
    assertThat(actors(events.getFirst())).containsExactly("Dravia", "Kessel");
    assertThat(events.get(1).place().name()).isEqualTo("Oslo"); // the talks, not a truce
    assertThat(events.get(2).place().name()).isEqualTo("Tarn");
  }

  @Test
  void takesNoActorFromAReporterNamedAfterAPossessedRoleAndAPlaceAfterAPeoplesPort() {
    List<Event> events =
        events(
            "Negotiators will meet in Oslo next week, a day after drones struck an oil depot near"
                + " the Kesseli port of Tarn. The strike killed two workers, Tarn's governor, Ivo"
                + " Marek, said.",
            PUBLISHED);
    Event strike = events.stream().filter(e -> e.cameo().equals("195")).findFirst().orElseThrow();
    assertThat(strike.place().name()).isEqualTo("Tarn");
    Event killing =
        events.stream().filter(e -> e.cameo().startsWith("18")).findFirst().orElseThrow();
    assertThat(actors(killing)).isEmpty();
    assertThat(killing.count().value()).isEqualTo(2);
  }

  @Test
  void readsAnUnknownPeoplesAdjectiveAsItsCountryForAnActor() {
    Event e =
        events(
                "Kessel's army blamed Dravian forces for the strike. Officials in Dravia denied"
                    + " any role.",
                PUBLISHED)
            .stream()
            .filter(x -> x.cameo().equals("112"))
            .findFirst()
            .orElseThrow();
    assertThat(actors(e)).containsExactly("Kessel", "Dravia");
  }

  @Test
  void readsPeopleFlownOutOfDangerAsAnEvacuationWithoutTheReporterAsItsActor() {
    List<Event> events =
        events(
            "About 300 foreign nationals stranded in Tarn will be flown home this week, the United"
                + " Nations said. Norway flew 120 citizens out of Varna on Friday. Minister Lena"
                + " Osei flew home on Sunday.",
            PUBLISHED);
    assertThat(events).extracting(Event::cameo).containsExactly("073", "073");
    assertThat(actors(events.get(0))).isEmpty(); // the United Nations reports it
    assertThat(events.get(0).count().value()).isEqualTo(300);
    assertThat(events.get(0).place().name()).isEqualTo("Tarn");
    assertThat(actors(events.get(1))).first().isEqualTo("Norway");
    assertThat(events.get(1).count().value()).isEqualTo(120);
  }

  @Test
  void readsNoReleaseOfThingsNoThanksToAndNoBrokerByTrade() {
    List<Event> events =
        events(
            "Kessel released a statement on Monday. The town recovered thanks to the rain. A"
                + " golf-course broker in Tampa sold the club. Reporters asked about the release"
                + " of Ingrid Holm's tax returns.",
            PUBLISHED);
    assertThat(events).extracting(Event::cameo).doesNotContain("0841", "051", "045");
  }

  @Test
  void countsKilledInWordsBeforeTheWoundedAndTakesAStateBeforeItsVerbAsNoPlace() {
    List<Event> events =
        events(
            "A car bomb exploded outside a police station in Marsa, killing at least six people"
                + " and wounding 20. Separately, the United States imposed sanctions on three"
                + " firms.",
            PUBLISHED);
    assertThat(events)
        .anyMatch(e -> e.cameo().equals("180") && e.count() != null && e.count().value() == 6);
    Event sanctions =
        events.stream().filter(e -> e.cameo().equals("172")).findFirst().orElseThrow();
    assertThat(sanctions.source().name()).isEqualTo("United States");
    assertThat(sanctions.place()).isNull();
  }

  @Test
  void readsNoEventInATallyOverYearsAndAThreatInAQuotedVow() {
    List<Event> events =
        events(
            "At least 3,000 people have been killed since 2014, according to Conflict Watch."
                + " Defence Minister Karl Osten vowed to \"hunt down every one of the killers\".",
            PUBLISHED);
    assertThat(events).extracting(Event::cameo).containsExactly("130");
  }

  @Test
  void readsNoActInDisastersFiguresOfSpeechOrHopes() {
    List<Event> events =
        events(
            "The pandemic killed 25 million people in Europe. Two people were killed in a car"
                + " crash near Tarn. Rivals seized on the remark. The probe will study Europa's"
                + " icy shell during 45 flybys. The club hopes to announce the deal today.",
            PUBLISHED);
    assertThat(events).isEmpty();
    List<Event> attacks =
        events(
            "Europe saw a flood of migrants and a cascade of terrorist attacks in Paris.",
            PUBLISHED);
    assertThat(attacks).extracting(Event::cameo).containsExactly("180");
  }

  @Test
  void takesNoActorFromADatelineBeforeAColon() {
    List<Event> events =
        events(
            "NEW DELHI: Nearly 150 Indians returned home on Wednesday after being deported"
                + " from the United States.",
            PUBLISHED);
    assertThat(events).noneMatch(e -> actors(e).contains("New Delhi"));
  }

  @Test
  void readsAnIndictmentOnceWithItsFilerAndNoVictimAsItsTargetNorAReactionAsAnother() {
    List<Event> events =
        events(
            "The U.S. Justice Department on Monday unsealed an indictment charging two former"
                + " officials of Varnia's intelligence service with torturing detainees, including"
                + " American citizens. Varnia's government rejected the indictment and summoned"
                + " the U.S. ambassador in protest.",
            PUBLISHED);
    assertThat(events).extracting(Event::cameo).containsExactly("173");
    Event indictment = events.getFirst();
    assertThat(name(indictment.source())).isEqualTo("U.S. Justice Department");
    assertThat(indictment.targets()).extracting(EntityRef::name).doesNotContain("United States");
    assertThat(indictment.count().value()).isEqualTo(2);
  }

  @Test
  void readsNoRequestInTheNounsOfAppealAndRequest() {
    List<Event> events =
        events(
            "Ingrid Holm might agree to Norway's demands to cut tariffs. Her stance holds appeal"
                + " to voters. Jonas Berg did not respond to interview requests.",
            PUBLISHED);
    assertThat(events).extracting(Event::cameo).doesNotContain("100", "020");
  }

  @Test
  void takesNoActorsOfAnEarlierActForANounThatIsAVerbsObject() {
    List<Event> events =
        events(
            "Soldiers in Marsia detained President Jean Tovo on Wednesday. The junta imposed a"
                + " nightly curfew.",
            PUBLISHED);
    assertThat(events).noneMatch(e -> e.cameo().equals("1723") && !e.actors().isEmpty());
  }

  @Test
  void givesACoordinatedVerbTheNameAfterAPeoplesWordThatOpensTheSentence() {
    Event e =
        only(
            events(
                "The West African bloc ECOWAS suspended Marsia and threatened sanctions.",
                PUBLISHED));
    assertThat(e.cameo()).isEqualTo("1312");
    // ECOWAS is in the knowledge base: the event names the bloc by its canonical name
    assertThat(name(e.source())).isEqualTo("Economic Community of West African States");
  }

  @Test
  void countsThePartOfAWholeThatActed() {
    Event e =
        events("Kessel's army said it had shot down 11 of the 14 drones.", PUBLISHED).stream()
            .filter(x -> x.count() != null)
            .findFirst()
            .orElseThrow();
    assertThat(e.count().value()).isEqualTo(11);
    assertThat(e.count().what()).isEqualTo("drones");
  }

  @Test
  void readsNoNewActInAParticipleThatQualifiesAPerson() {
    List<Event> events =
        events(
            "Protesters demanded the release of jailed opposition leader Petr Vasko. Her lead in"
                + " pledged delegates grew.",
            PUBLISHED);
    assertThat(events).extracting(Event::cameo).doesNotContain("173", "030");
  }

  @Test
  void readsTheTownOfAPlaceAndNoCountryInAnEnvoysTitle() {
    List<Event> strike =
        events("An airstrike on Tuesday killed 12 fighters near the town of Olm.", PUBLISHED);
    assertThat(strike).extracting(Event::cameo).containsExactly("195"); // fighters: no massacre
    assertThat(strike.getFirst().count().value()).isEqualTo(12);
    assertThat(strike).allMatch(e -> e.place().name().equals("Olm") && e.actors().isEmpty());
    Event east =
        only(
            events(
                "Air strikes hit hideouts in the mountains east of Kabul on Sunday.", PUBLISHED));
    assertThat(east.place().name()).isEqualTo("Kabul");
    assertThat(east.actors()).isEmpty();
    Event met = only(events("Lena Varga met the Norwegian envoy, Ola Berg, in Kessel.", PUBLISHED));
    assertThat(actors(met)).containsExactly("Lena Varga", "Ola Berg");
  }

  @Test
  void codesABombThatExploded() {
    Event e = only(events("A device exploded outside a market in Mogadishu on Friday.", PUBLISHED));
    assertThat(e.cameo()).startsWith("183");
    assertThat(e.place().name()).isEqualTo("Mogadishu");
  }

  @Test
  void codesAMassKillingWithItsCount() {
    String text =
        "Gunmen attacked a wedding in Kano, and at least 12 people were killed and 30 wounded.";
    List<Event> es = events(text, PUBLISHED);
    Event killing = es.stream().filter(e -> e.cameo().startsWith("20")).findFirst().orElseThrow();
    assertThat(killing.count().value()).isEqualTo(12);
    assertThat(killing.count().what()).isEqualTo("people");
    assertThat(killing.trigger().of(text)).isEqualTo("killed");
    assertThat(killing.place().name()).isEqualTo("Kano");
    assertThat(es).anyMatch(e -> e.cameo().startsWith("18"));
  }

  @Test
  void linksTheCountToWhatIsCounted() {
    String text = "Pakistan evacuated 318 nationals from Lebanon to Islamabad.";
    Event e = only(events(text, PUBLISHED));
    assertThat(actors(e)).first().isEqualTo("Pakistan");
    assertThat(e.count().value()).isEqualTo(318);
    assertThat(e.count().what()).isEqualTo("nationals");
    assertThat(e.count().span().of(text)).isEqualTo("318 nationals");
  }

  @Test
  void putsTheSourceFirstAndTheTargetAfter() {
    Event e = only(events("Ingrid Holm met Jonas Berg in Stockholm.", PUBLISHED));
    assertThat(actors(e)).containsExactly("Ingrid Holm", "Jonas Berg");
    assertThat(e.place().name()).isEqualTo("Stockholm");
  }

  @Test
  void readsThePassiveWithTheAgentAsSource() {
    Event e = only(events("Jonas Berg was arrested by Interpol in Madrid.", PUBLISHED));
    assertThat(actors(e)).containsExactly("Interpol", "Jonas Berg");
  }

  @Test
  void resolvesAPronounSource() {
    List<Event> es =
        events(
            "Ingrid Holm arrived in Oslo on Sunday. She urged Norway to reopen the pipeline.",
            PUBLISHED);
    assertThat(es)
        .anyMatch(e -> e.cameo().equals("020") && actors(e).getFirst().equals("Ingrid Holm"));
  }

  @Test
  void placesAnIndictmentWhereTheCourtSitsNotWhereTheAccusedWorked() {
    Event e =
        only(
            events(
                "A Chicago grand jury indicted Viktor Lenz, a former warden in Minsk, on charges of torture.",
                PUBLISHED));
    assertThat(e.cameo()).isEqualTo("173");
    assertThat(actors(e)).contains("Viktor Lenz");
    assertThat(e.place().name()).isEqualTo("Chicago");
  }

  @Test
  void normalisesAWeekdayToTheLastSuchDayBeforePublication() {
    Event e = only(events("Ingrid Holm met Jonas Berg in Stockholm on Monday.", PUBLISHED));
    assertThat(e.date()).isEqualTo("2024-12-09");
  }

  @Test
  void keepsAWeekdayRelativeWhenThePublicationDateIsUnknown() {
    Event e = only(events("Ingrid Holm met Jonas Berg in Stockholm on Monday.", null));
    assertThat(e.date()).isEqualTo("Monday");
  }

  @Test
  void normalisesMonthsWithYears() {
    assertThat(only(events("Ingrid Holm visited Kyiv in September 2014.", null)).date())
        .isEqualTo("2014-09");
    assertThat(
            only(events("Sweden pledged to evacuate its nationals by September 2025.", PUBLISHED))
                .date())
        .isEqualTo("2025-09");
  }

  @Test
  void ignoresMeetingsThatDidNotHappen() {
    assertThat(events("Ingrid Holm did not meet Jonas Berg in Stockholm.", PUBLISHED)).isEmpty();
  }

  @Test
  void ignoresHypotheticalAttacks() {
    assertThat(events("Russia could attack Finland if the talks fail.", PUBLISHED)).isEmpty();
    assertThat(events("If Russia were to attack Finland, Sweden would respond.", PUBLISHED))
        .noneMatch(e -> e.cameo().startsWith("18"));
  }

  @Test
  void ignoresEventsInsideQuotations() {
    List<Event> es =
        events("“We will never meet Jonas Berg again,” Ingrid Holm said in Oslo.", PUBLISHED);
    assertThat(es).noneMatch(e -> e.cameo().startsWith("04"));
  }

  @Test
  void takesTheActorsOfTheMeetingADefiniteNounRefersTo() {
    List<Event> es =
        events(
            "Ingrid Holm met Jonas Berg on Monday. The meeting took place in Bergen.", PUBLISHED);
    assertThat(es).hasSize(2);
    assertThat(actors(es.get(1))).contains("Ingrid Holm");
    assertThat(es.get(1).place().name()).isEqualTo("Bergen");
  }

  @Test
  void linksEveryFieldToTheWordsItWasReadFrom() {
    String text = "Ingrid Holm met Jonas Berg in Stockholm on Monday.";
    Article a = Article.of(text);
    List<EventEvidence> es =
        new EventExtractor().extractWithEvidence(a.text(), a.analysis(), a.resolution(), PUBLISHED);
    assertThat(es).hasSize(1);
    EventEvidence e = es.getFirst();
    assertThat(e.actors()).extracting(s -> s.of(text)).containsExactly("Ingrid Holm", "Jonas Berg");
    assertThat(e.place().of(text)).isEqualTo("Stockholm");
    assertThat(e.date().of(text)).isEqualTo("Monday");
    assertThat(e.event().trigger().of(text)).isEqualTo("met");
  }

  @Test
  void readsTheDateWordsOfAFullDate() {
    String text = "Police arrested Jonas Berg in Bergen on March 3, 2024.";
    Article a = Article.of(text);
    EventEvidence e =
        new EventExtractor()
            .extractWithEvidence(a.text(), a.analysis(), a.resolution(), null)
            .getFirst();
    assertThat(e.event().date()).isEqualTo("2024-03-03");
    assertThat(e.date().of(text)).isEqualTo("March 3, 2024");
  }

  @Test
  void readsAnAttackOnAPersonWithoutViolenceAsCriticism() {
    Event e = only(events("Ingrid Holm attacked Jonas Berg over his tax plan.", PUBLISHED));
    assertThat(e.cameo()).isEqualTo("111");
  }

  @Test
  void readsAnAttackWithViolenceAsAssault() {
    List<Event> es = events("Gunmen attacked Jonas Berg outside his home in Bergen.", PUBLISHED);
    assertThat(es).anyMatch(e -> e.cameo().equals("180"));
  }

  @Test
  void doesNotReadANounAsItsVerb() {
    assertThat(events("The show's host Jonas Berg laughed at the request.", PUBLISHED)).isEmpty();
  }

  @Test
  void givesANounTriggerInAPrepositionalPhraseNoSubject() {
    assertThat(events("Ingrid Holm said she was awake all night after the attacks.", PUBLISHED))
        .allMatch(e -> !e.cameo().startsWith("18") || e.actors().isEmpty());
  }

  @Test
  void countsRoundNumbersInWords() {
    String text = "Thousands of farmers demonstrated in Brussels against the new tariffs.";
    Event e = only(events(text, PUBLISHED));
    assertThat(e.count().value()).isEqualTo(1000);
    assertThat(e.count().what()).isEqualTo("farmers");
    assertThat(e.count().span().of(text)).isEqualTo("Thousands of farmers");
  }

  @Test
  void readsNoPlaceAfterAtTheAsTheTargetAndNoDemandInInsisting() {
    String text = "Police arrested Jonas Berg at the Capitol on Monday.";
    Event e = only(events(text, PUBLISHED));
    assertThat(e.actors()).extracting(r -> r.name()).doesNotContain("Capitol");
    assertThat(events("Ingrid Holm insisted she had different questions.", PUBLISHED))
        .noneMatch(x -> x.cameo().startsWith("10"));
  }

  @Test
  void readsNoDatelineAsAnActor() {
    String text = "LISBON - European ministers gathered Friday to discuss the harbour crisis.";
    assertThat(events(text, PUBLISHED))
        .allSatisfy(e -> assertThat(e.actors()).extracting(r -> r.name()).doesNotContain("Lisbon"));
  }

  @Test
  void keepsTwoEventsOfOneKindInOneSentenceEachWithItsPlaceAndCount() {
    List<Event> events =
        events(
            "Gunmen killed 12 soldiers in Aleppo on Monday and killed four police officers in"
                + " Homs on Tuesday.",
            PUBLISHED);
    assertThat(events).extracting(e -> e.place().name()).containsExactly("Aleppo", "Homs");
    assertThat(events).extracting(e -> e.count().value()).containsExactly(12L, 4L);
    assertThat(events).extracting(Event::cameo).containsExactly("190", "180"); // soldiers: war
    String civilians = "Gunmen killed 12 villagers in Aleppo on Monday.";
    assertThat(only(events(civilians, PUBLISHED)).cameo()).isEqualTo("202");
  }

  @Test
  void reportsArrestsWithACountAndNoNamedActor() {
    Event e = only(events("Police arrested three protesters in Aleppo on Monday.", PUBLISHED));
    assertThat(e.cameo()).startsWith("17");
    assertThat(e.count().value()).isEqualTo(3);
    assertThat(e.place().name()).isEqualTo("Aleppo");
  }

  @Test
  void codesNoEventForWordsThatOnlyLookLikeTriggers() {
    String text =
        "The harbour board has been meeting its safety standards since May. "
            + "As ferries stopped, demand from Kessel for coal cooled in the spring. "
            + "The Ruth Adler campaign did not immediately respond to requests for comment. "
            + "As you pointed out, Ruth, the fans caused riot cautions in Kessel.";
    assertThat(events(text, PUBLISHED)).isEmpty();
    String meeting = "Ingrid Holm is meeting Jonas Berg in Stockholm on Monday.";
    assertThat(events(meeting, PUBLISHED)).extracting(Event::cameo).contains("040");
  }

  @Test
  void tellsAVerbalAttackFromAViolentOneByItsTargetAndReason() {
    String after = "After the harbour attacks, Mayor Ruth Adler closed the pier.";
    assertThat(events(after, PUBLISHED))
        .filteredOn(e -> e.trigger().of(after).equals("attacks"))
        .extracting(Event::cameo)
        .containsExactly("180");
    String reason = "Tomas Berg attacked Ruth Adler for her support of military patrols at sea.";
    assertThat(events(reason, PUBLISHED))
        .filteredOn(e -> e.trigger().of(reason).equals("attacked"))
        .extracting(Event::cameo)
        .containsExactly("111");
    String moderators = "Tomas Berg repeated his attacks on the moderators at the debate.";
    assertThat(events(moderators, PUBLISHED))
        .filteredOn(e -> e.trigger().of(moderators).equals("attacks"))
        .extracting(Event::cameo)
        .containsExactly("111");
  }

  @Test
  void takesNoReporterOfAnEventForItsActor() {
    String said =
        "The World Health Organization said at least 14 civilians were killed in Kessel on Sunday.";
    String according =
        "According to the World Health Organization (WHO), at least 14 civilians were killed in"
            + " Kessel on Sunday.";
    for (String text : List.of(said, according)) {
      assertThat(events(text, PUBLISHED))
          .isNotEmpty()
          .allSatisfy(e -> assertThat(actors(e)).doesNotContain("World Health Organization"));
    }
  }

  private static Event triggered(String text, String trigger) {
    return events(text, PUBLISHED).stream()
        .filter(e -> e.trigger().of(text).equals(trigger))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no event at '" + trigger + "' in " + text));
  }

  private static String name(EntityRef r) {
    return r == null ? null : r.name();
  }

  @Test
  void codesSendingReliefAsAidButNotSendingTroopsOrLetters() {
    Event e = triggered("The World Health Organization sent 4 tonnes of medical supplies.", "sent");
    assertThat(e.cameo()).isEqualTo("073");
    assertThat(e.count().value()).isEqualTo(4);
    for (String none :
        List.of(
            "Dravia sent 2,000 troops to the border.",
            "The minister sent a letter to the food agency.")) {
      assertThat(events(none, PUBLISHED)).noneMatch(x -> x.cameo().startsWith("07"));
    }
  }

  @Test
  void readsSanctionsWithTheirImposerAndCountPastADatelineAndADay() {
    Event e =
        only(
            events(
                "BRUSSELS, May 14 (Harbour Wire) - The European Union on Monday imposed sanctions"
                    + " on 14 officials.",
                PUBLISHED));
    assertThat(e.cameo()).isEqualTo("172");
    assertThat(name(e.source())).isEqualTo("European Union");
    assertThat(actors(e)).doesNotContain("Harbour Wire");
    assertThat(e.count().value()).isEqualTo(14);
    // a sanction named as a thing, and an act someone is barred from, are no events
    assertThat(
            events(
                "The sanctions freeze their assets and ban them from travelling to Brussels.",
                PUBLISHED))
        .isEmpty();
  }

  @Test
  void givesACoordinatedVerbTheNameAfterARoleThatOpensTheSentence() {
    Event e =
        triggered(
            "Opposition leader Elena Petrova, who was released on bail last week, called the"
                + " sanctions a first step and urged Sweden to act.",
            "urged");
    assertThat(name(e.source())).isEqualTo("Elena Petrova");
  }

  @Test
  void readsItAsTheCountryThatOpensItsSentence() {
    String text =
        "TARN, Dravia (Harbour Wire) - The Red Crescent counted the dead.\n\nTurkey said it had"
            + " evacuated 412 of its citizens by bus to the border town of Kilis.";
    Event e = triggered(text, "evacuated");
    assertThat(name(e.source())).isEqualTo("Turkey");
    assertThat(e.place().name()).isEqualTo("Kilis");
    assertThat(actors(e)).doesNotContain("Kilis");
  }

  @Test
  void codesAMeetingToComeAsIntentAndAnAllegedShellingAsNoEvent() {
    Event meet = triggered("The European Council will meet in Brussels on March 17.", "meet");
    assertThat(meet.cameo()).isEqualTo("036");
    assertThat(triggered("The European Council met in Brussels on March 17.", "met").cameo())
        .isEqualTo("040");
    assertThat(
            events(
                "General Sami Rahal accused the army of violating the truce by shelling the city"
                    + " late on Wednesday.",
                PUBLISHED))
        .extracting(Event::cameo)
        .containsExactly("112");
  }

  @Test
  void takesNoTargetFromTheDemonymBeforeAPersonsTitle() {
    Event e =
        triggered(
            "The decision followed talks with Varnian Prime Minister Ana Kovac in Geneva last"
                + " week.",
            "talks");
    assertThat(actors(e)).containsExactly("Ana Kovac");
  }

  @Test
  void codesSeizingPeopleAsAnAbductionAndSeizingThingsAsSeizure() {
    assertThat(triggered("Armed men seized two observers near the town of Olm.", "seized").cameo())
        .isEqualTo("181");
    assertThat(
            triggered(
                    "The mission said its two observers were seized near the town of Olm.",
                    "seized")
                .cameo())
        .isEqualTo("181");
    assertThat(events("The Northern Front seized weapons at the base in Olm.", PUBLISHED))
        .extracting(Event::cameo)
        .doesNotContain("181");
  }

  @Test
  void takesBothCoordinatedPartiesOfAJointAct() {
    Event signed = triggered("Sweden and Norway signed an agreement on fishing rights.", "signed");
    assertThat(actors(signed)).containsExactly("Sweden", "Norway");
    Event fired = triggered("Hamas and Hezbollah fired rockets at Haifa.", "fired");
    assertThat(actors(fired)).doesNotContain("Hezbollah"); // a joint attack has no target in it
  }

  @Test
  void readsTheNameAfterAnAdjectiveAsTheSubjectOfACoordinatedVerb() {
    Event e =
        triggered(
            "In Varna, the nationalist Homeland Party denounced the deal as a betrayal and"
                + " threatened to bring down the government.",
            "threatened");
    assertThat(e.cameo()).isEqualTo("130");
    assertThat(name(e.source())).isEqualTo("Homeland Party");
  }

  @Test
  void leavesTheObjectsOfANextVerbToThatVerb() {
    Event urged =
        triggered(
            "Elena Petrova urged Sweden to freeze the assets of Dmitri Orlov's family.", "urged");
    assertThat(actors(urged)).containsExactly("Elena Petrova", "Sweden");
    Event condemned =
        triggered(
            "Russia condemned the EU move and said it would veto any resolution on Varnia.",
            "condemned");
    assertThat(actors(condemned)).doesNotContain("Varnia");
  }

  @Test
  void readsReliefDeliveredByAnOrganisationsOwnTeams() {
    Event e =
        triggered(
            "The ICRC said its teams had delivered food and water to two hospitals in Tarn.",
            "delivered");
    assertThat(e.cameo()).startsWith("07");
    assertThat(name(e.source())).isEqualTo("International Committee of the Red Cross");
    assertThat(
            events(
                "The agency needs to provide food and blankets to 40,000 people in Tarn.",
                PUBLISHED))
        .isEmpty();
  }

  @Test
  void codesFiringAndStrikesByWhatIsFiredAndStruck() {
    String rockets = "Hamas fired two rockets at Ashkelon on Sunday.";
    Event fired = triggered(rockets, "fired");
    assertThat(fired.cameo()).isEqualTo("195");
    assertThat(name(fired.source())).isEqualTo("Hamas");
    assertThat(fired.place().name()).isEqualTo("Ashkelon");
    assertThat(triggered("Rebels fired mortar shells at the airport in Kessel.", "fired").cameo())
        .isEqualTo("194");
    assertThat(
            triggered("Army helicopters struck targets near the village of Bel.", "struck").cameo())
        .isEqualTo("195");
    Event struck = triggered("Israel struck targets in Gaza overnight.", "struck");
    assertThat(struck.cameo()).isEqualTo("190");
    assertThat(name(struck.source())).isEqualTo("Israel");
    for (String none :
        List.of(
            "Ingrid Holm struck a deal with the union on Friday.",
            "The court struck down the law in Sweden.",
            "Ingrid Holm struck populist notes in her speech.",
            "The board fired the manager of the Oslo office.")) {
      assertThat(events(none, PUBLISHED))
          .extracting(Event::cameo)
          .noneMatch(c -> c.startsWith("19"));
    }
  }

  @Test
  void readsThePlaceAfterNearOrThroughAndNoReporterAfterTheEvent() {
    String text =
        "Turkish forces shelled Kurdish positions near Kobani on Monday, the Syrian Observatory"
            + " said.";
    Event e = triggered(text, "shelled");
    assertThat(e.place().name()).isEqualTo("Kobani");
    assertThat(actors(e)).containsExactly("Turkey");
    String march =
        "Protesters marched through Nairobi on Tuesday demanding the resignation of Tomas Berg.";
    Event marched = triggered(march, "marched");
    assertThat(marched.place().name()).isEqualTo("Nairobi");
    assertThat(marched.source()).isNull();
    assertThat(marched.targets()).extracting(EntityRef::name).containsExactly("Tomas Berg");
  }

  @Test
  void givesANounTriggerOnlyTheSourceNamedWithIt() {
    String text = "The United Nations condemned the attack, which killed 40 civilians in Darfur.";
    assertThat(name(triggered(text, "condemned").source())).isEqualTo("United Nations");
    assertThat(triggered(text, "attack").source()).isNull();
    assertThat(triggered(text, "killed").actors())
        .extracting(EntityRef::name)
        .doesNotContain("United Nations");
    String owned = "Ingrid Holm's long-awaited 2024 visit to Kyiv ended on Friday.";
    assertThat(name(triggered(owned, "visit").source())).isEqualTo("Ingrid Holm");
    String light = "Russian jets carried out airstrikes on Kessel overnight.";
    assertThat(name(triggered(light, "airstrikes").source())).isEqualTo("Russia");
  }

  @Test
  void readsTheTargetOfHimAndNoSourceInAPassiveWithoutAnAgentName() {
    String text = "Ingrid Holm met Jonas Berg in Oslo and urged him to reopen the pipeline.";
    Event urged = triggered(text, "urged");
    assertThat(name(urged.source())).isEqualTo("Ingrid Holm");
    assertThat(urged.targets()).extracting(EntityRef::name).containsExactly("Jonas Berg");
    String passive = "Jonas Berg was arrested by police in Bergen on Friday.";
    Event arrested = triggered(passive, "arrested");
    assertThat(arrested.source()).isNull();
    assertThat(arrested.targets()).extracting(EntityRef::name).containsExactly("Jonas Berg");
  }

  @Test
  void codesACeasefireWithTheSubjectOfTheVerbThatMadeIt() {
    String agreed = "Russia agreed to a ceasefire in Donetsk on Friday.";
    Event e = triggered(agreed, "ceasefire");
    assertThat(e.cameo()).isEqualTo("0871");
    assertThat(name(e.source())).isEqualTo("Russia");
    String brokered = "Qatar brokered a truce between Israel and Hamas.";
    assertThat(name(triggered(brokered, "truce").source())).isEqualTo("Qatar");
    assertThat(events("Russia agreed to attack Donetsk on Friday.", PUBLISHED))
        .extracting(Event::cameo)
        .noneMatch(c -> c.startsWith("18"));
  }

  @Test
  void codesGunningDownAsAKillingByItsCountAndShootingDownAsFighting() {
    String text = "Gunmen gunned down three police officers in Kabul on Sunday.";
    Event e = triggered(text, "gunned");
    assertThat(e.cameo()).isEqualTo("180");
    assertThat(e.count().value()).isEqualTo(3);
    assertThat(e.place().name()).isEqualTo("Kabul");
    String plane = "Turkey shot down a Russian bomber near the Syrian border.";
    assertThat(triggered(plane, "shot").cameo()).isEqualTo("190");
  }

  @Test
  void countsABareNumberBeforeAPassiveAndNoSourceOfTheReport() {
    String arrests = "At least 12 people were injured and 37 were arrested, the ministry said.";
    Event arrested = triggered(arrests, "arrested");
    assertThat(arrested.count().value()).isEqualTo(37);
    assertThat(arrested.count().what()).isEqualTo("arrested");
    String veterans = "Veterans in 2014 were killing themselves at a quickening pace.";
    assertThat(events(veterans, PUBLISHED)).allMatch(e -> e.count() == null);
    String sourced = "Police in Tarn detained Ana Kovac, according to two officials.";
    assertThat(triggered(sourced, "detained").count()).isNull();
    String comma = // a comma before "was" is no number (it once failed the whole article)
        "Ana Kovac, who fled to Tarn after protests toppled her government in 2024, was charged"
            + " in absentia in March.";
    Event charged = triggered(comma, "charged");
    assertThat(charged.count()).isNull();
    assertThat(charged.place()).isNull(); // where she fled is not where she was charged
    String days = "Two days after the vote, thousands of people rallied in Tarn.";
    assertThat(triggered(days, "rallied").count().value()).isEqualTo(1000);
  }

  @Test
  void codesAMeetingAfterATripOrAPlanAsOneIntentToMeetWithItsTarget() {
    String text =
        "Kessel's President Ana Kovac will travel to Kessa next week to meet Oren Vask, according"
            + " to two officials.";
    Event e = only(events(text, PUBLISHED));
    assertThat(e.cameo()).isEqualTo("036");
    assertThat(actors(e)).containsExactly("Ana Kovac", "Oren Vask");
    String planned = "Oren Vask is expected to visit Tarn on Monday.";
    assertThat(triggered(planned, "visit").cameo()).isEqualTo("036");
    assertThat(name(triggered(planned, "visit").source())).isEqualTo("Oren Vask");
    String past = "Ana Kovac travelled to Kessa last week to meet Oren Vask.";
    assertThat(triggered(past, "meet").cameo()).isEqualTo("040");
  }

  @Test
  void codesACrowdClashingWithPoliceAsARiotAndArmiesClashingAsFighting() {
    String riot = "Protesters clashed with police in Kessa on Friday.";
    assertThat(triggered(riot, "clashed").cameo()).isEqualTo("145");
    String war = "Rebels clashed with government troops near Kessa on Friday.";
    assertThat(triggered(war, "clashed").cameo()).isEqualTo("190");
  }

  @Test
  void readsAWordThatIsBothAVerbAndANounTriggerByItsPlace() {
    assertThat(triggered("Oren Vask will visit Tarn on Monday.", "visit").cameo())
        .isEqualTo("036"); // the verb, to come; not the noun "visit"
    String condemned = "Ana Kovac condemned the Tarn attack, which killed 12 people.";
    assertThat(triggered(condemned, "condemned").cameo()).isEqualTo("111");
    assertThat(events(condemned, PUBLISHED))
        .filteredOn(e -> e.cameo().startsWith("18"))
        .allMatch(e -> !actors(e).contains("Ana Kovac"));
    Event rally = triggered("Ana Kovac invited Oren Vask to a rally in Tarn.", "rally");
    assertThat(rally.cameo()).isEqualTo("141");
  }

  @Test
  void codesNoEventForAnActRefusedTriedOrOnlySpokenOf() {
    for (String text :
        List.of(
            "Ana Kovac refused to visit Tarn.",
            "Ana Kovac refrained from attacking Oren Vask.",
            "Ana Kovac hasn’t attacked Oren Vask.",
            "Ana Kovac tried to arrest Oren Vask.",
            "Ana Kovac warned Oren Vask against visiting Tarn.",
            "His rallying cry for reform won Ana Kovac the vote.",
            "Ana Kovac will appeal the verdict, her lawyer said.")) {
      assertThat(events(text, PUBLISHED)).as(text).isEmpty();
    }
  }

  @Test
  void countsTheKilledOfAHeadlineAndNoActOfThoseKilled() {
    Event e = triggered("Drone strike kills 9 at wedding in northern Kessel", "kills");
    assertThat(e.count().value()).isEqualTo(9);
    String those = "“They were dancing,” said Yusuf Adan, whose brother was among those killed.";
    assertThat(events(those, PUBLISHED)).isEmpty();
  }

  @Test
  void readsAgentsAfterByOverTitlesAndACoordinatedCounterpart() {
    String signed =
        "The agreement was signed by Foreign Minister Lena Osei and her counterpart, Jonas"
            + " Brandt.";
    assertThat(actors(triggered(signed, "signed"))).containsExactly("Lena Osei", "Jonas Brandt");
    String hosted = "Ana Kovac spoke at a town hall hosted by Harbour Radio on Monday.";
    Event host = triggered(hosted, "hosted");
    assertThat(actors(host)).containsExactly("Harbour Radio"); // not the one who spoke there
    String killed = "Oren Vask, who was unarmed, was shot and killed by Harbour Police.";
    assertThat(actors(triggered(killed, "killed"))).contains("Oren Vask");
  }

  @Test
  void codesATruceAgreedAfterATimeWithBothParties() {
    String text = "Dravia and Kessel agreed on Sunday to a 30-day ceasefire along their border.";
    Event e = triggered(text, "ceasefire");
    assertThat(e.cameo()).isEqualTo("0871");
    assertThat(actors(e)).containsExactly("Dravia", "Kessel");
  }

  @Test
  void codesReliefDeliveredAsAidAndNoActInTheWoundedBeingTreated() {
    String text =
        "The Red Cross said its teams had delivered medical supplies to two hospitals in Marsa,"
            + " where doctors are treating hundreds of wounded.";
    assertThat(events(text, PUBLISHED)).extracting(Event::cameo).containsExactly("073");
  }

  @Test
  void codesGroundSeizedAsOccupationWithThePlaceTaken() {
    String text =
        "Rebels of the Kessel Liberation Front seized the town of Bel, 40 km north of Marsa, on"
            + " Tuesday.";
    Event e = triggered(text, "seized");
    assertThat(e.cameo()).isEqualTo("192");
    assertThat(e.place().name()).isEqualTo("Bel");
    assertThat(name(e.source())).isEqualTo("Kessel Liberation Front");
    assertThat(events("Police seized weapons in Marsa on Monday.", PUBLISHED))
        .extracting(Event::cameo)
        .doesNotContain("192");
  }

  @Test
  void readsAShipSeizedAsPropertyOfTheCountryWhosePeoplesWordNamesIt() {
    String text =
        "Tanker seized\n\nPORTO LEMO, March 4 (Harbour Wire) - Dravian naval commandos boarded and"
            + " seized a Kesseli oil tanker on Tuesday. Kessel denied it, and Dravia did not"
            + " comment.";
    Event e = triggered(text, "seized");
    assertThat(e.cameo()).isEqualTo("171");
    assertThat(name(e.source())).isEqualTo("Dravia");
    assertThat(e.targets()).extracting(EntityRef::name).containsExactly("Kessel");
    assertThat(e.place()).isNull();
    assertThat(e.date()).isEqualTo("2024-12-10"); // Tuesday, not the dateline's March 4
    String dated = "TARN, March 4 (Harbour Wire) - Dravian commandos seized a tanker.";
    assertThat(triggered("Tanker seized\n\n" + dated + " Dravia said so.", "seized").date())
        .isEqualTo("2024-03-04");
  }

  @Test
  void givesTheStateWhosePeoplesWordQualifiesItsForcesTheirActsAndWhatFollowsThem() {
    String text =
        "Depot hit\n\nThe seizure came two weeks after Kesseli drones struck a Dravian fuel depot"
            + " near Osk, killing four workers. Kessel denied it, and Dravia did not comment.";
    Event struck = triggered(text, "struck");
    assertThat(name(struck.source())).isEqualTo("Kessel");
    assertThat(struck.targets()).extracting(EntityRef::name).containsExactly("Dravia");
    Event killing = triggered(text, "killing");
    assertThat(name(killing.source())).isEqualTo("Kessel");
    assertThat(killing.count()).isNotNull();
  }

  @Test
  void takesNoReporterNamedAfterAnInvertedVerbOfSayingForATarget() {
    String text =
        "At least three people were killed and dozens injured, said the Marsian Red Cross.";
    assertThat(events(text, PUBLISHED))
        .isNotEmpty()
        .allSatisfy(e -> assertThat(actors(e)).doesNotContain("Marsian Red Cross"));
  }

  @Test
  void readsNoNewActInPeopleCountedAsWoundedBefore() {
    String text =
        "Jens Larke of the United Nations called on all parties to allow the evacuation of 200"
            + " wounded people.";
    assertThat(events(text, PUBLISHED)).extracting(Event::cameo).containsExactly("020");
    String killed = "At least 14 civilians were killed and 40 wounded when shells hit Varna.";
    assertThat(events(killed, PUBLISHED)).extracting(Event::cameo).contains("180");
  }

  @Test
  void codesFormalComplaintsRecalledEnvoysAndVerdicts() {
    String note =
        "Varnia lodged a formal protest with Kessel, a spokeswoman, Ilsa Marr, told reporters.";
    Event protest = triggered(note, "protest");
    assertThat(protest.cameo()).isEqualTo("114");
    assertThat(actors(protest)).doesNotContain("Ilsa Marr");
    Event handed =
        triggered(
            "Varnia summoned the Kesseli ambassador and handed him a note of protest.", "protest");
    assertThat(handed.cameo()).isEqualTo("114");
    assertThat(name(handed.source())).isEqualTo("Varnia");
    String envoy = "Varnia handed the charge d'affaires a note of protest on Friday.";
    assertThat(events(envoy, PUBLISHED)).extracting(Event::cameo).containsExactly("114");
    Event recalled = triggered("In March, Varnia recalled its ambassador from Kessel.", "recalled");
    assertThat(recalled.cameo()).isEqualTo("161");
    assertThat(name(recalled.source())).isEqualTo("Varnia");
    Event severed = triggered("Varnia severed diplomatic ties with Kessel in May.", "severed");
    assertThat(severed.cameo()).isEqualTo("161");
    Event found = triggered("Judges found Viktor Hale guilty of war crimes on Monday.", "found");
    assertThat(found.cameo()).isEqualTo("116");
    assertThat(found.targets()).extracting(EntityRef::name).containsExactly("Viktor Hale");
    assertThat(events("Police found Viktor Hale at home in Varna.", PUBLISHED))
        .extracting(Event::cameo)
        .doesNotContain("116");
    String recognised =
        "Relations have soured since Kessel recognised the breakaway region of Sorn last year.";
    Event e = triggered(recognised, "recognised");
    assertThat(e.cameo()).isEqualTo("054");
    assertThat(actors(e)).containsExactly("Kessel", "Sorn");
    assertThat(events("Historians recognize this calamity for what it is.", PUBLISHED)).isEmpty();
  }

  @Test
  void codesAReliefConvoyReachingAPlaceAsAid() {
    String text =
        "A United Nations convoy of 18 trucks carrying food and medicine reached the besieged city"
            + " of Harran on Thursday.";
    Event e = triggered(text, "reached");
    assertThat(e.cameo()).isEqualTo("073");
    assertThat(name(e.source())).isEqualTo("United Nations");
    assertThat(events("A convoy of tanks reached the border on Thursday.", PUBLISHED)).isEmpty();
  }

  @Test
  void readsNoAppealInASourcesTerms() {
    String text =
        "A White House official, who requested anonymity to discuss the call, said the talks went"
            + " on.";
    assertThat(events(text, PUBLISHED)).extracting(Event::cameo).doesNotContain("020");
  }

  @Test
  void givesWhoClaimsResponsibilityAfterwardsTheAttacksBefore() {
    String text =
        "Market bombing\n\nA suicide bomber blew himself up in a market in Kira on Friday,"
            + " killing at least 23 people. The Northern Front, an armed group, claimed"
            + " responsibility in a statement on Saturday.";
    Event killing = triggered(text, "killing");
    assertThat(killing.sourced()).isTrue();
    assertThat(name(killing.source())).isEqualTo("Northern Front");
    String other =
        "A bomb killed 23 people in Kira on Friday. Police arrested two men on Saturday. Ten"
            + " sentences later, the Northern Front claimed responsibility.";
    assertThat(triggered(other, "arrested").sourced()).isFalse();
  }

  @Test
  void readsThePronounOpeningReportedWordsAsWhoeverSaysThem() {
    String text =
        "Floods hit Varnia.\n\nIn a statement, Varnia's foreign ministry said it had sent boats"
            + " and tents to the flooded areas.";
    Event e = triggered(text, "sent");
    assertThat(e.cameo()).isEqualTo("073");
    assertThat(name(e.source())).isEqualTo("Varnia");
  }

  @Test
  void takesNoPlaceFromAnotherActAfterTheTrigger() {
    String text =
        "Security services arrested two men suspected of passing secrets to Kessel. The"
            + " government of Kessel denied it.";
    Event e = triggered(text, "arrested");
    assertThat(e.place()).isNull();
    Event flown = triggered("Kessel deported 40 migrants to Tarsa on Monday.", "deported");
    assertThat(flown.place()).isNotNull();
  }

  @Test
  void readsNoNewAttackInARanking() {
    String text =
        "It was the deadliest attack in Dravia since 2019, when 41 people died in a bombing at a"
            + " bus station in the capital.";
    assertThat(events(text, PUBLISHED))
        .singleElement()
        .satisfies(e -> assertThat(e.cameo()).isEqualTo("183"));
  }

  @Test
  void endsTheObjectsOfAnAsidesVerbAtTheMainVerb() {
    String text =
        "The Northern Front, an armed group that has fought the army for a decade, claimed"
            + " responsibility in a statement on its Telegram channel.";
    assertThat(events(text, PUBLISHED))
        .allSatisfy(e -> assertThat(actors(e)).doesNotContain("Telegram"));
  }

  @Test
  void makesNoSourceOfTheTargetWhenTheSubjectIsTheDateline() {
    String text =
        "Verdict\n\nTHE HAGUE, May 20 (Harbour Wire) - An international tribunal on Monday"
            + " sentenced former general Viktor Hale to life in prison.";
    Event e = triggered(text, "sentenced");
    assertThat(e.source()).isNull();
    assertThat(e.targets()).extracting(EntityRef::name).containsExactly("Viktor Hale");
  }

  @Test
  void seeksASubjectInTheClauseOfTheTriggerOnly() {
    String text =
        "Marsia's government welcomed the ruling, but nationalist groups staged a rally in"
            + " support of Viktor Hale in the capital, Alba, on Monday.";
    Event rally = triggered(text, "rally");
    assertThat(rally.sourced()).isFalse();
    assertThat(actors(rally)).doesNotContain("Marsia");
    String pronoun =
        "Ruth Adler did not question the ruling of Tomas Berg, but she did call for an inquiry.";
    Event call = triggered(pronoun, "call");
    assertThat(name(call.source())).isEqualTo("Ruth Adler");
  }

  @Test
  void takesNoTargetFromAPossessiveHer() {
    String text =
        "President Ilie Tovo won a fourth term. Opposition leader Dana Merel urged her supporters"
            + " to stay in the streets.";
    Event e = triggered(text, "urged");
    assertThat(actors(e)).containsExactly("Dana Merel");
    Event urged = triggered("Ilie Tovo met Dana Merel and urged her to stay.", "urged");
    assertThat(urged.targets()).extracting(EntityRef::name).containsExactly("Dana Merel");
  }

  @Test
  void readsTalksMediatedByABodyAsItsMediation() {
    String text =
        "Government forces let the trucks pass after three days of talks mediated by the"
            + " International Committee of the Red Cross.";
    Event e = only(events(text, PUBLISHED));
    assertThat(e.cameo()).isEqualTo("045");
    assertThat(e.sourced()).isTrue();
    assertThat(name(e.source())).isEqualTo("International Committee of the Red Cross");
  }

  @Test
  void givesNoSubjectToTheVictimsOfAnActNamedAfterThem() {
    String text =
        "President Ana Kovac met relatives of the 49 people killed on Thursday and said the"
            + " country must act.";
    assertThat(events(text, PUBLISHED))
        .filteredOn(e -> e.cameo().startsWith("18") || e.cameo().startsWith("20"))
        .allSatisfy(e -> assertThat(actors(e)).doesNotContain("Ana Kovac"));
  }

  @Test
  void readsCountriesUrgedAsTargetsAndTheCapitalMarchedThroughAsThePlace() {
    Event urged = triggered("Nadia Petrova urged the United States and Britain to act.", "urged");
    assertThat(actors(urged)).containsExactly("Nadia Petrova", "United States", "United Kingdom");
    assertThat(urged.place()).isNull();
    String march = "Tens of thousands of people marched through the capital, Varna, on Saturday.";
    Event marched = triggered(march, "marched");
    assertThat(marched.place().name()).isEqualTo("Varna");
    assertThat(marched.actors()).isEmpty();
  }

  @Test
  void codesNoEventForTheWordsOfCommerceSportAndLeisure() {
    for (String text :
        List.of(
            "Harbour Motors says it will offer better gas mileage on the new model.",
            "Ruth Adler offered a spirited defense of the harbour bill on Tuesday.",
            "The Harbour Volt has 120 kW charging for long trips.",
            "Here is how to go about signing up for Harbour Radio's new plan.",
            "Adler and Berg rallied to defeat Reyes and Holm in the doubles final.",
            "A Kessel official, who asked not to be identified, described the talks.",
            "Ruth Adler loves traveling, reading and cooking.",
            "Kessel asked Dravia to provide some relief from the new tariffs.",
            "Ana Kovac, a former general who seized power in a coup in April, spoke.")) {
      assertThat(events(text, PUBLISHED))
          .as(text)
          .extracting(Event::cameo)
          .noneMatch(c -> Set.of("030", "173", "057", "141", "042", "073", "171").contains(c));
    }
    assertThat(triggered("Qatar offered to mediate between Kessel and Dravia.", "offered").cameo())
        .isEqualTo("030");
    assertThat(triggered("Police charged Oren Vask with fraud on Monday.", "charged").cameo())
        .isEqualTo("173");
  }

  @Test
  void codesAWarningThatAViolationWillBeAnsweredAsAThreat() {
    String text = "Jonas Brandt warned that any violation of the truce will be answered.";
    Event e = triggered(text, "warned");
    assertThat(e.cameo()).isEqualTo("130");
    assertThat(name(e.source())).isEqualTo("Jonas Brandt");
    String questions = "Jonas Brandt vowed to answer every question from the committee.";
    assertThat(events(questions, PUBLISHED)).extracting(Event::cameo).doesNotContain("130");
  }

  @Test
  void codesHostagesTakenBesidesTheKillingAndPoliceKilledAsAnAttack() {
    String text = "Gunmen killed 11 officers and took three hostage in Sala on Tuesday.";
    List<Event> events = events(text, PUBLISHED);
    assertThat(events).extracting(Event::cameo).containsExactly("180", "181");
    assertThat(events.get(1).count().value()).isEqualTo(3);
    String vowed = "Interior Minister Pavel Orlov vowed to hunt down the attackers.";
    assertThat(triggered(vowed, "vowed").cameo()).isEqualTo("130");
    String revenge =
        "The attack was revenge for the arrest of its commander, Ilya Dorn, last month.";
    assertThat(events(revenge, PUBLISHED))
        .filteredOn(e -> e.cameo().startsWith("18"))
        .noneMatch(e -> actors(e).contains("Ilya Dorn"));
  }

  @Test
  void endsTheObjectsAtACommentOnTheWholeAct() {
    String text =
        "A court in Varna sentenced Dario Melnik to 20 years in prison, the first conviction of an"
            + " official of President Tomas Rell.";
    Event e = triggered(text, "sentenced");
    assertThat(actors(e)).contains("Dario Melnik").doesNotContain("Tomas Rell");
  }
}
