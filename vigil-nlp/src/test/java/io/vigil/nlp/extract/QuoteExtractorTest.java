package io.vigil.nlp.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigil.model.Quote;
import io.vigil.nlp.kb.KnowledgeBase;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteExtractorTest {

  private static List<Quote> quotes(String text) {
    Article a = Article.of(text);
    return new QuoteExtractor(QuoteExtractor.capitals(KnowledgeBase::bundled))
        .extract(a.text(), a.analysis(), a.resolution());
  }

  private static Quote only(List<Quote> quotes) {
    assertThat(quotes).hasSize(1);
    return quotes.getFirst();
  }

  private static String speaker(Quote q) {
    return q.speaker() == null ? null : q.speaker().name();
  }

  @Test
  void attributesCurlyQuoteToTheNameAfterIt() {
    String text = "“We will rebuild the bridge within a year,” Mayor Anna Kowalski said on Friday.";
    Quote q = only(quotes(text));
    assertThat(q.text()).isEqualTo("We will rebuild the bridge within a year");
    assertThat(q.direct()).isTrue();
    assertThat(speaker(q)).isEqualTo("Anna Kowalski");
    assertThat(q.cue().of(text)).isEqualTo("said");
    assertThat(q.speakerSpan().of(text)).isEqualTo("Anna Kowalski");
    assertThat(q.span().of(text)).isEqualTo(q.text());
  }

  @Test
  void attributesStraightQuoteToTheSpeakerBeforeIt() {
    String text =
        "Anna Kowalski told reporters: \"The money for the bridge is already in the bank.\"";
    Quote q = only(quotes(text));
    assertThat(q.text()).startsWith("The money for the bridge");
    assertThat(speaker(q)).isEqualTo("Anna Kowalski");
    assertThat(q.cue().of(text)).isEqualTo("told");
  }

  @Test
  void takesADescribedSpeakerWithoutTheRelativeClauseAfterIt() {
    String text =
        "“The harbour will not reopen this winter,” said a longtime port engineer who has worked"
            + " for two of the operators. The dock managers whose contracts were cancelled say"
            + " the delay will cost them the season.";
    List<Quote> qs = quotes(text);
    assertThat(qs).hasSize(2);
    assertThat(qs.get(0).speakerSpan().of(text)).isEqualTo("a longtime port engineer");
    assertThat(qs.get(0).direct()).isTrue();
    assertThat(qs.get(1).speakerSpan().of(text))
        .isEqualTo("The dock managers whose contracts were cancelled");
    assertThat(qs.get(1).text()).isEqualTo("the delay will cost them the season");
  }

  @Test
  void readsAnInfinitiveOfSayingAfterAnAdjectiveAsTheSubjectsWords() {
    String text =
        "Ruth Adler was quick to add that the harbour would stay open. Tomas Berg struggled to"
            + " explain why the ferry had been sold. The crew began to add two berths to the"
            + " pier.";
    List<Quote> qs = quotes(text);
    assertThat(qs)
        .extracting(QuoteExtractorTest::speaker, Quote::text)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Ruth Adler", "the harbour would stay open"),
            org.assertj.core.groups.Tuple.tuple("Tomas Berg", "why the ferry had been sold"));
  }

  @Test
  void readsANamedPersonApposedToADescriptionAsTheSubject() {
    String text =
        "Another harbour official, Deputy Director Tomas Berg, told Radio Kessel that the ferry"
            + " would be sold.";
    Quote q = only(quotes(text));
    assertThat(speaker(q)).isEqualTo("Tomas Berg");
    assertThat(q.text()).isEqualTo("the ferry would be sold");
  }

  @Test
  void readsWordsBeforeADescribedSpeakerAtTheEndOfTheSentence() {
    String text =
        "The new ferry timetable is almost ready, harbour spokesman Tomas Berg recently revealed."
            + " Weighing in on the timetable, Ruth Adler agreed.";
    Quote q = only(quotes(text));
    assertThat(speaker(q)).isEqualTo("Tomas Berg");
    assertThat(q.text()).isEqualTo("The new ferry timetable is almost ready");
  }

  @Test
  void readsTheWordsAfterAnAsideOfReportingThatOpensTheSentence() {
    String text =
        "As Ruth Adler told the Kessel Gazette on Monday, the harbour will stay open all winter.";
    Quote q = only(quotes(text));
    assertThat(speaker(q)).isEqualTo("Ruth Adler");
    assertThat(q.text()).isEqualTo("the harbour will stay open all winter");
  }

  @Test
  void skipsAHearerAfterToBeforeWhatIsSaid() {
    String text = "Ruth Adler explained to Radio Kessel why the ferry had been sold.";
    Quote q = only(quotes(text));
    assertThat(q.text()).isEqualTo("why the ferry had been sold");
  }

  @Test
  void readsWhatSomeoneSpokeAboutAndOrdered() {
    String text =
        "Ruth Adler spoke favorably of the new harbour plan. Tomas Berg spoke at a rally in Kessel."
            + " Harbour Talks Stall Again."
            + " A federal judge ordered the port authority to release the contracts.";
    List<Quote> qs = quotes(text);
    assertThat(qs)
        .extracting(Quote::text)
        .containsExactly("the new harbour plan", "the port authority to release the contracts");
    assertThat(speaker(qs.get(0))).isEqualTo("Ruth Adler");
  }

  @Test
  void readsTheQuestionOfAnAskerNamedInAnOpeningWhenAskedBy() {
    String text =
        "When asked by a reporter whether the ferry would be sold, Ruth Adler said it would not.";
    List<Quote> qs = quotes(text);
    assertThat(qs)
        .extracting(Quote::text)
        .containsExactly("whether the ferry would be sold", "it would not");
    assertThat(qs.get(0).speakerSpan().of(text)).isEqualTo("a reporter");
    assertThat(speaker(qs.get(1))).isEqualTo("Ruth Adler");
  }

  @Test
  void splitsADenialFromTheAccusationCoordinatedWithIt() {
    String text =
        "The Northern Front denied responsibility and accused the army of shelling the market.";
    List<Quote> qs = quotes(text);
    assertThat(qs)
        .extracting(Quote::text)
        .containsExactly("responsibility", "the army of shelling the market");
    assertThat(qs).extracting(q -> q.cue().of(text)).containsExactly("denied", "accused");
    String clause = "Ruth Adler says she spoke to the mayor and asked him to reopen the port.";
    assertThat(quotes(clause).getFirst().text())
        .isEqualTo("she spoke to the mayor and asked him to reopen the port");
  }

  @Test
  void leavesTheDatelineOutOfTheReportedWords() {
    String text =
        "VARNA, June 4 (Kessel Wire) - The government will not renew the grain agreement, its"
            + " prime minister said on Thursday.";
    assertThat(only(quotes(text)).text())
        .isEqualTo("The government will not renew the grain agreement");
    String country =
        "KIRA, Dravia — A bomber killed 23 people at a market, hospital officials said.";
    assertThat(only(quotes(country)).text()).isEqualTo("A bomber killed 23 people at a market");
  }

  @Test
  void readsARoleInTheLedeAsTheHolderNamedSoonAfter() {
    String text =
        "The harbour will close in May, its prime minister said on Thursday.\n\n\"We have no"
            + " choice,\" Prime Minister Anja Dahl told reporters.";
    Quote q = quotes(text).getFirst();
    assertThat(q.text()).isEqualTo("The harbour will close in May");
    assertThat(speaker(q)).isEqualTo("Anja Dahl");
  }

  @Test
  void readsCoordinatedBarePluralsOfPeopleAsTheSpeakers() {
    String text =
        "A fragile ceasefire held for a second day, residents and aid workers said, after a week"
            + " of clashes.";
    Quote q = only(quotes(text));
    assertThat(q.speakerSpan().of(text)).isEqualTo("residents and aid workers");
    assertThat(q.text()).isEqualTo("A fragile ceasefire held for a second day");
  }

  @Test
  void readsHeAsTheSpokesmanNotTheTitledNameHeSpeaksFor() {
    String text =
        "A spokesman for Prime Minister Jonas Lind, Erik Sand, rejected the claim. \"Every euro is"
            + " accounted for,\" he told reporters.";
    Quote q = quotes(text).stream().filter(Quote::direct).findFirst().orElseThrow();
    assertThat(speaker(q)).isEqualTo("Erik Sand");
    String titled =
        "Secretary of State Ruth Adler met Maria Lind in Varna. \"We will not leave,\" she told"
            + " reporters.";
    Quote adler = quotes(titled).stream().filter(Quote::direct).findFirst().orElseThrow();
    assertThat(speaker(adler)).isEqualTo("Ruth Adler");
  }

  @Test
  void leavesARoleApposedToTheSpeakerOutOfTheQuotation() {
    String text =
        "\"This is the first result of the talks,\" the UN envoy, Maria Costa, told reporters.";
    Quote q = only(quotes(text));
    assertThat(q.text()).isEqualTo("This is the first result of the talks");
    assertThat(q.direct()).isTrue();
    assertThat(speaker(q)).isEqualTo("Maria Costa");
    String owned =
        "\"This is an act of piracy,\" Dravia's foreign minister, Anya Rusk, told reporters in"
            + " Tarn. \"We demand the release of the crew.\"";
    Quote rusk = only(quotes(owned));
    assertThat(rusk.text())
        .isEqualTo("This is an act of piracy … We demand the release of the crew.");
    assertThat(rusk.direct()).isTrue();
    assertThat(speaker(rusk)).isEqualTo("Anya Rusk");
  }

  @Test
  void readsAHeadlinesSourceWithLowerCaseWordsBeforeAColon() {
    String text =
        "Former minister Ruth Adler at congress: the harbour chief must go\n\nRuth Adler"
            + " spoke for an hour.";
    Quote q = quotes(text).getFirst();
    assertThat(q.speakerSpan().of(text)).isEqualTo("Former minister Ruth Adler");
    assertThat(speaker(q)).isEqualTo("Ruth Adler");
    assertThat(q.text()).isEqualTo("the harbour chief must go");
    assertThat(quotes("Spoiler no more: the harbour plan ends its run\n\nIt was late.")).isEmpty();
  }

  @Test
  void readsAClaimAndItsParticipleAndNoVerbInAStatementPostedOnline() {
    String text =
        "The Northern Front claimed responsibility for the attack in a statement posted online,"
            + " saying it had targeted the harbour police.";
    List<Quote> qs = quotes(text);
    assertThat(qs)
        .extracting(Quote::text)
        .containsExactly(
            "responsibility for the attack in a statement posted online",
            "it had targeted the harbour police");
    assertThat(qs).extracting(QuoteExtractorTest::speaker).containsOnly("Northern Front");
  }

  @Test
  void readsTheAgencyAsTheOrganisationNamedLast() {
    String text =
        "According to the World Food Programme, a million people need help. The agency said it"
            + " had reached only a quarter of them.";
    Quote q = quotes(text).getLast();
    assertThat(q.text()).isEqualTo("it had reached only a quarter of them");
    assertThat(speaker(q)).isEqualTo("World Food Programme");
  }

  @Test
  void readsASpokespersonNamedByTheInstitutionAsItsVoice() {
    Quote q = only(quotes("A State Department spokesman said the talks would go on."));
    assertThat(speaker(q)).isEqualTo("US State Department");
    assertThat(q.text()).isEqualTo("the talks would go on");
  }

  @Test
  void readsSaidAfterAGivenNameBeforeACommaAsASurname() {
    String text = "The president, Omar Said, warned that his country would seek compensation.";
    Quote q = only(quotes(text));
    assertThat(q.cue().of(text)).isEqualTo("warned");
    assertThat(q.text()).isEqualTo("his country would seek compensation");
  }

  @Test
  void givesACoordinatedCueTheUnnamedSubjectOfTheFirst() {
    String text =
        "A rebel commander, speaking on condition of anonymity, denied the claim and accused the"
            + " army of looting the warehouses.";
    List<Quote> qs = quotes(text);
    assertThat(qs)
        .extracting(Quote::text)
        .containsExactly("the claim", "the army of looting the warehouses");
    assertThat(qs).extracting(q -> q.speakerSpan().of(text)).containsOnly("A rebel commander");
  }

  @Test
  void splitsACondemnationFromTheParticipleAfterIt() {
    String text = "The foreign ministry condemned the decision, calling it reckless and dangerous.";
    assertThat(quotes(text))
        .extracting(Quote::text)
        .containsExactly("the decision", "it reckless and dangerous");
  }

  @Test
  void readsSingleQuotesAndGuillemetsWithInvertedCues() {
    List<Quote> qs =
        quotes(
            "‘The river has never been this low in August,’ said Peter Lindqvist. "
                + "«We are rationing water for the first time in twenty years», warned Maria Santos.");
    assertThat(qs)
        .extracting(QuoteExtractorTest::speaker)
        .containsExactly("Peter Lindqvist", "Maria Santos");
    assertThat(qs.get(1).text()).startsWith("We are rationing water");
  }

  @Test
  void joinsAQuoteSplitByItsCue() {
    String text =
        "“The ceasefire is holding in the north,” General Omar Haddad said. “But the south is another story.”";
    Quote q = only(quotes(text));
    assertThat(speaker(q)).isEqualTo("Omar Haddad");
    assertThat(q.text()).startsWith("The ceasefire is holding").endsWith("another story.");
  }

  @Test
  void carriesAQuoteOverParagraphsToItsSpeaker() {
    String text =
        "Senator Clara Whitfield spoke for an hour on the floor.\n\n"
            + "“This bill puts families first and it pays for itself over ten years.\n\n"
            + "“Anyone who tells you otherwise has not read it,” Whitfield said.";
    Quote q = only(quotes(text));
    assertThat(speaker(q)).isEqualTo("Clara Whitfield");
    assertThat(q.text()).startsWith("This bill puts families first").contains("has not read it");
  }

  @Test
  void resolvesAPronounToThePreviousSentencesSubject() {
    String text =
        "Health Minister Lena Park toured the hospital with Governor Tom Reyes on Sunday. "
            + "“The new wing will open before winter,” she said.";
    assertThat(speaker(only(quotes(text)))).isEqualTo("Lena Park");
  }

  @Test
  void resolvesTheMinisterToThePersonIntroducedWithThatTitle() {
    String text =
        "Foreign Minister Marek Novak arrived in Vienna late on Tuesday. "
            + "Delegates from nine countries attended the talks. "
            + "“Nobody should expect a breakthrough this week,” the minister said.";
    Quote q = only(quotes(text));
    assertThat(speaker(q)).isEqualTo("Marek Novak");
    assertThat(q.speakerSpan().of(text)).isEqualTo("the minister");
  }

  @Test
  void resolvesTheMinistryToTheOrganisationNamedSo() {
    String text =
        "The Ministry of Health published new figures on Monday. "
            + "“Vaccination rates have risen in every region,” the ministry said in a statement.";
    assertThat(speaker(only(quotes(text)))).isEqualTo("Ministry of Health");
  }

  @Test
  void readsReportedSpeechWithThatClause() {
    String text = "Marek Novak assured that the border with Austria remains open to trucks.";
    Quote q = only(quotes(text));
    assertThat(q.direct()).isFalse();
    assertThat(speaker(q)).isEqualTo("Marek Novak");
    assertThat(q.text()).isEqualTo("the border with Austria remains open to trucks");
  }

  @Test
  void readsAccordingToAsReportedSpeech() {
    String text = "According to Marek Novak, the talks will resume in Geneva next month.";
    Quote q = only(quotes(text));
    assertThat(q.direct()).isFalse();
    assertThat(speaker(q)).isEqualTo("Marek Novak");
    assertThat(q.text()).isEqualTo("the talks will resume in Geneva next month");
  }

  @Test
  void readsReportedSpeechWithTheCueAtTheEnd() {
    String text = "The talks will resume in Geneva next month, Marek Novak said.";
    Quote q = only(quotes(text));
    assertThat(speaker(q)).isEqualTo("Marek Novak");
    assertThat(q.text()).isEqualTo("The talks will resume in Geneva next month");
  }

  @Test
  void ignoresSpeechThatWasDenied() {
    assertThat(quotes("Marek Novak did not say whether the border would reopen next week."))
        .isEmpty();
  }

  @Test
  void keepsAStanceThatIsDeniedForItIsStillTheHoldersStance() {
    // Denied speech is no quote, but not wanting or not backing something is a stance held.
    Quote q = only(quotes("Governor Ilse Brandt does not want to raise the harbour tax."));
    assertThat(speaker(q)).isEqualTo("Ilse Brandt");
    assertThat(q.text()).isEqualTo("to raise the harbour tax");
    q = only(quotes("Senator Omar Haddad has never endorsed the pipeline plan."));
    assertThat(speaker(q)).isEqualTo("Omar Haddad");
    assertThat(q.text()).isEqualTo("the pipeline plan");
  }

  @Test
  void readsASpeakerAfterWithBeforeItsParticiple() {
    Quote q =
        only(
            quotes(
                "The council met again, with Mayor Ilse Brandt tweeting that the harbour would"
                    + " reopen in May."));
    assertThat(speaker(q)).isEqualTo("Ilse Brandt");
    assertThat(q.text()).isEqualTo("the harbour would reopen in May");
  }

  @Test
  void readsAPluralSubjectAfterAnOpeningConjunction() {
    Quote q = only(quotes("But some economists think that the harbour tax will fail."));
    assertThat(q.speakerSpan().of("But some economists think")).isEqualTo("some economists");
    assertThat(q.text()).isEqualTo("the harbour tax will fail");
  }

  @Test
  void givesAnAddedRemarkToTheUnnamedSpeakerOfTheTagBeforeIt() {
    List<Quote> qs =
        quotes(
            "The port will stay closed this week, a harbour official said, adding that repairs"
                + " would take until May.");
    assertThat(qs)
        .extracting(Quote::text)
        .containsExactly("The port will stay closed this week", "repairs would take until May");
    assertThat(qs)
        .extracting(
            q -> q.speakerSpan().of("The port will stay closed this week, a harbour official said"))
        .containsOnly("a harbour official");
  }

  @Test
  void readsAnInvertedSpeakerBeforeTheCircumstancesOfTheWords() {
    Quote q =
        only(
            quotes(
                "“The pier is not safe,” said harbour pilot Jonas Lind when asked about the"
                    + " closure."));
    assertThat(speaker(q)).isEqualTo("Jonas Lind");
    assertThat(q.text()).isEqualTo("The pier is not safe");
  }

  @Test
  void splitsAnOrderAndAnAppealByOneSpeakerApposedToHerRole() {
    List<Quote> qs =
        quotes(
            "The Varnian envoy to the talks, Maria Ostrova, ordered an inquiry and called on both"
                + " sides to respect the ceasefire.");
    assertThat(qs)
        .extracting(Quote::text)
        .containsExactly("an inquiry", "both sides to respect the ceasefire");
    assertThat(qs).extracting(QuoteExtractorTest::speaker).containsOnly("Maria Ostrova");
  }

  @Test
  void leavesARoleWithLowerCaseWordsBeforeTheSpeakersNameInTheTag() {
    Quote q =
        only(
            quotes(
                "\"Those responsible must be held to account,\" the bloc's foreign policy chief,"
                    + " Kaja Lind, said after the meeting."));
    assertThat(speaker(q)).isEqualTo("Kaja Lind");
    assertThat(q.text()).isEqualTo("Those responsible must be held to account");
    assertThat(q.direct()).isTrue();
  }

  @Test
  void endsReportedWordsAtTheTagBeforeAnAnonymousSourcesReason() {
    Quote q =
        only(
            quotes(
                "Mediators will meet both sides in Doha next week, a Qatari official said,"
                    + " speaking on condition of anonymity because he was not authorised to brief"
                    + " the media."));
    assertThat(q.text()).isEqualTo("Mediators will meet both sides in Doha next week");
  }

  @Test
  void endsReportedWordsBeforeTheReportersNextClauseWithItsOwnSubject() {
    Quote q =
        only(
            quotes(
                "Turkey said it had evacuated 412 of its citizens to Kilis, and Egypt sent two"
                    + " aircraft to fly home 300 Egyptians."));
    assertThat(speaker(q)).isEqualTo("Turkey");
    assertThat(q.text()).isEqualTo("it had evacuated 412 of its citizens to Kilis");
  }

  @Test
  void givesWordsToThePersonNamedBeforeTheirOrganisation() {
    Quote q =
        only(
            quotes(
                "Another pollster, Karin Holm of the Norwegian Helsinki Committee, said her survey"
                    + " showed support holding steady."));
    assertThat(speaker(q)).isEqualTo("Karin Holm");
  }

  @Test
  void leavesTheHearerAndAnyRoleNounOutOfMixedQuotes() {
    Quote told =
        only(
            quotes(
                "Elena Petrova told the crowd that the government was \"afraid of its own"
                    + " people\"."));
    assertThat(told.text()).isEqualTo("the government was \"afraid of its own people\"");
    Quote head =
        only(
            quotes(
                "\"We hold the authorities responsible,\" the mission's head, Anna Ozola, said in"
                    + " a statement."));
    assertThat(head.text()).isEqualTo("We hold the authorities responsible");
    assertThat(speaker(head)).isEqualTo("Anna Ozola");
  }

  @Test
  void keepsReportedWordsBeforeTheTagApartFromTheQuotationAfterIt() {
    String text =
        "The government cannot control the economy, Mr. Lou said. \"So it is very hard to"
            + " estimate the layoffs.\"";
    List<Quote> qs = quotes(text);
    assertThat(qs)
        .extracting(Quote::text)
        .containsExactly(
            "The government cannot control the economy",
            "So it is very hard to estimate the layoffs.");
    assertThat(qs).noneMatch(q -> q.text().contains("Lou said"));
  }

  @Test
  void readsASubjectWithARelativeClauseEndingInAName() {
    String text = "Voters who backed Obama say the harbour tax is fair.";
    List<Quote> qs = quotes(text);
    Quote say =
        qs.stream().filter(q -> q.text().startsWith("the harbour")).findFirst().orElseThrow();
    assertThat(say.speakerSpan().of(text)).isEqualTo("Voters who backed Obama");
    assertThat(say.text()).isEqualTo("the harbour tax is fair");
    assertThat(qs).extracting(Quote::text).doesNotContain("Obama say the harbour tax is fair");
  }

  @Test
  void givesWordsToTheGroupInAPlaceNotToThePlace() {
    String text = "Farmers' unions in southern Kessel welcomed the agreement.";
    Quote q = only(quotes(text));
    assertThat(q.speakerSpan().of(text)).isEqualTo("Farmers' unions");
    assertThat(speaker(q)).isNull();
  }

  @Test
  void readsNoStanceInShowingUpOrFindingOneself() {
    assertThat(quotes("Hundreds of farmers showed up in Varna to hear Adler speak.")).isEmpty();
    assertThat(quotes("The harbour authority found itself at the center of the dispute."))
        .isEmpty();
  }

  @Test
  void readsNoCallInANameGivenToSomethingIntroduced() {
    assertThat(quotes("Adler hired a consulting firm called Harbour Analytics in Varna."))
        .isEmpty();
    Quote q = only(quotes("Ruth Adler called the harbour plan a disaster."));
    assertThat(q.text()).isEqualTo("the harbour plan a disaster");
  }

  @Test
  void readsNoStanceInAThinkTankOrAShareOfSupport() {
    String text =
        "Matt Lind, a founder of the harbour think tank Blue Water, said the tax would fail. The"
            + " mayor won 40 percent support among dock workers.";
    List<Quote> qs = quotes(text);
    assertThat(qs).extracting(QuoteExtractorTest::speaker).containsExactly("Matt Lind");
    assertThat(qs.getFirst().text()).isEqualTo("the tax would fail");
  }

  @Test
  void endsWordsBeforeASourceDescribedAfterIt() {
    String text =
        "The mayor has written 5,000 letters since June, according to HarbourWatch, a tool that"
            + " monitors the council.";
    Quote q =
        quotes(text).stream()
            .filter(x -> x.cue() != null && x.cue().of(text).startsWith("according"))
            .findFirst()
            .orElseThrow();
    assertThat(q.text()).isEqualTo("The mayor has written 5,000 letters since June");
  }

  @Test
  void readsTheGroupAsTheOrganisationNamedLast() {
    String text =
        "The government blamed the Northern Front for the ambush. A spokesman for the group told"
            + " Harbour Wire by phone that its fighters had nothing to do with it.";
    Quote q =
        quotes(text).stream()
            .filter(x -> x.text().startsWith("its fighters"))
            .findFirst()
            .orElseThrow();
    assertThat(speaker(q)).isEqualTo("Northern Front");
  }

  @Test
  void readsAParticipleBeforeItsPluralNounAsAnAdjective() {
    assertThat(quotes("Adler leads Berg by 271 pledged delegates after the vote in Varna."))
        .isEmpty();
  }

  @Test
  void ignoresHypotheticalSpeech() {
    assertThat(
            quotes("If Marek Novak were to say that the talks failed, markets would fall sharply."))
        .isEmpty();
  }

  @Test
  void keepsAQuoteInsideAQuoteAsPartOfTheOuterOne() {
    String text =
        "“He looked at me and said ‘we are leaving tomorrow’, and then he was gone,” Lena Park said.";
    Quote q = only(quotes(text));
    assertThat(speaker(q)).isEqualTo("Lena Park");
    assertThat(q.text()).contains("‘we are leaving tomorrow’");
  }

  @Test
  void readsScareQuotesInsideReportedWordsAndTheWordsEndingThemAsDirect() {
    List<Quote> found = quotes("Critics called the plan a “fantasy” and the budget “creative”.");
    assertThat(found).allMatch(Quote::direct); // the critics' own word ends what they said
    assertThat(only(found).text()).isEqualTo("the plan a “fantasy” and the budget “creative”");
    List<Quote> inside = quotes("Critics called the “fantasy” plan too costly for the port.");
    assertThat(inside).noneMatch(Quote::direct);
  }

  @Test
  void readsAClauseEndedByAShortQuotationBeforeItsCueAsDirect() {
    for (String text :
        List.of(
            "The harbour talks “went well,” said Ruth Adler, the port's director.",
            "The harbour talks “went well,” Ruth Adler said.")) {
      Quote q = only(quotes(text));
      assertThat(q.text()).isEqualTo("The harbour talks “went well,”");
      assertThat(q.direct()).isTrue();
      assertThat(speaker(q)).isEqualTo("Ruth Adler");
    }
  }

  @Test
  void givesAQuotationRelayedByASourceToBoth() {
    String text =
        "“We will cut fares in March,” Ruth Adler said, according to the Harbour Gazette.";
    List<Quote> found = quotes(text);
    assertThat(found).hasSize(2).allMatch(Quote::direct);
    assertThat(found).allMatch(q -> q.text().equals("We will cut fares in March"));
    assertThat(found.get(0).speakerSpan().of(text)).isEqualTo("Ruth Adler");
    assertThat(found.get(1).speakerSpan().of(text)).isEqualTo("Harbour Gazette");
  }

  @Test
  void goesOnWithTheSpeakerOfAQuotationAfterAConnective() {
    String text =
        "“We were not happy with the levy at first,” said Ruth Adler, the port's director. Now,"
            + " “most of the board thinks it works.” Fees rose in May.";
    Quote q = only(quotes(text));
    assertThat(q.text())
        .startsWith("We were not happy")
        .endsWith("most of the board thinks it works.");
    assertThat(speaker(q)).isEqualTo("Ruth Adler");
  }

  @Test
  void readsTheOneWordSubjectBeforeAQuotationAndStopsAtTheSpeakersNextAct() {
    Quote q = only(quotes("Ruth Adler said fares “will fall by half,” and left the room."));
    assertThat(q.text()).isEqualTo("fares “will fall by half,”");
    assertThat(q.direct()).isTrue();
    List<Quote> called =
        quotes("Ruth Adler called the levy “a tax on fishermen,” and vowed to repeal it.");
    assertThat(called.getFirst().text()).isEqualTo("the levy “a tax on fishermen,”");
    assertThat(called.getFirst().direct()).isTrue();
    Quote clitic = only(quotes("Ruth Adler said she’s “looking forward to the vote.”"));
    assertThat(clitic.text()).isEqualTo("she’s “looking forward to the vote.”");
    Quote year = only(quotes("Ruth Adler said in ‘08 that the harbour “would never close.”"));
    assertThat(year.text()).endsWith("the harbour “would never close.”").doesNotStartWith("08");
    Quote told = only(quotes("Ruth Adler told reporters “fares will fall by half.”"));
    assertThat(told.text()).isEqualTo("fares will fall by half.");
  }

  @Test
  void readsAnSFormBeforeAVerbAsAPluralNoun() {
    assertThat(quotes("Ruth Adler emails were released by the port board on Friday.")).isEmpty();
    String states = "The harbour states affected by the storm asked for aid.";
    assertThat(quotes(states)).noneMatch(q -> q.cue().of(states).equals("states"));
    String text = "The levy, which she believes will fail, was passed on Friday, Adler said.";
    assertThat(quotes(text)).anyMatch(q -> q.cue().of(text).equals("believes"));
  }

  @Test
  void readsATextsWordsBeforeReadAndANounShowAsNoCue() {
    String text = "“Friend, the harbour needs you. Vote on Tuesday,” read the email.";
    Quote q = only(quotes(text));
    assertThat(q.speakerSpan().of(text)).isEqualTo("the email");
    assertThat(q.direct()).isTrue();
    String it = "“The harbour is closed until further notice,” it read.";
    assertThat(only(quotes(it)).speakerSpan().of(it)).isEqualTo("it");
    String title = "Ruth Adler, the star of the reality show “Harbour Wars,” quit on Friday.";
    assertThat(quotes(title)).noneMatch(found -> found.cue().of(title).equals("show"));
    String show = "Tom Reyes called Ruth Adler a “pirate” on his radio show.";
    assertThat(speaker(only(quotes(show)))).isEqualTo("Tom Reyes");
  }

  @Test
  void endsTheWordsOfANamingVerbAtTheNameWhenAnotherClauseFollows() {
    List<Quote> found = quotes("Tom Reyes called the levy a “disgrace,” and the crowd cheered.");
    assertThat(only(found).text()).isEqualTo("the levy a “disgrace,”");
    assertThat(only(found).direct()).isTrue();
    List<Quote> on = quotes("Tom Reyes called the levy “a disgrace” in a speech to dock workers.");
    assertThat(only(on).text()).endsWith("in a speech to dock workers"); // as annotators mark it
  }

  @Test
  void readsAHyphenSignatureOnTheLineUnderAQuotation() {
    String text =
        "\"The harbour fees pay for nothing but the board's lunches.\"\n\n- Reyes.\n\n"
            + "\"Fares will fall by spring.\"\n\n-Mayor Ruth Adler, writing on the port's site.";
    List<Quote> found = quotes(text);
    assertThat(found)
        .extracting(q -> q.speakerSpan().of(text))
        .containsExactly("Reyes", "Mayor Ruth Adler");
    assertThat(found).allMatch(Quote::direct);
    assertThat(quotes("The fees - Reyes said - pay for lunches."))
        .noneMatch(q -> q.cue().length() == 1);
  }

  @Test
  void readsANamedColonAfterADashInARoundUpLine() {
    String text =
        "FERRY FARES TO FALL - Ruth Adler and Tom Reyes: “The board will cut fares by a third"
            + " before the summer season.”";
    Quote q = only(quotes(text));
    assertThat(q.speakerSpan().of(text)).isEqualTo("Ruth Adler and Tom Reyes");
    assertThat(q.text()).startsWith("The board will cut fares");
  }

  @Test
  void marksReportedWordsThatWrapTheSameSpeakersQuotationAsReported() {
    String text =
        "Ruth Adler posted a note of her own on the port's site, saying, “We are so proud of the"
            + " crews.”";
    List<Quote> found = quotes(text);
    assertThat(found)
        .filteredOn(Quote::direct)
        .extracting(Quote::text)
        .containsExactly("We are so proud of the crews.");
    assertThat(found).allMatch(q -> speaker(q).equals("Ruth Adler"));
  }

  @Test
  void takesNoSpeakerFromAKickerLabelThatNamesNoOne() {
    String text =
        "REVEALED: Harbour Board Kept The Ferry Audit From Voters\n\n"
            + "The harbour board met on Monday to discuss the ferry audit.";
    assertThat(quotes(text)).isEmpty();
  }

  @Test
  void endsAStanceThatNamesItsObjectAsAQuotationBeforeWhenItWasSaid() {
    String text =
        "Tom Reyes described the harbour levy as a “disgrace” after the board raised it again.";
    Quote q = only(quotes(text));
    assertThat(q.text()).isEqualTo("the harbour levy as a “disgrace”");
    assertThat(q.direct()).isTrue();
  }

  @Test
  void readsNoSpeakerAfterAVerbOfThinkingOrAfterATitleThatIsAClause() {
    String text = "Tom Reyes said he doesn’t believe the harbour levy will pass.";
    assertThat(quotes(text)).noneMatch(q -> q.speakerSpan().of(text).startsWith("the harbour"));
    String modal =
        "Ruth Adler, the port's director from 2007 to 2013, said Kessel must reject the levy.";
    assertThat(quotes(modal)).noneMatch(q -> q.speakerSpan().of(modal).contains("must"));
    String quoted = "“The levy is a fraud,” said he doesn’t believe the board.";
    assertThat(quotes(quoted)).noneMatch(q -> q.speakerSpan().of(quoted).contains("believe"));
  }

  @Test
  void readsANounPhraseSubjectAfterASubordinator() {
    String text =
        "The ferry kept running, even though a number of dock workers said they were on strike.";
    assertThat(quotes(text))
        .anyMatch(q -> q.speakerSpan().of(text).equals("a number of dock workers"));
  }

  @Test
  void readsSharesOfAPollAsSpeakers() {
    String share = "In the harbour poll, 42% say they're against the levy.";
    assertThat(quotes(share)).anyMatch(q -> q.speakerSpan().of(share).equals("42%"));
    String apposed = "A third of ferry users, 33%, say they feel that way.";
    assertThat(quotes(apposed)).anyMatch(q -> q.speakerSpan().of(apposed).equals("33%"));
    String about = "Among dock workers, about two-thirds, say they will strike.";
    assertThat(quotes(about)).anyMatch(q -> q.speakerSpan().of(about).equals("about two-thirds"));
  }

  @Test
  void readsTheSubjectOfThenSaysAndKeepsABaseFormTellInTheContent() {
    String then =
        "Ruth Adler offered the man a job, then says she will welcome advice from anyone.";
    assertThat(quotes(then))
        .anyMatch(q -> speaker(q).equals("Ruth Adler") && q.text().startsWith("she will welcome"));
    String tell = "Ruth Adler says she would sit the board down and tell it to cut the levy.";
    assertThat(quotes(tell))
        .extracting(Quote::text)
        .contains("she would sit the board down and tell it to cut the levy");
  }

  @Test
  void readsTheWordsBeforeToldWhenOnlyATimeFollowsTheHearer() {
    String text =
        "The dock workers will strike in May, union director Tom Reyes told reporters earlier this week.";
    Quote q = only(quotes(text));
    assertThat(q.text()).isEqualTo("The dock workers will strike in May");
    assertThat(speaker(q)).isEqualTo("Tom Reyes");
  }

  @Test
  void readsRememberedAsACueAfterAQuotation() {
    String text =
        "“The board never listened to us,” remembered Tom Reyes, the port's former spokesman.";
    assertThat(speaker(only(quotes(text)))).isEqualTo("Tom Reyes");
  }

  @Test
  void readsAQuotationLeftOpenAtTheEndOfItsParagraph() {
    String text =
        "“The levy is a disgrace,” said Ruth Adler. “The board has ignored the port for years."
            + " It must go.\n\nShe went on to praise the dock workers.";
    Quote q = only(quotes(text));
    assertThat(q.text()).endsWith("It must go.");
    assertThat(speaker(q)).isEqualTo("Ruth Adler");
  }

  @Test
  void givesTheSameWordsOfOneSpeakerOnce() {
    String text =
        "The port's new crane, Ruth Adler said, “is a perfect example of adapting” to the"
            + " changing economics of shipping.";
    List<Quote> found = quotes(text);
    assertThat(found)
        .extracting(q -> q.span().toString() + q.speakerSpan())
        .doesNotHaveDuplicates();
    assertThat(found).anyMatch(q -> speaker(q).equals("Ruth Adler"));
  }

  @Test
  void readsTheSourceNamedAfterFromBeforeAColon() {
    String text =
        "The audit was released on Friday. More from the report: “The harbour board kept no"
            + " minutes of its meetings for three years.”";
    Quote q = only(quotes(text));
    assertThat(q.speakerSpan().of(text)).endsWith("report");
    assertThat(q.direct()).isTrue();
  }

  @Test
  void joinsTwoQuotationsThatAConnectiveJoinsAfterTheCue() {
    String text =
        "Ruth Adler says “the harbour has become a mess” because “the board never listens.”";
    Quote q = only(quotes(text));
    assertThat(q.text()).startsWith("“the harbour has become").endsWith("never listens.”");
    assertThat(q.direct()).isTrue();
  }

  @Test
  void readsTheSubjectOverAClauseSetOffBeforeTheVerb() {
    String text =
        "Ruth Adler, when asked what was wrong with the levy, responded that the board had never"
            + " explained it.";
    assertThat(quotes(text))
        .anyMatch(q -> speaker(q).equals("Ruth Adler") && q.text().startsWith("the board"));
  }

  @Test
  void takesNoSpeakerFromAnItThatNamesNoOne() {
    assertThat(quotes("By Tuesday it appeared that the harbour board would lose the vote."))
        .isEmpty();
  }

  @Test
  void readsAccordingToAfterAColonAsOpeningItsClause() {
    String text =
        "It has not gone unnoticed: according to recent polls, Ruth Adler holds only 14 percent of"
            + " the dock vote.";
    Quote q = only(quotes(text));
    assertThat(q.text()).startsWith("Ruth Adler holds");
    assertThat(q.speakerSpan().of(text)).isEqualTo("recent polls");
  }

  @Test
  void leavesAnApposedSpeakerOutOfTheWordsAfterTheCue() {
    String text =
        "A port spokesperson, Ruth Adler, said Kessel supported \"a calm and orderly handover\" and"
            + " would keep its crews.";
    assertThat(quotes(text))
        .filteredOn(q -> speaker(q).equals("Ruth Adler"))
        .extracting(Quote::text)
        .isNotEmpty()
        .allMatch(t -> t.startsWith("Kessel supported"));
  }

  @Test
  void readsTheSubjectAfterAsAndTheThatClauseAfterItsCue() {
    String text =
        "The ferry talks resumed on Tuesday, as aid agencies warned that convoys had not moved.";
    Quote q = only(quotes(text));
    assertThat(q.speakerSpan().of(text)).isEqualTo("aid agencies");
    assertThat(q.text()).isEqualTo("convoys had not moved");
  }

  @Test
  void readsTheSpeakerThroughAnApposition() {
    String text =
        "“Prices will fall by spring,” Robert Keane, an economist at the Bank of Ireland, told reporters.";
    Quote q = only(quotes(text));
    assertThat(speaker(q)).isEqualTo("Robert Keane");
  }

  @Test
  void readsTheSpeakerThroughAParenthesis() {
    String text = "“We have the votes,” Senator Ruth Adler (D-Maine) said on Tuesday.";
    assertThat(speaker(only(quotes(text)))).isEqualTo("Ruth Adler");
  }

  @Test
  void keepsAnUnnamedSpeakerAsWordsWithoutAnEntity() {
    String text = "“The mood in the room was grim,” a senior diplomat said.";
    Quote q = only(quotes(text));
    assertThat(q.speaker()).isNull();
    assertThat(q.speakerSpan().of(text)).isEqualTo("a senior diplomat");
  }

  @Test
  void readsAQuoteAfterANameAndAColon() {
    String text = "Ruth Adler: \"We will not give up on this bill.\"";
    assertThat(speaker(only(quotes(text)))).isEqualTo("Ruth Adler");
  }

  @Test
  void readsTwoApostrophesAsQuotationMarks() {
    String text = "''The deal is about the cloud, not the network,'' Satya Nadella said.";
    Quote q = only(quotes(text));
    assertThat(q.text()).isEqualTo("The deal is about the cloud, not the network");
    assertThat(speaker(q)).isEqualTo("Satya Nadella");
  }

  @Test
  void attributesAParticiplesQuoteToTheSentenceSubject() {
    String text =
        "Ruth Adler left the chamber early, telling reporters “the vote will have to wait until Monday.”";
    Quote q = only(quotes(text));
    assertThat(speaker(q)).isEqualTo("Ruth Adler");
  }

  @Test
  void readsAccordingToWithADescribedSource() {
    String text =
        "According to a report by the Red Cross, the camp holds twice as many people as planned.";
    Quote q = only(quotes(text));
    assertThat(q.speakerSpan().of(text)).isEqualTo("a report by the Red Cross");
    assertThat(q.text()).isEqualTo("the camp holds twice as many people as planned");
    String apposed =
        "The tanker carried 23 sailors, according to the ship's operator, Nordline Shipping.";
    Quote operator = only(quotes(apposed));
    assertThat(speaker(operator)).isEqualTo("Nordline Shipping");
    assertThat(operator.text()).isEqualTo("The tanker carried 23 sailors");
  }

  @Test
  void joinsTheNextPassageThatTheSameCueIntroduces() {
    String text =
        "''The timing was right for the resorts,'' Mr. Oliver Grant said, referring to two courses."
            + " ''I assume they saw the market returning, which it has done.''";
    Quote q = only(quotes(text).stream().filter(Quote::direct).toList());
    assertThat(speaker(q)).isEqualTo("Oliver Grant");
    assertThat(q.text()).endsWith("which it has done.");
  }

  @Test
  void readsAQuoteOpenedAfterANonBreakingSpace() {
    String text = "\"They sue,\" Ruth Adler said.\u00a0\"Everybody sues these days, right?\"";
    Quote q = only(quotes(text));
    assertThat(q.text()).isEqualTo("They sue … Everybody sues these days, right?");
  }

  @Test
  void resolvesARoleToAPersonIntroducedWithItsAbbreviation() {
    String text =
        "Sen. Lindsey Graham spoke at a gathering of conservatives on Thursday. "
            + "“Clean energy is a conservative cause,” the senator said.";
    assertThat(speaker(only(quotes(text)))).isEqualTo("Lindsey Graham");
  }

  @Test
  void doesNotReadAWordInsideANameAsACue() {
    assertThat(quotes("Relations between the United States have been Christian in tone for years."))
        .isEmpty();
  }

  @Test
  void readsACueSetOffByCommasInsideTheReportedClause() {
    String text = "The new budget, Ruth Adler said, will be presented to parliament in March.";
    Quote q = only(quotes(text));
    assertThat(speaker(q)).isEqualTo("Ruth Adler");
    assertThat(q.direct()).isFalse();
    assertThat(q.span().of(text)).startsWith("The new budget").endsWith("in March");
  }

  @Test
  void readsAnInvertedSpeakerWithALowercaseTitle() {
    String text =
        "“The first line of defense is the community,” said former secretary of state Ruth Adler.";
    Quote q = only(quotes(text));
    assertThat(speaker(q)).isEqualTo("Ruth Adler");
  }

  @Test
  void readsTheSubjectOfACoordinatedSpeechVerb() {
    String text =
        "Ruth Adler confirmed the vote had failed and said, “We will try again in spring.”";
    assertThat(speaker(only(quotes(text).stream().filter(Quote::direct).toList())))
        .isEqualTo("Ruth Adler");
  }

  @Test
  void readsTheSubjectAcrossATimePhrase() {
    String text = "Ruth Adler on Thursday evening said the party was not in a crisis.";
    Quote q = only(quotes(text));
    assertThat(speaker(q)).isEqualTo("Ruth Adler");
    assertThat(q.text()).isEqualTo("the party was not in a crisis");
  }

  @Test
  void readsAnIndirectQuestionAsReportedSpeech() {
    Quote q = only(quotes("Ruth Adler asked whether the talks would resume in May."));
    assertThat(speaker(q)).isEqualTo("Ruth Adler");
    assertThat(q.text()).isEqualTo("whether the talks would resume in May");
  }

  @Test
  void findsAQuestionWhoseCueFollowsAfterTheSplitterCutTheSentence() {
    String text =
        "Governor Ana Ruiz met the flood victims on Sunday.\n\n“Where were the pumps?” she asked, and nobody answered.";
    Quote q = only(quotes(text));
    assertThat(q.text()).isEqualTo("Where were the pumps?");
    assertThat(speaker(q)).isEqualTo("Ana Ruiz");
  }

  @Test
  void readsATranscriptLineAsTheLabelledSpeakersWords() {
    String text =
        "Senator Maria Okafor joined the programme from Lagos.\n\nOKAFOR: We will not sign a deal that leaves the ports unguarded.\n\nUPDATE: The interview was recorded on Friday.";
    List<Quote> qs = quotes(text);
    assertThat(qs).hasSize(1);
    assertThat(qs.getFirst().text())
        .isEqualTo("We will not sign a deal that leaves the ports unguarded.");
    assertThat(speaker(qs.getFirst())).isEqualTo("Maria Okafor");
  }

  @Test
  void readsAStanceAsReportedSpeechWithWhatFollowsTheCue() {
    String text = "Senator Ruth Adler called for an inquiry into the port contracts.";
    Quote q = only(quotes(text));
    assertThat(q.direct()).isFalse();
    assertThat(speaker(q)).isEqualTo("Ruth Adler");
    assertThat(q.cue().of(text)).isEqualTo("called for");
    assertThat(q.text()).isEqualTo("an inquiry into the port contracts");
  }

  @Test
  void readsStancesOfWantingRefusingAndEndorsing() {
    assertThat(speaker(only(quotes("Governor Tom Reyes wants a new bridge by 2030."))))
        .isEqualTo("Tom Reyes");
    assertThat(only(quotes("Mayor Anna Kowalski declined to comment on the audit.")).text())
        .isEqualTo("to comment on the audit");
    Quote endorsed = only(quotes("The Harbour Workers Union endorsed Anna Kowalski on Monday."));
    assertThat(endorsed.text()).startsWith("Anna Kowalski");
  }

  @Test
  void readsNoStanceInANounOrAPassive() {
    assertThat(quotes("His grand plan to rebuild the harbour was never funded.")).isEmpty();
    assertThat(quotes("A similar question came up at the hearing last year.")).isEmpty();
    assertThat(quotes("The treaty is expected to be ratified next month.")).isEmpty();
    assertThat(quotes("Mayor Anna Kowalski spoke at a rally in the harbour district.")).isEmpty();
    assertThat(quotes("Ruth Adler called into a radio show on Friday morning.")).isEmpty();
  }

  @Test
  void readsTheNameBetweenCommasAsTheSpeakerOfTheVerbAfterIt() {
    String text =
        "A lawyer for the port, Ruth Adler, said no decision had been made about an appeal.";
    Quote q = only(quotes(text));
    assertThat(speaker(q)).isEqualTo("Ruth Adler");
    assertThat(q.text()).isEqualTo("no decision had been made about an appeal");
  }

  @Test
  void readsNoInvertedSpeakerInTheClauseAfterTheVerb() {
    String text = "The harbour director, Tom Reyes, said he cannot comment on the audit yet.";
    Quote q = only(quotes(text));
    assertThat(speaker(q)).isEqualTo("Tom Reyes");
    assertThat(q.text()).startsWith("he cannot comment");
  }

  @Test
  void keepsASentenceTheSplitterCutAfterAStateAbbreviation() {
    String text = "Rep. Ruth Adler (D-Mass.) said the audit does not require new hearings.";
    Quote q = only(quotes(text));
    assertThat(speaker(q)).isEqualTo("Ruth Adler");
    assertThat(q.text()).isEqualTo("the audit does not require new hearings");
  }

  @Test
  void readsTheNameSignedAfterADashAsTheSpeaker() {
    String text =
        "Readers wrote to us after the debate.\n\n“The harbour plan will sink this town.” ― Tom Reyes";
    Quote q = only(quotes(text));
    assertThat(q.direct()).isTrue();
    assertThat(speaker(q)).isEqualTo("Tom Reyes");
  }

  @Test
  void readsAHeadlineThatOpensWithANameAndAColon() {
    String text =
        "Ruth Adler: The Harbour Deal Will Cost Every Family\n\n"
            + "Senator Ruth Adler spoke for an hour in the chamber on Tuesday.";
    Quote q = only(quotes(text));
    assertThat(speaker(q)).isEqualTo("Ruth Adler");
    assertThat(q.text()).isEqualTo("The Harbour Deal Will Cost Every Family");
  }

  @Test
  void givesAnInterviewsAnswersToThePersonItsIntroductionNamesMost() {
    String text =
        "Lena Osei on the border talks.\n\n"
            + "Foreign Minister Lena Osei of Kessel spoke to the Harbour Wire on Tuesday, a day"
            + " after meeting Tomas Berg. Osei has led the talks since March. Questions and"
            + " answers have been edited for length.\n\n"
            + "Q: Will the ceasefire hold?\n\n"
            + "A: Yes. I believe it will hold if both sides keep their word.\n\n"
            + "The monitors are already in place.\n\n"
            + "Q: What do you want from Dravia?\n\n"
            + "A: An apology, and our prisoners back before the winter.\n";
    List<Quote> answers =
        quotes(text).stream().filter(q -> q.speakerSpan().of(text).equals("A")).toList();
    assertThat(answers)
        .extracting(Quote::text)
        .containsExactly(
            "Yes. I believe it will hold if both sides keep their word.\n\n"
                + "The monitors are already in place.",
            "An apology, and our prisoners back before the winter.");
    assertThat(answers).allMatch(q -> "Lena Osei".equals(speaker(q)) && !q.direct());
    assertThat(quotes(text)) // the questions are nobody's words here; "I" is the one answering
        .noneMatch(q -> q.text().contains("ceasefire hold") || q.text().contains("want from"))
        .filteredOn(q -> q.speakerSpan().of(text).equals("I"))
        .isNotEmpty()
        .allMatch(q -> "Lena Osei".equals(speaker(q)));
  }

  @Test
  void readsATranscriptLabelInsideAQuotation() {
    String text =
        "Senator Ruth Adler spoke to Tom Reyes on the radio.\n\n"
            + "\"REYES: Will the harbour deal go ahead this year?\n\n"
            + "ADLER: Not while I sit on the committee.\"";
    List<Quote> qs = quotes(text);
    assertThat(qs).extracting(q -> speaker(q)).containsExactly("Tom Reyes", "Ruth Adler");
    assertThat(qs.getFirst().text()).isEqualTo("Will the harbour deal go ahead this year?");
    assertThat(qs).noneMatch(Quote::direct);
  }

  @Test
  void readsTheWholeClauseAroundAQuotedFragment() {
    String text =
        "Ruth Adler said that the committee was “taking a close look” at the port contracts.";
    Quote q = only(quotes(text));
    assertThat(q.text()).isEqualTo("the committee was “taking a close look” at the port contracts");
    assertThat(q.direct()).isFalse();
    assertThat(speaker(q)).isEqualTo("Ruth Adler");
  }

  @Test
  void readsAClauseEndingWithAQuotationAsMixedDirectSpeech() {
    String text =
        "However laudable the goal, the harbour tax “is a misguided approach,” said Tom Reyes.";
    Quote q = only(quotes(text));
    assertThat(q.text()).startsWith("However laudable the goal").endsWith("approach,”");
    assertThat(q.direct()).isTrue();
    assertThat(speaker(q)).isEqualTo("Tom Reyes");
  }

  @Test
  void readsACueSetOffByCommasAfterATitledName() {
    String text = "Acts of protest, Mr. Tom Reyes said, are acts of patriotism in a free country.";
    Quote q = only(quotes(text));
    assertThat(speaker(q)).isEqualTo("Tom Reyes");
    assertThat(q.text()).startsWith("Acts of protest").endsWith("free country");
  }

  @Test
  void readsInflectionsOfSpeechVerbsAndStanceAdjectives() {
    Quote alleged = only(quotes("Ruth Adler alleged that the port contracts were rigged."));
    assertThat(alleged.cue().of("Ruth Adler alleged that the port contracts were rigged."))
        .isEqualTo("alleged");
    Quote confident = only(quotes("Tom Reyes is confident that the bridge will open in May."));
    assertThat(speaker(confident)).isEqualTo("Tom Reyes");
    assertThat(confident.text()).isEqualTo("the bridge will open in May");
  }

  @Test
  void readsNoSpeechInAPassiveOrANoun() {
    assertThat(quotes("The figures were reported to the board in March last year.")).isEmpty();
    assertThat(quotes("The comments drew little attention from the board.")).isEmpty();
  }

  @Test
  void readsNoSecondAttributionForAStanceInsideReportedSpeech() {
    String text = "Tom Reyes said he expected the harbour to reopen before the summer season.";
    Quote q = only(quotes(text));
    assertThat(q.cue().of(text)).isEqualTo("said");
    assertThat(q.text()).startsWith("he expected");
  }

  @Test
  void readsNoPlaceAsTheSubjectOfAParticiple() {
    String text =
        "In Lisbon, Ruth Adler met the harbour workers on Monday, saying the port would stay open.";
    assertThat(speaker(only(quotes(text)))).isEqualTo("Ruth Adler");
  }

  @Test
  void readsAClaimOwnedByItsSpeaker() {
    String text = "Ruth Adler's claim that the port contracts were rigged drew an angry reply.";
    Quote q = only(quotes(text));
    assertThat(speaker(q)).isEqualTo("Ruth Adler");
    assertThat(q.cue().of(text)).isEqualTo("claim");
    assertThat(q.text()).startsWith("the port contracts were rigged");
  }

  @Test
  void readsNoSpeechInAPluralNounAfterItsModifiers() {
    assertThat(quotes("The two states hold their primaries on the first of March.")).isEmpty();
    assertThat(quotes("His opening remarks were short and the hall was half empty.")).isEmpty();
  }

  @Test
  void readsTheSubjectOverAuxiliariesAdverbsAndVerbsOfSeeming() {
    String text = "Tom Reyes appeared to suggest that the audit had been rigged.";
    assertThat(speaker(only(quotes(text)))).isEqualTo("Tom Reyes");
    String slamming = "Ruth Adler is once again questioning the audit of the harbour board.";
    assertThat(speaker(only(quotes(slamming)))).isEqualTo("Ruth Adler");
    String adverb = "Tom Reyes cynically dismissed the audit as a partisan stunt.";
    assertThat(speaker(only(quotes(adverb)))).isEqualTo("Tom Reyes");
  }

  @Test
  void readsAPassiveAttributionWithItsSourceAfterBy() {
    String text = "The audit of the harbour board was first reported by Ruth Adler.";
    Quote q = only(quotes(text));
    assertThat(speaker(q)).isEqualTo("Ruth Adler");
    assertThat(q.text()).isEqualTo("The audit of the harbour board");
  }

  @Test
  void readsNoModalInAName() {
    String text = "Prime Minister Theresa May said the talks would resume in the spring.";
    assertThat(speaker(only(quotes(text)))).isEqualTo("Theresa May");
  }

  @Test
  void readsAQuestionWhoseNamedSpeakerFollowsInTheNextSentence() {
    String text =
        "“How many times must we rebuild this bridge?” Ruth Adler asked. “Twice is enough.”";
    Quote q = quotes(text).getFirst();
    assertThat(speaker(q)).isEqualTo("Ruth Adler");
    assertThat(q.direct()).isTrue();
  }

  @Test
  void readsTheClauseBeforeACueFollowedByATimeAndAComma() {
    String text =
        "The harbour plan is an insult to every family, local lawmakers said Friday afternoon,"
            + " as they left the hall.";
    Quote q = only(quotes(text));
    assertThat(q.text()).isEqualTo("The harbour plan is an insult to every family");
  }

  @Test
  void readsAnAsideWithAs() {
    String text = "The harbour, as Ruth Adler pointed out, has not flooded in forty years.";
    Quote q = only(quotes(text));
    assertThat(speaker(q)).isEqualTo("Ruth Adler");
    assertThat(q.text()).contains("has not flooded in forty years");
  }

  @Test
  void readsWhatAVerbOfComplainingIsAbout() {
    String text = "Tom Reyes complained about the noise from the harbour works.";
    assertThat(only(quotes(text)).text()).isEqualTo("about the noise from the harbour works");
  }

  @Test
  void readsASubjectWithoutADeterminer() {
    String text = "Supporters of the harbour plan argued that the town needs the jobs.";
    Quote q = only(quotes(text));
    assertThat(q.speakerSpan().of(text)).isEqualTo("Supporters of the harbour plan");
    assertThat(q.speaker()).isNull();
    String poll = "Two-thirds say the new bridge should be built before the school.";
    assertThat(only(quotes(poll)).speakerSpan().of(poll)).isEqualTo("Two-thirds");
  }

  @Test
  void readsASentenceThatGoesOnAfterTheCueOfItsQuotation() {
    String text = "“Only you, Tom,” she said, would call a flood a blessing for the harbour.";
    Quote q = only(quotes(text));
    assertThat(q.text()).startsWith("“Only you, Tom,”").endsWith("a blessing for the harbour");
    assertThat(q.direct()).isTrue();
  }

  @Test
  void readsAQuotationThatTheSentenceContinuesAfter() {
    String text =
        "Ruth Adler says “the wind is at our backs” despite the loss in the harbour ward.";
    Quote q = only(quotes(text));
    assertThat(q.text()).startsWith("“the wind is at our backs”").endsWith("harbour ward");
  }

  @Test
  void readsAStanceAdjectiveAfterACopulaAndDegreeWords() {
    String text = "Harbour workers have been critical of the new shift rules since June.";
    Quote q = only(quotes(text));
    assertThat(q.speakerSpan().of(text)).isEqualTo("Harbour workers");
    assertThat(q.text()).isEqualTo("the new shift rules since June");
  }

  @Test
  void readsTheSubjectBeforeAParenthesisBetweenDashes() {
    String text = "Ruth Adler — who chairs the harbour board — said the audit was overdue.";
    Quote q = only(quotes(text));
    assertThat(speaker(q)).isEqualTo("Ruth Adler");
    assertThat(q.text()).isEqualTo("the audit was overdue");
  }

  @Test
  void readsWhatFollowsACommaAfterASpeechVerb() {
    String text =
        "Listing the closures, Ruth Adler added, The harbour has lost four firms this year.";
    assertThat(only(quotes(text)).text()).isEqualTo("The harbour has lost four firms this year");
  }

  @Test
  void readsTheClauseBeforeAnAccordingToWithoutAComma() {
    String text = "The harbour lost four firms this year according to the port authority.";
    Quote q = only(quotes(text));
    assertThat(q.text()).isEqualTo("The harbour lost four firms this year");
  }

  @Test
  void readsAnUnlistedVerbWithAThatClause() {
    String text = "Ruth Adler signaled that the harbour board would drop the audit.";
    Quote q = only(quotes(text));
    assertThat(speaker(q)).isEqualTo("Ruth Adler");
    assertThat(q.text()).isEqualTo("the harbour board would drop the audit");
    assertThat(quotes("The port was closed so that the cranes could be repaired.")).isEmpty();
  }

  @Test
  void readsAPluralSubjectOfABaseFormAndARelativeClauseBeforeTheVerb() {
    assertThat(only(quotes("Dock workers want a new contract before the winter.")).text())
        .isEqualTo("a new contract before the winter");
    String text =
        "The official, who spoke on condition of anonymity, said the audit would be published.";
    assertThat(only(quotes(text)).speakerSpan().of(text)).isEqualTo("The official");
  }

  @Test
  void readsTheMainSubjectOfAParticipleNotItsObject() {
    String text = "Ruth Adler criticized Tom Reyes on Monday, saying the audit was a whitewash.";
    Quote q = only(quotes(text).stream().filter(x -> x.cue().of(text).equals("saying")).toList());
    assertThat(speaker(q)).isEqualTo("Ruth Adler");
    String dated = "LISBON (AP) — Ruth Adler left the hall early, saying the vote was rigged.";
    assertThat(speaker(only(quotes(dated)))).isEqualTo("Ruth Adler");
  }

  @Test
  void readsASurnameInATitleCaseHeadline() {
    String text =
        "Adler Says Harbour Museum Will Open in May\n\n"
            + "Senator Ruth Adler visited the harbour on Monday with the mayor.";
    Quote q = quotes(text).getFirst();
    assertThat(speaker(q)).isEqualTo("Ruth Adler");
    assertThat(q.text()).startsWith("Harbour Museum Will Open");
  }

  @Test
  void readsAFindingReportedInAPoll() {
    String text = "In a Harbour Gazette poll released Monday, Ruth Adler led by nine points.";
    Quote q = only(quotes(text));
    assertThat(q.text()).isEqualTo("Ruth Adler led by nine points");
    assertThat(q.speakerSpan().of(text)).startsWith("a Harbour Gazette poll");
    String trailing = "Ruth Adler holds a narrow lead over Tom Reyes in the latest polls.";
    assertThat(only(quotes(trailing)).text())
        .isEqualTo("Ruth Adler holds a narrow lead over Tom Reyes");
    assertThat(quotes("Tom Reyes has been stuck in single digits in the polls.")).isEmpty();
  }

  @Test
  void readsStancePhrases() {
    String text = "Ruth Adler took aim at the harbour board for its secret contracts.";
    Quote q = only(quotes(text));
    assertThat(q.cue().of(text)).isEqualTo("took aim at");
    assertThat(q.text()).isEqualTo("the harbour board for its secret contracts");
    String clear = "Tom Reyes made it clear that he would not run again.";
    assertThat(only(quotes(clear)).text()).isEqualTo("he would not run again");
  }

  @Test
  void readsAClauseAfterATimeWordAndBeforeALongAdverbial() {
    String text = "Tom Reyes says tonight he is a step closer to the mayor's office.";
    assertThat(only(quotes(text)).text()).isEqualTo("he is a step closer to the mayor's office");
    String before =
        "The harbour deal is dead, Ruth Adler said in a video message to the party convention.";
    assertThat(only(quotes(before)).text()).isEqualTo("The harbour deal is dead");
    String the = "The audit found no fraud, the Harbour Gazette said, citing two officials.";
    assertThat(quotes(the)).extracting(Quote::text).contains("The audit found no fraud");
  }

  @Test
  void readsNoDealAgreedAsWordsAndItsMinistryAsTheCountryThatActs() {
    String loan =
        "The International Monetary Fund, which agreed a $3.1 billion loan with Dravia in March,"
            + " declined to comment.";
    assertThat(quotes(loan)).extracting(Quote::text).noneMatch(t -> t.contains("loan"));
    String text =
        "Refugees fled into Kessel on Wednesday. Neighbouring Kessel closed two border crossings"
            + " on Thursday, its foreign ministry said.";
    Quote q = only(quotes(text));
    assertThat(q.speaker().name()).isEqualTo("Kessel");
    String nearest =
        "Turkey said it had evacuated 430 people from Sala, and the Philippines sent a plane for"
            + " 180 of its workers, according to its labour ministry.";
    assertThat(quotes(nearest))
        .filteredOn(x -> x.cue().of(nearest).startsWith("according"))
        .singleElement()
        .satisfies(x -> assertThat(x.speaker().name()).isEqualTo("Philippines"));
    assertThat(quotes(nearest))
        .noneMatch(x -> x.text().contains("it had evacuated 430 people, and"));
    String in = "Talks in Kessel ended without a deal, its foreign ministry said.";
    assertThat(only(quotes(in)).speaker()).isNull();
    String other =
        "Dravian commandos seized a tanker off the coast of Dravia, the Dravian defence ministry"
            + " said. The Zembian foreign ministry said it was in contact with the crew's families.";
    assertThat(quotes(other))
        .filteredOn(x -> x.text().startsWith("it was in contact"))
        .singleElement()
        .satisfies(x -> assertThat(x.speaker()).isNull());
  }

  @Test
  void endsTheWordsOfAnAsidesWhoAtTheMainVerb() {
    String text =
        "Judges found Viktor Hale guilty on Monday. Hale, who denied ordering the killings, showed no"
            + " emotion.";
    assertThat(quotes(text))
        .filteredOn(q -> q.cue().of(text).equals("denied"))
        .singleElement()
        .satisfies(q -> assertThat(q.text()).isEqualTo("ordering the killings"));
    String which =
        "The group, which claimed responsibility for the attacks, has been banned in Varna.";
    assertThat(quotes(which))
        .singleElement()
        .satisfies(q -> assertThat(q.text()).isEqualTo("responsibility for the attacks"));
  }

  @Test
  void givesAMinistryToTheStateThatOpensTheSentence() {
    String text =
        "VARNA, Oct. 2 (Harbour Wire) — Varnia on Wednesday ordered four diplomats to leave the"
            + " country, the foreign ministry said.";
    assertThat(speaker(only(quotes(text)))).isEqualTo("Varnia");
    String other = "Kessel closed its border on Monday, the foreign ministry of Varnia said.";
    assertThat(quotes(other)).noneMatch(q -> "Kessel".equals(speaker(q)));
  }

  @Test
  void endsReportedWordsBeforeAnotherSpeakersContrastingTag() {
    String text =
        "The European Union urged both sides to avoid escalation, while NATO's chief Mark Rutte"
            + " said the alliance was following the situation closely.";
    assertThat(quotes(text))
        .extracting(Quote::text)
        .containsExactly(
            "both sides to avoid escalation", "the alliance was following the situation closely");
    String poll =
        "In the poll, 38 percent said he should quit, while 60 percent said he should stay.";
    assertThat(quotes(poll)).extracting(Quote::text).anyMatch(t -> t.contains("while 60 percent"));
  }

  @Test
  void givesAnOfficeOfAnOrganisationNamedBeforeItToTheOrganisation() {
    String text = "A convoy reached the city on Thursday, the UN humanitarian office said.";
    assertThat(speaker(only(quotes(text)))).isEqualTo("United Nations");
    String official = "The convoy was stopped at a checkpoint, a senior UN official said.";
    assertThat(speaker(only(quotes(official)))).isEqualTo("United Nations");
  }

  @Test
  void endsWordsReportedInAnAsideAtTheAsidesClosingComma() {
    String text =
        "Opposition leader Dana Merel, who the commission said won 38 percent of the vote, called"
            + " the result \"a robbery in broad daylight\" and urged her supporters to stay.";
    List<Quote> qs = quotes(text);
    assertThat(qs)
        .filteredOn(q -> q.cue().of(text).equals("said"))
        .singleElement()
        .satisfies(q -> assertThat(q.text()).isEqualTo("won 38 percent of the vote"));
    assertThat(qs)
        .filteredOn(q -> q.cue().of(text).equals("called"))
        .singleElement()
        .satisfies(q -> assertThat(speaker(q)).isEqualTo("Dana Merel"));
  }

  @Test
  void readsARoleOpeningTheSentenceAsTheTagsAndTheMediaToldAsHearers() {
    String text =
        "A ministry spokesman, Colonel Ravi Sen, told state television the strike was a"
            + " provocation.";
    Quote q = only(quotes(text));
    assertThat(q.text()).isEqualTo("the strike was a provocation");
    assertThat(q.speaker().name()).isEqualTo("Ravi Sen");
    String mixed =
        "A ministry spokesman, Colonel Ravi Sen, told state television the strike was \"a"
            + " provocation staged by terrorists to discredit the army.\"";
    assertThat(only(quotes(mixed)).text()).startsWith("the strike was");
    String briefing =
        "The convoy carried food for 25,000 people, agency spokesman Jens Larke told a briefing"
            + " in Geneva.";
    assertThat(only(quotes(briefing)).text())
        .isEqualTo("The convoy carried food for 25,000 people");
    String conference = "Jens Larke told a news conference the convoy had arrived.";
    assertThat(only(quotes(conference)).text()).isEqualTo("the convoy had arrived");
  }

  @Test
  void givesAStatesInstitutionNamedByItsRoleToTheDatelinesCountry() {
    String text =
        "TARN, Kessel, Aug. 19 (Harbour Wire) - A drone strike killed nine people.\n\n"
            + "The defence ministry denied that its aircraft had been in the area. The army said"
            + " it had repelled an attack near Olm.";
    assertThat(quotes(text))
        .hasSize(2)
        .allSatisfy(q -> assertThat(q.speaker().name()).isEqualTo("Kessel"));
    String geneva =
        "GENEVA (Harbour Wire) - Talks resumed.\n\nThe defence ministry denied that it had"
            + " sent troops.";
    assertThat(only(quotes(geneva)).speaker()).isNull();
    String capital =
        "BANGKOK (Harbour Wire) - Talks resumed.\n\nThe defence ministry denied that it had"
            + " sent troops. The Philippine foreign ministry said it had called the ambassador.";
    assertThat(quotes(capital))
        .extracting(q -> q.speaker().name())
        .containsExactly("Thailand", "Philippines");
    String named =
        "BANGKOK, Kessel (Harbour Wire) - Talks resumed.\n\nThe defence ministry denied that it"
            + " had sent troops.";
    assertThat(speaker(only(quotes(named)))).isEqualTo("Kessel");
  }

  @Test
  void readsWhoAfterARoleOfAnOrganisationAsThePersonWhoHoldsIt() {
    String text =
        "«The guns must fall silent now,» said Moussa Faki, chairman of the Harbour Union"
            + " Commission, who called the deal \"a victory for diplomacy\".";
    List<Quote> qs = quotes(text);
    assertThat(qs).hasSize(2).allMatch(q -> q.speaker().name().equals("Moussa Faki"));
    assertThat(qs).noneMatch(q -> q.text().contains("said Moussa Faki"));
  }

  @Test
  void takesTheNearerOfToAndThatAfterAnAdverbial() {
    String text =
        "Dravia and Kessel agreed on Sunday to a 30-day ceasefire, ending weeks of shelling that"
            + " killed at least 56 civilians.";
    assertThat(only(quotes(text)).text()).startsWith("to a 30-day ceasefire");
  }

  @Test
  void readsNoStanceInAParticipleWithItsAgentNorInAFallingNumber() {
    for (String text :
        List.of(
            "A military coalition backed by the West is implicated in the bombing of schools.",
            "The harbour's approval rating declined slightly from 58 percent to 55 percent.")) {
      assertThat(quotes(text)).as(text).isEmpty();
    }
    String refused = "Ruth Adler declined repeated requests for an interview.";
    assertThat(only(quotes(refused)).cue().of(refused)).isEqualTo("declined");
  }

  @Test
  void readsContinuedAsACueOnlyWhenItGoesOnSpeakingOrKeepsAStance() {
    for (String text :
        List.of(
            "Yet the fires continued, and farmers are still burning stubble.",
            "Ruth Adler continued campaigning in Kessa on Friday with the mayor.")) {
      assertThat(quotes(text)).as(text).isEmpty();
    }
    String went = "“We will win this,” Ruth Adler continued.";
    assertThat(only(quotes(went)).speaker().name()).isEqualTo("Ruth Adler");
    String kept = "Ruth Adler continued to complain that the harbour plan was too costly.";
    assertThat(only(quotes(kept)).text()).isEqualTo("the harbour plan was too costly");
  }

  @Test
  void givesTheWordsOfAPersonsOfficeOrCampaignToThePerson() {
    for (String text :
        List.of(
            "Ruth Adler's office said the harbour meeting was cancelled.",
            "Ruth Adler's campaign said the poll was wrong.",
            "A spokesman for Ruth Adler's office said the meeting was cancelled.")) {
      assertThat(only(quotes(text)).speaker().name()).as(text).isEqualTo("Ruth Adler");
    }
  }

  @Test
  void readsAClauseWithoutThatAfterTheDayOfTheSaying() {
    String text = "President Ana Kovac said on Friday the army would remain in charge.";
    assertThat(only(quotes(text)).text()).isEqualTo("the army would remain in charge");
    String late = "Oren Vask said late on Monday Kessel had agreed to the talks.";
    assertThat(quotes(late))
        .filteredOn(q -> q.speaker().name().equals("Oren Vask"))
        .singleElement()
        .satisfies(q -> assertThat(q.text()).isEqualTo("Kessel had agreed to the talks"));
  }

  @Test
  void givesAStatementFromABodyAndItsChairmanToTheBodyNamedBefore() {
    String text =
        "The Harbour Union's Peace and Security Council suspended Kessel in May. According to a"
            + " statement from the council, its chairman warned that further sanctions were"
            + " possible.";
    assertThat(quotes(text))
        .isNotEmpty()
        .allSatisfy(q -> assertThat(q.speaker().name()).endsWith("Peace and Security Council"));
  }

  @Test
  void givesTheStatementToWhoIssuedItInAnEarlierSentence() {
    String text =
        "The Kessel Liberation Front claimed responsibility in a statement posted on its Telegram"
            + " channel.\n\n\"Our fighters will strike again,\" the statement said.";
    assertThat(quotes(text))
        .filteredOn(Quote::direct)
        .singleElement()
        .satisfies(q -> assertThat(q.speaker().name()).isEqualTo("Kessel Liberation Front"));
  }

  @Test
  void readsAPollAsTheSourceOnlyWhenInGovernsIt() {
    String poll = "In a recent Harbour Gazette poll, 42 percent of voters backed the pier.";
    assertThat(quotes(poll)).extracting(q -> q.cue().of(poll)).contains("In");
    String average = "Adler leads by nine points in the Harbour Gazette average of recent polls.";
    assertThat(quotes(average)).extracting(q -> q.cue().of(average)).contains("in");
    for (String text :
        List.of(
            "In the hours before the first polls closed, Ruth Adler kept up her attacks.",
            "In light of his showing in the polls, the party's leaders grew worried.")) {
      assertThat(quotes(text)).as(text).isEmpty();
    }
  }

  @Test
  void keepsTheReasonAfterAnInsertedTagInTheWords() {
    String text =
        "The toll will rise again, harbour engineers say, because the pier has not been repaired.";
    assertThat(only(quotes(text)).text()).isEqualTo(text.substring(0, text.length() - 1));
  }

  @Test
  void carriesAQuotationToItsSpeakerAcrossACueOfTheNextSentence() {
    String text =
        "“We need exceptions,” Adler said. “And so I will vote for the harbour bill.”\n"
            + "Tom Reyes said he would vote against it.";
    List<Quote> qs = quotes(text).stream().filter(Quote::direct).toList();
    assertThat(only(qs).text()).endsWith("vote for the harbour bill.");
    assertThat(only(qs).speakerSpan().of(text)).isEqualTo("Adler");
  }

  @Test
  void readsAPossessiveBeforeASpeechWordAsANoun() {
    String text = "Tom Reyes repeated his warning that the harbour wall would fail.";
    Quote q =
        quotes(text).stream()
            .filter(x -> x.cue().of(text).equals("warning"))
            .findFirst()
            .orElseThrow();
    assertThat(q.speakerSpan().of(text)).isEqualTo("his");
    assertThat(q.text()).isEqualTo("the harbour wall would fail");
  }

  @Test
  void readsTheAskerOfAPassiveQuestion() {
    String text = "Tom Reyes was asked by Ruth Adler whether the harbour would reopen.";
    Quote q = only(quotes(text));
    assertThat(speaker(q)).isEqualTo("Ruth Adler");
    assertThat(q.text()).isEqualTo("whether the harbour would reopen");
  }

  @Test
  void readsAParticipleAfterACueAsTheSameSpeakers() {
    String text = "“People are ready,” Tom Reyes said, adding: “They are going to vote.”";
    assertThat(quotes(text)).allSatisfy(q -> assertThat(speaker(q)).isEqualTo("Tom Reyes"));
  }

  @Test
  void readsSubjectsAcrossRelativeClausesAsidesAndPollShares() {
    String who = "Tom Reyes, who says the board is corrupt, said the audit must be public.";
    assertThat(quotes(who))
        .filteredOn(q -> q.cue().of(who).equals("said"))
        .singleElement()
        .satisfies(q -> assertThat(speaker(q)).isEqualTo("Tom Reyes"));
    String aside = "Senior officials, however, said the cranes would be repaired by June.";
    assertThat(only(quotes(aside)).speakerSpan().of(aside)).isEqualTo("Senior officials");
    String poll = "Most voters backed the plan, and nine in 10 said the harbour needs work.";
    assertThat(quotes(poll))
        .filteredOn(q -> q.cue().of(poll).equals("said"))
        .singleElement()
        .satisfies(q -> assertThat(q.speakerSpan().of(poll)).isEqualTo("nine in 10"));
  }

  @Test
  void readsSpeakersWithPartyTagsPlacesAndAges() {
    String party = "Gov. Ruth Adler (R-OH), said the harbour would reopen in spring.";
    assertThat(speaker(only(quotes(party)))).isEqualTo("Ruth Adler");
    String state = "Rep. Tom Reyes of Ohio, a harbour board member, said the audit was late.";
    assertThat(speaker(only(quotes(state)))).isEqualTo("Tom Reyes");
    String age = "“The harbour is our life,” said the 46-year-old.";
    assertThat(only(quotes(age)).speakerSpan().of(age)).isEqualTo("the 46-year-old");
  }

  @Test
  void readsAHeadlineLineAsTheLabelsEvenWithAStanceInsideOrAKickerBefore() {
    String text = "Adler: I support the harbour levy.\n\nRuth Adler spoke for an hour on Tuesday.";
    Quote q = only(quotes(text));
    assertThat(speaker(q)).isEqualTo("Ruth Adler");
    assertThat(q.text()).isEqualTo("I support the harbour levy.");
    String kicker =
        "EXCLUSIVE – Ruth Adler: Don’t Trust the Harbour Board\n\nAdler spoke on Tuesday.";
    assertThat(speaker(only(quotes(kicker)))).isEqualTo("Ruth Adler");
    String paper = "Newspaper: Port chief used a private phone\n\nThe port said nothing.";
    assertThat(only(quotes(paper)).speakerSpan().of(paper)).isEqualTo("Newspaper");
  }

  @Test
  void readsAHeadlineLabelEndingWithAName() {
    String text =
        "Dr. Ruth Adler: The Harbour Deal Will Cost Every Family\n\n"
            + "Ruth Adler spoke for an hour in the chamber on Tuesday.";
    assertThat(speaker(quotes(text).getFirst())).isEqualTo("Ruth Adler");
  }

  @Test
  void readsANamedPersonAfterATitleThatOpensWithAnotherName() {
    String text = "“The harbour deal is dead,” said Adler campaign manager Tom Reyes.";
    assertThat(speaker(only(quotes(text)))).isEqualTo("Tom Reyes");
  }

  @Test
  void readsASubjectBeforeARelativeClauseWithoutCommas() {
    String text =
        "A harbour official who spoke on condition of anonymity said the audit was finished.";
    assertThat(only(quotes(text)).speakerSpan().of(text)).isEqualTo("A harbour official");
  }

  @Test
  void readsTheAnswerNotTheQuestionAfterAsked() {
    String text = "Asked if the harbour would close, Tom Reyes said no.";
    Quote q = only(quotes(text));
    assertThat(q.text()).isEqualTo("no");
    assertThat(speaker(q)).isEqualTo("Tom Reyes");
  }

  @Test
  void readsTheWholeSentenceAroundAnAccordingToBetweenCommas() {
    String text = "Over ten years, according to the harbour board, the port will lose four firms.";
    assertThat(only(quotes(text)).text()).isEqualTo(text.substring(0, text.length() - 1));
  }

  @Test
  void keepsAPronounOrGroupSubjectOfAProgressive() {
    String text = "It’s denouncing what it calls a coordinated attack on the harbour board.";
    assertThat(quotes(text)).extracting(q -> q.speakerSpan().of(text)).contains("It");
    String group = "Republicans are slamming Tom Reyes for his harbour deal.";
    assertThat(only(quotes(group)).speakerSpan().of(group)).isEqualTo("Republicans");
    String party = "The Republican is also encouraging his supporters to watch the polls.";
    assertThat(only(quotes(party)).speakerSpan().of(party)).isEqualTo("The Republican");
  }

  @Test
  void carriesAQuotedTranscriptAnswerOverItsParagraphs() {
    String text =
        "Senator Ruth Adler spoke to Tom Reyes on the radio.\n\n"
            + "\"REYES: Will the harbour deal go ahead?\n\n"
            + "ADLER: Not this year.\n\n"
            + "We need an audit first, and the board knows it.\n\n"
            + "REYES: Thank you.\"";
    List<Quote> qs = quotes(text);
    Quote adler =
        qs.stream().filter(q -> "Ruth Adler".equals(speaker(q))).findFirst().orElseThrow();
    assertThat(adler.text()).startsWith("Not this year.").endsWith("the board knows it.");
  }

  @Test
  void readsQuotedPiecesJoinedByAnUnquotedWord() {
    String text = "''Harbour people'' are ''not out to close the port,'' Tom Reyes said.";
    Quote q = only(quotes(text));
    assertThat(q.text()).startsWith("''Harbour people'' are").endsWith("close the port,''");
  }

  @Test
  void readsTheAnswerNotTheQuotedQuestion() {
    String text = "Asked whether the board is “fit to serve,” most dock workers said no.";
    Quote q = only(quotes(text));
    assertThat(q.text()).isEqualTo("no");
  }

  @Test
  void readsAtLeastAsAQuantityNotAnAdverbial() {
    String text = "The Harbour Gazette reported at least six cranes had failed this year.";
    assertThat(only(quotes(text)).text()).isEqualTo("at least six cranes had failed this year");
  }

  @Test
  void readsASignatureNameTheTaggerDoesNotKnowAndAReversedOpeningMark() {
    String text =
        "Readers wrote to us after the debate.\n\n”The harbour plan will sink this town.” ― Mara Quill";
    Quote q = only(quotes(text));
    assertThat(q.speakerSpan().of(text)).isEqualTo("Mara Quill");
    assertThat(q.text()).isEqualTo("The harbour plan will sink this town.");
  }

  @Test
  void readsASpeechVerbOfStanceWithoutAClause() {
    String text = "Ruth Adler is describing as “reckless” the board’s plan for the harbour.";
    Quote q = only(quotes(text));
    assertThat(q.text()).startsWith("as “reckless”");
    assertThat(speaker(q)).isEqualTo("Ruth Adler");
  }

  @Test
  void readsNoModalAcrossBut() {
    String text = "Ruth Adler doubted the board could appeal but said it may try again in May.";
    assertThat(quotes(text)).extracting(q -> q.cue().of(text)).contains("said");
  }

  @Test
  void readsAHeadlineWhoseSpeakerTheTaggerJoinedWithSays() {
    String text =
        "Harbour Deal Could Cost Every Family, Ruth Adler Says\n\n"
            + "Senator Ruth Adler spoke in the chamber on Tuesday.";
    Quote q = quotes(text).getFirst();
    assertThat(speaker(q)).isEqualTo("Ruth Adler");
    assertThat(q.text()).isEqualTo("Harbour Deal Could Cost Every Family");
  }

  @Test
  void readsARoleBeforeANameAsATitleAndAnAppositionAsNoQuote() {
    String text =
        "''The port loses money every winter,'' said Senator Tom Reyes, a Harbour Party member."
            + " ''We cannot wait.''\n\n"
            + "\"The dredging can start in May,\" said engineer and harbour planner Mara Quill.";
    List<Quote> qs = quotes(text);
    assertThat(qs)
        .extracting(QuoteExtractorTest::speaker)
        .containsExactly("Tom Reyes", "Mara Quill");
    assertThat(qs.getFirst().text()).startsWith("The port loses").endsWith("We cannot wait.");
    assertThat(qs.getFirst().text()).doesNotContain("Harbour Party member");
  }

  @Test
  void closesAQuotationAtAMistypedOpeningMarkAndReadsATagSentence() {
    String text =
        "“The harbour will be closed for a week,“ said Ruth Adler. "
            + "“Nobody will fish until Friday.” Tom Reyes said.";
    List<Quote> qs = quotes(text);
    assertThat(qs)
        .extracting(QuoteExtractorTest::speaker)
        .containsExactly("Ruth Adler", "Tom Reyes");
    assertThat(qs.get(0).text()).isEqualTo("The harbour will be closed for a week");
    assertThat(qs.get(1).text()).isEqualTo("Nobody will fish until Friday.");
  }

  @Test
  void readsAShowTitleInQuotationMarksAsNoQuotation() {
    String text =
        "On the channel’s “Harbour Morning Hour,” Ruth Adler said the port would reopen in May.";
    Quote q = only(quotes(text));
    assertThat(q.text()).isEqualTo("the port would reopen in May");
    assertThat(q.direct()).isFalse();
  }

  @Test
  void readsAnAsideBeforeACapitalAndAPronounAfterAStatement() {
    String text =
        "If the tide rises again, Ruth Adler said, Harbour Street must close.\n\n"
            + "The Harbour Board said in a statement Thursday night they closed the pier.";
    List<Quote> qs = quotes(text);
    assertThat(qs)
        .extracting(Quote::text)
        .containsExactly(
            "If the tide rises again, Ruth Adler said, Harbour Street must close",
            "they closed the pier");
  }

  @Test
  void keepsASentenceCutBeforeACommaWhole() {
    String text =
        "Rep. Ruth Adler (D-Md.), chair of the harbour committee, said the pier must close.";
    Quote q = only(quotes(text));
    assertThat(speaker(q)).isEqualTo("Ruth Adler");
    assertThat(q.text()).isEqualTo("the pier must close");
  }

  @Test
  void givesAParticipleAfterACommaTheSentencesSubject() {
    String text = "Ruth Adler praised the plan of Tom Reyes, saying the harbour needs a new board.";
    Quote q =
        quotes(text).stream()
            .filter(x -> x.cue().of(text).equals("saying"))
            .findFirst()
            .orElseThrow();
    assertThat(speaker(q)).isEqualTo("Ruth Adler");
  }

  @Test
  void givesADocumentsWordsToWhoIssuedIt() {
    String text = "The town released a statement Wednesday saying the pier would close.";
    Quote q = only(quotes(text));
    assertThat(q.speakerSpan().of(text)).isEqualTo("The town");
    assertThat(q.text()).isEqualTo("the pier would close");
  }

  @Test
  void readsAHeadlineWithQuotedPiecesAfterItsSourceAsOneQuote() {
    String text =
        "Osei: ‘Ceasefire talks’ are ‘our last chance’\n\n"
            + "Foreign Minister Lena Osei said on Monday that the talks in Varna would decide the"
            + " war.";
    Quote headline =
        quotes(text).stream().filter(q -> q.span().start() < 10).findFirst().orElseThrow();
    assertThat(headline.text()).isEqualTo("‘Ceasefire talks’ are ‘our last chance’");
    assertThat(speaker(headline)).isEqualTo("Lena Osei");
    assertThat(quotes(text)).filteredOn(q -> q.span().start() < 10).hasSize(1);
  }

  @Test
  void endsTheWordsBeforeAPossessedRoleSetOffBeforeTheSpeakersName() {
    String text =
        "The strike on Saturday killed two workers, Tarn's governor, Ivo Marek, said. The depot"
            + " will be closed for a month, the city's mayor, Anna Lind, said on Sunday. Rescue"
            + " teams were still searching the site, said Kessel's interior minister, Jonas Brandt.";
    assertThat(quotes(text))
        .extracting(QuoteExtractorTest::speaker, Quote::text)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "Ivo Marek", "The strike on Saturday killed two workers"),
            org.assertj.core.groups.Tuple.tuple(
                "Anna Lind", "The depot will be closed for a month"),
            org.assertj.core.groups.Tuple.tuple(
                "Jonas Brandt", "Rescue teams were still searching the site"));
  }

  @Test
  void keepsAStanceThatOpensAnInterviewAnswer() {
    String text =
        "Lena Osei spoke to the Harbour Wire on Tuesday.\n\n"
            + "Q: Will the ceasefire hold?\n\n"
            + "A: I think the monitors will keep it.\n\n"
            + "Q: And the prisoners?\n\n"
            + "A: They come home in June.\n";
    assertThat(quotes(text))
        .anyMatch(
            q ->
                q.speakerSpan().of(text).equals("I")
                    && q.text().equals("the monitors will keep it")
                    && "Lena Osei".equals(speaker(q)));
  }

  @Test
  void givesWordsSaidJointlyToEachOfTheirSpeakers() {
    String text =
        "France, Britain and Germany urged both sides to show restraint. Lena Osei and Jonas"
            + " Brandt said in a joint statement that the border would reopen. Voters in Ohio and"
            + " Iowa say the economy is improving.";
    assertThat(quotes(text))
        .filteredOn(q -> !q.text().startsWith("the economy"))
        .extracting(QuoteExtractorTest::speaker, q -> q.text().substring(0, 10))
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("Germany", "both sides"),
            org.assertj.core.groups.Tuple.tuple("United Kingdom", "both sides"),
            org.assertj.core.groups.Tuple.tuple("France", "both sides"),
            org.assertj.core.groups.Tuple.tuple("Jonas Brandt", "the border"),
            org.assertj.core.groups.Tuple.tuple("Lena Osei", "the border"));
    assertThat(quotes(text)) // the voters speak, not the places they live in, one quote
        .filteredOn(q -> q.text().startsWith("the economy"))
        .singleElement()
        .matches(q -> q.speakerSpan().of(text).equals("Voters"));
  }

  @Test
  void givesTheWordsOfACoordinatedVerbToTheStateThatOpensTheClause() {
    String text =
        "Neighbouring Dravia closed its border crossings and said it would deploy more troops."
            + " Residents of the nearby village of Bel said helicopters had been firing since the"
            + " morning.";
    List<Quote> qs = quotes(text);
    assertThat(qs).extracting(QuoteExtractorTest::speaker).first().isEqualTo("Dravia");
    assertThat(qs.get(1).speakerSpan().of(text)).startsWith("Residents");
  }

  @Test
  void takesNoObjectOfTheFirstVerbAsTheSpeakerOfACoordinatedOne() {
    String text =
        "Soldiers in Marsia detained President Jean Tovo on Wednesday and announced on state"
            + " television that they had dissolved the government.";
    Quote q = only(quotes(text));
    assertThat(q.speakerSpan().of(text)).isEqualTo("Soldiers in Marsia");
    assertThat(speaker(q)).isNotEqualTo("Jean Tovo");
  }

  @Test
  void readsAPassiveInsideReportedWordsAsPartOfThem() {
    String text =
        "Early exit polls in Ohio and Iowa indicated that Holm was strongly supported by late"
            + " deciders.";
    assertThat(quotes(text))
        .anyMatch(
            q ->
                q.speakerSpan().of(text).startsWith("Early exit polls")
                    && q.text().equals("Holm was strongly supported by late deciders"))
        .noneMatch(q -> q.text().startsWith("Early exit polls"));
  }

  @Test
  void leavesTheReportersLinkingWordOutOfTheWords() {
    String text = "Meanwhile, a car bomb exploded outside a police station, local officials said.";
    assertThat(only(quotes(text)).text()).isEqualTo("a car bomb exploded outside a police station");
  }

  @Test
  void readsATranscriptLineThatReportsSomeoneElse() {
    String text =
        "Tom Reyes spoke to the harbour radio on Monday.\n\n"
            + "TOM REYES: This is a chairman who said he would never raise the fees. He raised"
            + " them twice this year.";
    List<Quote> qs = quotes(text);
    Quote line =
        qs.stream()
            .filter(q -> q.text().startsWith("This is a chairman"))
            .findFirst()
            .orElseThrow();
    assertThat(line.speakerSpan().of(text)).isEqualTo("TOM REYES");
    assertThat(line.text()).endsWith("twice this year.");
    assertThat(qs).extracting(Quote::text).contains("he would never raise the fees");
  }

  @Test
  void readsAccordingToASourceWhosePhraseGoesOnAfterItsName() {
    String text = "According to a Harbour Gazette poll, the two candidates are tied in the port.";
    Quote q = only(quotes(text));
    assertThat(q.text()).isEqualTo("the two candidates are tied in the port");
  }

  @Test
  void readsTheWordsBeforeToldWhenNoClauseFollowsTheHearer() {
    String text =
        "The port will reopen in May, Ruth Adler told the harbour board as she left.\n\n"
            + "The pier is safe, Tom Reyes told the Gazette he was sure of it.";
    List<Quote> qs = quotes(text);
    assertThat(qs).extracting(Quote::text).contains("The port will reopen in May");
    assertThat(qs).extracting(Quote::text).doesNotContain("The pier is safe");
  }

  @Test
  void readsASignatureEndedByAFullStopAndANestedQuotationWithTheSameMarks() {
    String text =
        "Readers wrote to us.\n\n"
            + "“The harbour board calls it “progress” but nobody asked us.” ― Mara Quill\n\n"
            + "“They call the fishermen “rapists“ of the sea and sell the pier.”― Tom Reyes.";
    List<Quote> qs = quotes(text);
    assertThat(qs)
        .extracting(q -> q.speakerSpan().of(text))
        .containsExactly("Mara Quill", "Tom Reyes");
    assertThat(qs.get(0).text())
        .isEqualTo("The harbour board calls it “progress” but nobody asked us.");
    assertThat(qs.get(1).text()).endsWith("sell the pier.");
  }

  @Test
  void readsWhoeverIsNamedAfterACueThatFollowsAClosingMark() {
    String text =
        "“The pier is rotten. It will fall in the first storm,” said 9/11 widow Mara Quill.\n\n"
            + "\"The board is wasting our time,\" said Del. Tom Reyes.";
    List<Quote> qs = quotes(text);
    assertThat(qs)
        .extracting(q -> q.speakerSpan().of(text))
        .containsExactly("9/11 widow Mara Quill", "Tom Reyes");
    assertThat(qs.getFirst().text()).startsWith("The pier is rotten.").endsWith("first storm");
  }

  @Test
  void readsTheWholeSentenceAroundAQuotedPieceAndAnAsideCue() {
    String text =
        "“We closed the pier” for two weeks after the storm damaged the cranes, Ruth Adler said."
            + " The fees are checked every month, Adler said, but “we never ask where the money"
            + " comes from.”";
    List<Quote> qs = quotes(text);
    assertThat(qs)
        .extracting(Quote::text)
        .containsExactly(
            "“We closed the pier” for two weeks after the storm damaged the cranes",
            "The fees are checked every month, Adler said, but “we never ask where the money comes"
                + " from.”");
  }

  @Test
  void keepsAnIntroductoryPhraseOutOfAQuotationAfterItsCue() {
    String text =
        "Ruth Adler spoke first. In this context, she stated, “The harbour must stay open.”";
    Quote q = only(quotes(text));
    assertThat(q.text()).isEqualTo("The harbour must stay open.");
  }

  @Test
  void readsANounPhraseThatNoRuleNamesAsTheSubject() {
    String text =
        "In separate interviews, three current and former harbour pilots said the cranes were"
            + " unsafe.\n\n"
            + "The harbour stayed quiet.";
    List<Quote> qs = quotes(text);
    Quote q = only(qs);
    assertThat(q.speakerSpan().of(text)).isEqualTo("three current and former harbour pilots");
    assertThat(q.text()).isEqualTo("the cranes were unsafe");
  }

  @Test
  void resolvesAPronounToAPersonOfItsGender() {
    String text =
        "Mrs. Okafor met the harbour master, Thomas Brandt, on Monday. Brandt gave her a tour of"
            + " the pier.\n\n"
            + "“We cannot keep the cranes running without new money,” she said.\n\n"
            + "Senator Maria Varga later met Henrik Dahl. “The port needs a plan,” he said.";
    List<Quote> qs = quotes(text);
    assertThat(qs).extracting(QuoteExtractorTest::speaker).containsExactly("Okafor", "Henrik Dahl");
  }

  @Test
  void givesAStatementReadToItsReaderPastAnAside() {
    String text =
        "A colonel, flanked by nine officers, read a statement saying the army had taken power.";
    assertThat(only(quotes(text)).speakerSpan().of(text)).isEqualTo("A colonel");
  }

  @Test
  void givesAMinistrySpokeswomansWordsToTheMinistrysState() {
    String text =
        "TARN, Kessel, Oct 3 (Vigil Wire) - The envoy was handed a note of protest, a ministry"
            + " spokeswoman said.";
    assertThat(quotes(text)).extracting(QuoteExtractorTest::speaker).containsExactly("Kessel");
  }

  @Test
  void endsAStanceInACommaAsideAtTheAside() {
    String text =
        "Kessel, which supported Dravia's military government during the war, has since"
            + " apologised for its role.";
    assertThat(quotes(text))
        .extracting(Quote::text)
        .contains("Dravia's military government during the war")
        .noneMatch(t -> t.contains("apologised"));
  }

  @Test
  void endsReportedWordsBeforeTheSpeakersOwnButWarnedThat() {
    String text =
        "Ruth Adler said the harbour would reopen by the end of the year but warned that the fees"
            + " would rise.";
    assertThat(quotes(text))
        .extracting(Quote::text)
        .containsExactly("the harbour would reopen by the end of the year", "the fees would rise");
  }

  @Test
  void readsItAfterAnArmyThatSpokeAsTheArmysState() {
    String text =
        "KIRA, Dravia, Feb 9 (Vigil Wire) - Gunmen ambushed a convoy near the border, the army"
            + " said in a statement. More than 40 attackers were killed in the fighting that"
            + " followed, it said.";
    assertThat(quotes(text))
        .filteredOn(q -> q.text().startsWith("More than"))
        .extracting(QuoteExtractorTest::speaker)
        .containsExactly("Dravia");
  }

  @Test
  void givesWordsToThePersonARelativeClauseQualifies() {
    String text =
        "“They came from all sides,” a soldier who survived the attack told Reuters by telephone.";
    Quote q = only(quotes(text));
    assertThat(q.speakerSpan().of(text)).isEqualTo("a soldier who survived the attack");
    String woman = "“We lost everything,” a woman who had fled the fighting in Kira told Reuters.";
    assertThat(only(quotes(woman)).speakerSpan().of(woman)).startsWith("a woman who");
  }

  @Test
  void passesOverANameInsideTheQuotedWordsForAPronoun() {
    String text =
        "“The files show that Maria Santos signed the order,” the prosecutor, Ruth Adler, told"
            + " the court. She asked the judge to keep the former governor in detention.";
    assertThat(quotes(text))
        .filteredOn(q -> q.text().startsWith("the judge"))
        .extracting(QuoteExtractorTest::speaker)
        .containsExactly("Ruth Adler");
  }

  @Test
  void readsGenderFromTitlesRolesAndGivenNames() {
    Article a =
        Article.of(
            "Mr. Reyes spoke first. Ruth Adler, the chairwoman of the board, answered. "
                + "Maria Santos and Sam Quill listened. A spokeswoman, Ilsa Marr, smiled.");
    ArticleView view = new ArticleView(a.text(), a.analysis(), a.resolution());
    Genders genders = new Genders(view);
    java.util.Map<String, Genders.Gender> found = new java.util.HashMap<>();
    for (io.vigil.model.ResolvedMention m : a.resolution().mentions()) {
      found.put(m.mention().text(), genders.of(m));
    }
    assertThat(found)
        .containsEntry("Reyes", Genders.Gender.MALE)
        .containsEntry("Ruth Adler", Genders.Gender.FEMALE)
        .containsEntry("Maria Santos", Genders.Gender.FEMALE)
        .containsEntry("Sam Quill", Genders.Gender.UNKNOWN)
        .containsEntry("Ilsa Marr", Genders.Gender.FEMALE);
  }

  @Test
  void readsAGroupQualifiedByANationalityAndAQuantityAfterSaid() {
    String text =
        "A ferry hit the harbour wall on Thursday night, French officials said.\n\n"
            + "The harbour board said about half of the cranes had failed.";
    List<Quote> qs = quotes(text);
    assertThat(qs)
        .extracting(q -> q.speakerSpan().of(text))
        .containsExactly("French officials", "The harbour board");
    assertThat(qs)
        .extracting(Quote::text)
        .containsExactly(
            "A ferry hit the harbour wall on Thursday night",
            "about half of the cranes had failed");
  }

  @Test
  void readsPutItAndLaidOutAsStances() {
    String text =
        "As Ruth Adler put it, the harbour is dying.\n\n"
            + "Tom Reyes laid out his plan for the pier on Monday.";
    List<Quote> qs = quotes(text);
    assertThat(qs)
        .extracting(Quote::text)
        .containsExactly(
            "As Ruth Adler put it, the harbour is dying", "his plan for the pier on Monday");
  }

  @Test
  void givesWordsTheSpeakerAndHerSourceBothSayTheSameSpan() {
    List<Quote> qs =
        quotes(
            "Karin Holm said at least 23 reporters were in prison in Varnia, according to the"
                + " Committee to Protect Journalists.");
    assertThat(qs)
        .extracting(Quote::text)
        .containsOnly("at least 23 reporters were in prison in Varnia");
    assertThat(qs)
        .extracting(QuoteExtractorTest::speaker)
        .containsExactlyInAnyOrder("Karin Holm", "Committee to Protect Journalists");
  }

  @Test
  void leavesItUnresolvedAfterABodyNamedByItsRoleNotTheSourceNamedBefore() {
    String text =
        "She said 23 reporters were in prison, according to the Committee to Protect Journalists."
            + " The Varnian foreign ministry welcomed the announcement. In a statement, it said the"
            + " decision showed real progress.";
    Quote q =
        quotes(text).stream()
            .filter(x -> x.text().startsWith("the decision"))
            .findFirst()
            .orElseThrow();
    assertThat(speaker(q)).isNull();
  }

  @Test
  void resolvesItToTheOrganisationAndAQualifiedRoleOnlyToANameWithItsWords() {
    String text =
        "The European Union met in Brussels on Monday. It said the talks were over.\n\n"
            + "The dock workers union said the fees were too high.";
    List<Quote> qs = quotes(text);
    assertThat(qs).extracting(QuoteExtractorTest::speaker).containsExactly("European Union", null);
    assertThat(qs.get(1).speakerSpan().of(text)).isEqualTo("The dock workers union");
  }

  @Test
  void readsANameAfterAQuotationWhoseVerbComesAfterAppositions() {
    String text =
        "“It is an invasion of the harbour’s domain,” Ruth Adler, the mayor of Kessel, one of"
            + " the towns suing the board, said at an event this month.";
    Quote q = only(quotes(text));
    assertThat(speaker(q)).isEqualTo("Ruth Adler");
    assertThat(q.text()).isEqualTo("It is an invasion of the harbour’s domain");
  }

  @Test
  void readsAClauseOpenedByThisAnAsAsideAndASubjectAfterBut() {
    String text =
        "Others say this is just a rough patch for the harbour.\n\n"
            + "As the Harbour Board's Ruth Adler said, the pier is the town's last asset.\n\n"
            + "A strike would be unusual, but dock workers say the fees are too high.\n\n"
            + "\"Boots on the pier\" would be welcome, Harbour Party candidate Tom Reyes said after the storm.";
    List<Quote> qs = quotes(text);
    assertThat(qs)
        .extracting(Quote::text)
        .containsExactly(
            "this is just a rough patch for the harbour",
            "As the Harbour Board's Ruth Adler said, the pier is the town's last asset",
            "the fees are too high",
            "\"Boots on the pier\" would be welcome");
    assertThat(qs.get(2).speakerSpan().of(text)).isEqualTo("dock workers");
  }

  @Test
  void readsWordsAroundAnInvertedAsideAndBeforeALowerCaseTitle() {
    String text =
        "Any honest reading of the board's plan, said Ruth Adler, an expert on harbours at the"
            + " Kessel Institute, would see it as a retreat.\n\n"
            + "Two ferries were also in the port, harbour authority spokesman Tom Reyes said"
            + " Thursday.";
    List<Quote> qs = quotes(text);
    assertThat(qs)
        .extracting(Quote::text)
        .containsExactly(
            "Any honest reading of the board's plan, said Ruth Adler, an expert on harbours at the"
                + " Kessel Institute, would see it as a retreat",
            "Two ferries were also in the port");
  }

  @Test
  void readsAGroupThatAParticipleSaysBacksSomeone() {
    String text = "Donors gave $25 million last month to an outside group backing Ruth Adler.";
    Quote q = only(quotes(text));
    assertThat(q.speakerSpan().of(text)).isEqualTo("an outside group");
    assertThat(q.text()).isEqualTo("Ruth Adler");
  }

  @Test
  void readsHeadlineLinesWhoseLabelIsNoEntity() {
    String text =
        "Harbour Camp: The Pier Must Stay Open For Every Family\n\n"
            + "The board met on Monday and voted for the plan.";
    Quote q = only(quotes(text));
    assertThat(q.speakerSpan().of(text)).isEqualTo("Harbour Camp");
    assertThat(q.text()).isEqualTo("The Pier Must Stay Open For Every Family");
  }

  @Test
  void readsNoSpeakerForAParticipleAfterWhen() {
    String text =
        "When asked whether the pier would close, Ruth Adler said: \"I think that is likely.\"";
    Quote q = only(quotes(text));
    assertThat(speaker(q)).isEqualTo("Ruth Adler");
    assertThat(q.text()).isEqualTo("I think that is likely.");
  }

  @Test
  void readsFindingsOfAPollNamedByANounPhrase() {
    String text = "New polls released Sunday showed Ruth Adler taking a lead in the harbour race.";
    List<Quote> qs = quotes(text);
    assertThat(qs).extracting(q -> q.speakerSpan().of(text)).containsExactly("New polls released");
  }

  @Test
  void readsARelativeWhichAsTheSpeakerForItsAntecedent() {
    String text =
        "The Harbour Workers Union, which endorsed Ruth Adler in November, is the town's largest.";
    Quote q = only(quotes(text));
    assertThat(q.speakerSpan().of(text)).isEqualTo("which");
    assertThat(speaker(q)).isEqualTo("Harbour Workers Union");
    assertThat(q.text()).startsWith("Ruth Adler in November");
  }

  @Test
  void readsAStanceParticipleAfterByAsTheSubjectsOwn() {
    String text = "Ruth Adler opened her campaign by denouncing the harbour board's fees.";
    Quote q = only(quotes(text));
    assertThat(speaker(q)).isEqualTo("Ruth Adler");
    assertThat(q.cue().of(text)).isEqualTo("denouncing");
  }

  @Test
  void marksReportedWordsThatEndInAQuotationAsDirect() {
    String text =
        "Ruth Adler said the board's plan was “a disaster for the town.”\n\n"
            + "Tom Reyes said the board's plan was sound.";
    List<Quote> qs = quotes(text);
    assertThat(qs).extracting(Quote::direct).containsExactly(true, false);
  }

  @Test
  void keepsTheMarkThatClosesAQuotationAtTheEndOfReportedWords() {
    String text =
        "Tom Reyes said a merger with Kessel would be a “town with two harbours.”\n\n"
            + "He praised Ruth Adler for “stepping up when the board won’t.”";
    List<Quote> qs = quotes(text);
    assertThat(qs)
        .extracting(Quote::text)
        .containsExactly(
            "a merger with Kessel would be a “town with two harbours.”",
            "Ruth Adler for “stepping up when the board won’t.”");
    assertThat(qs).allMatch(Quote::direct);
  }

  @Test
  void endsAStanceBeforeAnotherSpeakersClause() {
    String text = "Ruth Adler thanked the harbour crews, and a fisherman yelled “Stay out there!”";
    List<Quote> qs = quotes(text);
    assertThat(qs).extracting(Quote::text).contains("the harbour crews");
  }

  @Test
  void readsNoDatelineAgencyAsTheSubjectOfAParticiple() {
    String text =
        "KESSEL, Dec. 8 (UPI) — In response to the board's plan, Ruth Adler's deputy rallied"
            + " fishermen, saying: “We have to be ready to stop it.”";
    Quote q = only(quotes(text));
    assertThat(q.speakerSpan().of(text)).doesNotContain("UPI");
  }

  @Test
  void readsACueAfterAQuotationThatEndsWithANegation() {
    String text = "''Some piers are adapting, others are just not,'' said Paul H. Varga of Kessel.";
    Quote q = only(quotes(text));
    assertThat(q.speakerSpan().of(text)).contains("Varga");
  }

  @Test
  void leavesTheTimeOfTheReportingOutOfAQuotationsEnd() {
    String text = "Ruth Adler described the harbour plan as a “slow disaster” on Tuesday.";
    Quote q = only(quotes(text));
    assertThat(q.text()).isEqualTo("the harbour plan as a “slow disaster”");
    assertThat(q.direct()).isTrue();
  }

  @Test
  void readsNoCueInAClauseThatFollowsAQuotationAfterAnd() {
    String text =
        "Ruth Adler said the pier was worth saving because “most people never walk on it,” and"
            + " Tom Reyes added more.";
    List<Quote> qs = quotes(text);
    assertThat(qs)
        .filteredOn(q -> q.text().contains("most people"))
        .extracting(QuoteExtractorTest::speaker)
        .containsOnly("Ruth Adler");
  }

  @Test
  void readsNoStanceInsideTheWordsOfAMixedQuotation() {
    String text =
        "Ruth Adler says she hopes to win the vote, but she knows that “the harbour will always"
            + " come first.”";
    Quote q = only(quotes(text));
    assertThat(q.cue().of(text)).isEqualTo("says");
    assertThat(q.direct()).isTrue();
  }

  @Test
  void readsContentBeforeAnInvertedCueDespiteAModalInIt() {
    String text = "The first ferry could sail this week, said Tom Reyes, the harbour master.";
    Quote q = only(quotes(text));
    assertThat(q.text()).isEqualTo("The first ferry could sail this week");
  }

  @Test
  void readsReportedWordsThatOpenWithAShortQuotedFragment() {
    String text =
        "Ruth Adler said \"harbour fees\" and new taxes would pay for the pier.\n\n"
            + "Tom Reyes said at a meeting in Kessel that \"a crane\" had fallen into the sea.";
    List<Quote> qs = quotes(text);
    assertThat(qs)
        .extracting(Quote::text)
        .containsExactly(
            "\"harbour fees\" and new taxes would pay for the pier",
            "\"a crane\" had fallen into the sea");
  }

  @Test
  void readsAGerundSubjectAfterAnAsideAsPartOfTheContent() {
    String text = "Though the vote was calm, she said, replacing the board would be bitter.";
    Quote q = only(quotes(text));
    assertThat(q.text()).startsWith("Though the vote was calm").endsWith("would be bitter");
  }

  @Test
  void readsAQuotedPieceInsideASentenceUpToItsCue() {
    String text = "A fisherman who “takes a crate of cod” is fined, Ruth Adler said.";
    Quote q = only(quotes(text));
    assertThat(q.text()).isEqualTo("A fisherman who “takes a crate of cod” is fined");
  }

  @Test
  void readsIndefiniteSpeakersAndACountryWithAnApposition() {
    String text =
        "Then someone asked how the harbour could pay for the pier.\n\n"
            + "Even China, Pyongyang's only ally, said it was opposed to the test.";
    List<Quote> qs = quotes(text);
    assertThat(qs).extracting(q -> q.speakerSpan().of(text)).containsExactly("someone", "China");
  }

  @Test
  void readsTheWordsBeforeASpeakerWithAnOfficeAndAHearer() {
    String text =
        "The plan includes two new cranes for the pier, Harbour Secretary Ruth Adler told a"
            + " Senate panel Wednesday.";
    Quote q = only(quotes(text));
    assertThat(q.text()).isEqualTo("The plan includes two new cranes for the pier");
  }

  @Test
  void readsAPossessiveSubjectBetweenTwoPiecesAndAMarkAfterAnInvisibleCharacter() {
    String text =
        "“If the board thinks that is smart,” the ad’s narrator says, “what does it think of"
            + " you?”\n\n"
            + "\u202a”The pier has to be saved. It is our town,” said Mara Quill.";
    List<Quote> qs = quotes(text);
    assertThat(qs)
        .extracting(q -> q.speakerSpan().of(text))
        .containsExactly("the ad’s narrator", "Mara Quill");
    assertThat(qs.get(1).text()).startsWith("The pier has to be saved.");
  }

  @Test
  void readsAPluralNounFollowedByAPrepositionAsNoVerb() {
    String text = "The harbour attacks in Kessel renewed the board's calls for new cranes.";
    assertThat(quotes(text)).isEmpty();
  }

  @Test
  void readsKnownAsAsANameNotAStance() {
    String text = "The harbour pilots, known as the Kessel Guild, met on Monday.";
    assertThat(quotes(text)).isEmpty();
    String adverb = "The new board got the harbour fees back under control in May.";
    assertThat(quotes(adverb)).isEmpty();
  }

  @Test
  void readsTheWordsATextReads() {
    String text =
        "The sign at the pier reads: “No fishing after dark.”\n\nRuth Adler read the report.";
    Quote q = only(quotes(text));
    assertThat(q.speakerSpan().of(text)).isEqualTo("The sign at the pier");
    assertThat(q.text()).isEqualTo("No fishing after dark.");
  }

  @Test
  void readsTheSubjectOfAParticipleAfterAnOpeningConjunction() {
    String text =
        "And then Ruth Adler went on the attack, saying the harbour board had wasted the grant.";
    Quote q = only(quotes(text));
    assertThat(speaker(q)).isEqualTo("Ruth Adler");
    assertThat(q.text()).isEqualTo("the harbour board had wasted the grant");
  }

  @Test
  void readsAPlainNounPhraseAsTheSubjectOfAParticipleOnlyWhenItNamesSpeakers() {
    String text = "The harbour unions walked out of the talks, saying the offer was an insult.";
    Quote q = only(quotes(text));
    assertThat(q.speakerSpan().of(text)).isEqualTo("The harbour unions");
    assertThat(q.text()).isEqualTo("the offer was an insult");
    String storm = "The storm damaged the old pier, showing how weak the timber had become.";
    assertThat(quotes(storm)).isEmpty();
  }

  @Test
  void readsTheClauseAfterAnIntroductoryPhraseThatFollowsTheCue() {
    String text = "Ruth Adler says, win or lose in the harbour vote, she is staying on the board.";
    Quote q = only(quotes(text));
    assertThat(speaker(q)).isEqualTo("Ruth Adler");
    assertThat(q.text()).isEqualTo("win or lose in the harbour vote, she is staying on the board");
    String participle = "Ruth Adler said, adding up the costs of the harbour vote, she was tired.";
    assertThat(quotes(participle)).noneMatch(p -> p.text().startsWith("adding"));
  }

  @Test
  void readsTheWholeSentenceAroundAParentheticalCueWithALongSubject() {
    String text =
        "The cost of the new cranes, union members and their leaders say, is far too high.";
    Quote q = only(quotes(text));
    assertThat(q.speakerSpan().of(text)).contains("leaders");
    assertThat(q.span().of(text)).startsWith("The cost of the new cranes").endsWith("too high");
  }

  @Test
  void readsSinceAndLongBetweenAnAuxiliaryAndItsVerb() {
    String text =
        "Ruth Adler has since said the harbour plan was a mistake. "
            + "Tomas Berg has long argued that the port needs new cranes.";
    assertThat(quotes(text))
        .extracting(QuoteExtractorTest::speaker)
        .containsExactly("Ruth Adler", "Tomas Berg");
  }

  @Test
  void readsTheWholeSentenceWhenOnlyAnOpeningPhraseStandsBeforeAParentheticalCue() {
    String text =
        "In the early spring, Ruth Adler said, when the harbour froze, the ferries stopped. "
            + "Now, she says, at least seven of the harbour pilots have signed on.";
    List<Quote> qs = quotes(text);
    assertThat(qs).hasSize(2);
    assertThat(qs.get(0).text()).endsWith("the ferries stopped");
    assertThat(qs.get(1).text()).endsWith("have signed on");
    assertThat(qs).extracting(QuoteExtractorTest::speaker).containsOnly("Ruth Adler");
  }

  @Test
  void readsTheWordsBeforeACueThatASemicolonFollows() {
    String text =
        "The port needs about 40 new cranes, harbour analysts say; in 2012, Kessel bought six.";
    Quote q = only(quotes(text));
    assertThat(q.text()).isEqualTo("The port needs about 40 new cranes");
  }

  @Test
  void readsNoPlaceAsASpeakerAfterACityAndItsState() {
    String text =
        "Ruth Adler, at a town hall meeting in Columbus, Ohio, said the harbour plan was dead.";
    Quote q = only(quotes(text));
    assertThat(speaker(q)).isEqualTo("Ruth Adler");
  }

  @Test
  void takesNoTagFromAClauseThatGoesOnAfterTheClosingMark() {
    String text =
        "Ruth Adler said “it makes me angry” every time she thinks about the closed harbour.";
    List<Quote> qs = quotes(text);
    Quote q = qs.stream().filter(Quote::direct).findFirst().orElseThrow();
    assertThat(speaker(q)).isEqualTo("Ruth Adler");
    assertThat(q.cue().of(text)).isEqualTo("said");
    assertThat(q.text()).startsWith("“it makes me angry”").endsWith("the closed harbour");
  }

  @Test
  void readsAnEndorsementOfAndAttacksOnAsCueNouns() {
    String text =
        "Voters cheered Ruth Adler's attacks on the harbour board. "
            + "Tomas Berg's endorsement of the new cranes surprised the council.";
    List<Quote> qs = quotes(text);
    assertThat(qs).extracting(QuoteExtractorTest::speaker).contains("Ruth Adler", "Tomas Berg");
    Quote attacks =
        qs.stream().filter(q -> "Ruth Adler".equals(speaker(q))).findFirst().orElseThrow();
    assertThat(attacks.text()).isEqualTo("the harbour board");
  }

  @Test
  void readsALightVerbWithANounOfSayingAsACue() {
    String text = "Ruth Adler made several sharp comments about the harbour board.";
    Quote q = only(quotes(text));
    assertThat(speaker(q)).isEqualTo("Ruth Adler");
    assertThat(q.cue().of(text)).isEqualTo("made several sharp comments about");
    assertThat(q.text()).isEqualTo("the harbour board");
    String when = "Tomas Berg made his remarks during a visit to the pier.";
    assertThat(quotes(when)).isEmpty();
  }

  @Test
  void readsMoreVerbsOfSayingAndStanceButNotApproving() {
    String text =
        "Ruth Adler reaffirmed that the harbour would stay open. "
            + "Tomas Berg disavowed the plan to sell the pier. "
            + "Lena Holt dislikes the new cranes at the harbour.";
    assertThat(quotes(text))
        .extracting(QuoteExtractorTest::speaker)
        .containsExactly("Ruth Adler", "Tomas Berg", "Lena Holt");
    assertThat(quotes("The harbour council approved the budget for the new pier.")).isEmpty();
  }

  @Test
  void readsVouchingInterjectingAndMullingAsCues() {
    String text =
        "Ruth Adler vouched for the new harbour master. "
            + "Tomas Berg interjected that the cranes were safe. "
            + "Lena Holt is mulling a run for the harbour board.";
    assertThat(quotes(text))
        .extracting(QuoteExtractorTest::speaker)
        .containsExactly("Ruth Adler", "Tomas Berg", "Lena Holt");
  }

  @Test
  void readsMoreStanceAdjectivesAfterACopula() {
    String text =
        "Ruth Adler was pleased that the harbour reopened. "
            + "Tomas Berg has been hostile to the plan for new cranes.";
    assertThat(quotes(text))
        .extracting(QuoteExtractorTest::speaker)
        .containsExactly("Ruth Adler", "Tomas Berg");
  }

  @Test
  void readsAimingPersuadingAndAppealingAsStances() {
    String text =
        "Ruth Adler aims to reopen the harbour by May. "
            + "Tomas Berg persuaded the council to buy new cranes.";
    assertThat(quotes(text))
        .extracting(QuoteExtractorTest::speaker)
        .containsExactly("Ruth Adler", "Tomas Berg");
  }

  @Test
  void readsACountedGroupAsTheSubjectOfAStance() {
    String text = "About two-thirds of harbour workers support a longer season.";
    Quote q = only(quotes(text));
    assertThat(q.speakerSpan().of(text)).isEqualTo("About two-thirds of harbour workers");
    assertThat(quotes("The new harbour cranes support a longer season.")).isEmpty();
  }

  @Test
  void readsTheWordsHeldInSomeonesView() {
    String text =
        "In Ruth Adler's view, the harbour needs new cranes. "
            + "The pier is safe enough, in Tomas Berg's opinion.";
    List<Quote> qs = quotes(text);
    assertThat(qs)
        .extracting(QuoteExtractorTest::speaker)
        .containsExactly("Ruth Adler", "Tomas Berg");
    assertThat(qs.get(0).text()).isEqualTo("the harbour needs new cranes");
    assertThat(qs.get(1).text()).isEqualTo("The pier is safe enough");
    assertThat(quotes("Tomas Berg is interested in Ruth Adler's views on the pier.")).isEmpty();
  }

  @Test
  void readsASubjectThatAnAsideSetOffByCommasPartsFromItsVerb() {
    String text =
        "“The pier is safe,” Ruth Adler, the director of the harbour board, said on Monday. "
            + "Harbour economists, like their colleagues abroad, say fees will rise. "
            + "The ferries stopped, the cranes rusted, said Tomas Berg.";
    List<Quote> qs = quotes(text);
    assertThat(qs.get(0).speaker().name()).isEqualTo("Ruth Adler");
    assertThat(qs.get(1).speakerSpan().of(text)).isEqualTo("Harbour economists");
    assertThat(qs.get(1).text()).isEqualTo("fees will rise");
    assertThat(speaker(qs.get(2))).isEqualTo("Tomas Berg");
  }

  @Test
  void readsTheSubjectOfAnInfinitiveOfSaying() {
    String text = "Ruth Adler took to Twitter to say the harbour would reopen in May.";
    Quote q = only(quotes(text));
    assertThat(speaker(q)).isEqualTo("Ruth Adler");
    assertThat(q.text()).isEqualTo("the harbour would reopen in May");
    String refused = "Tomas Berg declined to say whether the harbour would reopen in May.";
    assertThat(quotes(refused)).noneMatch(r -> r.cue().of(refused).equals("say"));
  }

  @Test
  void readsAnSFormAfterASingularPronounAndWouldLikeToAsStances() {
    String text =
        "Ruth Adler spoke on Monday. She calls for a new harbour levy. "
            + "Tomas Berg would like to sell the old pier.";
    List<Quote> qs = quotes(text);
    assertThat(qs)
        .extracting(QuoteExtractorTest::speaker)
        .containsExactly("Ruth Adler", "Tomas Berg");
    assertThat(qs.get(0).text()).isEqualTo("a new harbour levy");
    assertThat(quotes("Tomas Berg would sell the old pier if the board agreed.")).isEmpty();
  }

  @Test
  void readsTheWordsBeforeACoordinatedSubjectAndItsReportingVerb() {
    String text =
        "The harbour will reopen in May, dock workers and union officials told reporters.";
    Quote q = only(quotes(text));
    assertThat(q.text()).isEqualTo("The harbour will reopen in May");
    assertThat(q.speakerSpan().of(text)).contains("officials");
  }

  @Test
  void readsAmbiguousFormsAsCuesOnlyBeforeTheirWords() {
    assertThat(quotes("Tomas Berg is known as the harbour's fiercest critic.")).isEmpty();
    assertThat(quotes("Ruth Adler maintained a brisk pace on the harbour walk.")).isEmpty();
    assertThat(quotes("The fleets of several states sail from the old harbour.")).isEmpty();
    String that = "Ruth Adler maintained that the pier was safe.";
    assertThat(only(quotes(that)).text()).isEqualTo("the pier was safe");
    String perfect = "Ruth Adler had written that the pier was safe.";
    assertThat(only(quotes(perfect)).text()).isEqualTo("the pier was safe");
  }

  @Test
  void readsAParticipleRightAfterAPluralNounAsThatNounsWords() {
    String text = "Harbour police received 911 calls saying a crane had collapsed at the pier.";
    Quote q = only(quotes(text));
    assertThat(q.speakerSpan().of(text)).endsWith("calls");
    assertThat(q.text()).isEqualTo("a crane had collapsed at the pier");
  }

  @Test
  void readsARelativeThatAfterANameAsTheSpeaker() {
    String text = "The Kessel Harbour Union, a group that endorsed Ruth Adler, met on Monday.";
    String named = "Friends of Kessel Harbour that endorsed Ruth Adler met on Monday.";
    Quote q = only(quotes(named));
    assertThat(q.speakerSpan().of(named)).isEqualTo("that");
    assertThat(q.speaker()).isNotNull();
    assertThat(quotes(text)).noneMatch(p -> p.speakerSpan().of(text).equals("that"));
  }

  @Test
  void readsWhatAPollShowsBeforeANameAQuantityOrAfterAnAside() {
    String name = "The harbour poll shows Ted Berg 16 points ahead of Ruth Adler.";
    assertThat(only(quotes(name)).speakerSpan().of(name)).endsWith("poll");
    String many = "Polls show as many as 30 percent of dock workers back the levy.";
    assertThat(quotes(many))
        .anyMatch(q -> q.speakerSpan().of(many).equals("Polls") && q.text().startsWith("as many"));
    String aside =
        "The survey, conducted by the Kessel Institute, finds Ruth Adler with a small lead.";
    assertThat(quotes(aside)).anyMatch(q -> q.speakerSpan().of(aside).equals("The survey"));
  }

  @Test
  void givesABareQuotationToTheSpeakerOfTheReportedSentenceBeforeIt() {
    String text =
        "“The harbour is safe,” Ruth Adler said.\n\n"
            + "Tomas Berg said that the pier would reopen in May.\n\n"
            + "“That is because the new cranes have arrived at last.”";
    Quote last =
        quotes(text).stream().filter(q -> q.text().contains("That is")).findFirst().orElseThrow();
    assertThat(speaker(last)).isEqualTo("Tomas Berg");
    assertThat(last.direct()).isTrue();
  }

  @Test
  void readsNoReducedParticipleAfterANounInAPrepositionalPhrase() {
    String text =
        "The harbour board sent a text message to supporters saying the pier would reopen in May.";
    assertThat(quotes(text)).noneMatch(q -> q.speakerSpan().of(text).equals("supporters"));
  }

  @Test
  void readsShotBackAndWentOnAsTagsOfAQuotation() {
    String back = "“They are all here for the free stuff,” Ruth Adler shot back with a laugh.";
    Quote q = only(quotes(back));
    assertThat(speaker(q)).isEqualTo("Ruth Adler");
    assertThat(q.text()).isEqualTo("They are all here for the free stuff");
    String on = "“You know, it happens at every harbour,” Tomas Berg went on.";
    assertThat(speaker(only(quotes(on)))).isEqualTo("Tomas Berg");
    String last = "“You know, it happens at every harbour,” Tomas Berg shot";
    assertThat(quotes(last)).isNotNull();
  }

  @Test
  void endsReportedWordsAtAClosingMarkBeforeTheSpeakersNextActAfterAnAdverb() {
    String text =
        "Ruth Adler said she was “the right person for the harbour,” and then left the stage.";
    Quote q = only(quotes(text));
    assertThat(q.text()).endsWith("for the harbour,”");
    assertThat(q.direct()).isTrue();
  }

  @Test
  void readsNoVerbRightAfterAnArticle() {
    String text = "Ruth Adler received 69 percent of the vote to lead the harbour board.";
    assertThat(quotes(text)).isEmpty();
  }

  @Test
  void readsNoStanceInAnInfinitiveAfterANounThatNamesNoOne() {
    String text =
        "Ruth Adler faces dwindling opportunities to address the harbour workers before the vote. "
            + "There are more productive ways to express your opposition to the harbour plan.";
    assertThat(quotes(text)).isEmpty();
  }

  @Test
  void readsTheSpeakerBeforeAPlaceThatAPrepositionGoverns() {
    String text = "The pier reopened on Friday, the foreign ministry in Lisbon said.";
    Quote q = only(quotes(text));
    assertThat(q.speakerSpan().of(text)).endsWith("ministry");
    assertThat(q.text()).isEqualTo("The pier reopened on Friday");
  }

  @Test
  void resolvesACountrysMinistryAndTheMinistryLaterToTheCountry() {
    String text =
        "Norway's foreign ministry asked the coalition partners to speed up the handover of the"
            + " bases. The ministry said three bases would stay open until June.";
    List<Quote> qs = quotes(text);
    assertThat(qs).hasSize(2);
    assertThat(qs).extracting(QuoteExtractorTest::speaker).containsOnly("Norway");
    assertThat(qs.get(1).speakerSpan().of(text)).isEqualTo("The ministry");
  }

  @Test
  void readsAnIngFormBetweenADescribingWordAndItsNounAsNoCue() {
    String text =
        "Ruth Adler, a creative writing professor, said she keeps her roots in the harbour town.";
    Quote q = only(quotes(text));
    assertThat(q.text()).isEqualTo("she keeps her roots in the harbour town");
    assertThat(q.cue().of(text)).isEqualTo("said");
    String plural = "The files describing the harbour payments were sent to Berg.";
    assertThat(quotes(plural)).extracting(c -> c.cue().of(plural)).containsExactly("describing");
  }

  @Test
  void readsTheSourceOfAsReportedByAfterBy() {
    String text = "As reported by the Harbour Gazette, the pier will close in June.";
    Quote q = only(quotes(text));
    assertThat(q.speakerSpan().of(text)).endsWith("Harbour Gazette");
    assertThat(q.text()).isEqualTo("the pier will close in June");
    String after = "The pier will close in June, as noted by Mayor Ruth Adler.";
    assertThat(speaker(only(quotes(after)))).endsWith("Ruth Adler");
    assertThat(only(quotes(after)).text()).isEqualTo("The pier will close in June");
    assertThat(
            quotes(
                "As mentioned above, the pier is closed. The pier gets cranes, as opposed to"
                    + " new berths. The pier closed, as shown by Adler's vote."))
        .isEmpty();
  }

  @Test
  void readsTheSubjectOfAParticipleInAWithPhrase() {
    String text =
        "The harbour unions went further, with dock steward Ruth Adler calling the plan a fraud."
            + " Voters back the plan, with 52 percent saying it will bring jobs.";
    List<Quote> qs = quotes(text);
    assertThat(qs).extracting(q -> q.speakerSpan().of(text)).contains("Ruth Adler", "percent");
  }

  @Test
  void readsTheSubjectOfACoordinatedVerbAfterADatelineWithAHyphen() {
    String text =
        "BERGEN, Norway (Reuters) - Mayor Ruth Adler toured the flooded pier on Friday and said"
            + " it would reopen in June.";
    Quote q = only(quotes(text));
    assertThat(speaker(q)).endsWith("Ruth Adler");
    String dated =
        "March 3 (Reuters) - Mayor Ruth Adler toured the flooded pier, saying it would reopen.";
    assertThat(speaker(only(quotes(dated)))).endsWith("Ruth Adler");
  }

  @Test
  void readsWordsThatOpenAnotherSpeakersReportedWordsAsTheirs() {
    String feels = "Ruth Adler says she feels the pier is safe again.";
    Quote q = only(quotes(feels));
    assertThat(speaker(q)).isEqualTo("Ruth Adler");
    assertThat(q.text()).isEqualTo("she feels the pier is safe again");
    String told = "Ruth Adler said Tomas Berg told her to close the pier.";
    assertThat(speaker(only(quotes(told)))).isEqualTo("Ruth Adler");
  }

  @Test
  void readsNoSpeakerInAPassiveOfSayingWithoutItsAgent() {
    String text =
        "The repair of the old harbour walls was also highlighted as a priority at the meeting."
            + " Ruth Adler was declared the winner in the third district.";
    assertThat(quotes(text)).isEmpty();
    String quoted = "Ruth Adler was quoted as saying the pier would reopen.";
    assertThat(quotes(quoted)).extracting(QuoteExtractorTest::speaker).contains("Ruth Adler");
  }

  @Test
  void readsNoCueNounInATitleCaseHeading() {
    String text = "Ruth Adler’s Call to Action During her visit to the pier, Adler met the board.";
    assertThat(quotes(text)).isEmpty();
    String call = "The board heard Ruth Adler’s call to close the pier.";
    assertThat(quotes(call)).extracting(Quote::text).contains("to close the pier");
  }

  @Test
  void givesABareQuotationTheSpeakerOfTheReportedSentenceBeforeItWithNoQuoteEarlier() {
    String text =
        "The board raised the levy in May. Then, in June, Mayor Ruth Adler said that the pier"
            + " would close.\n\n“That leaves the harbour without a ferry for the whole summer.”";
    assertThat(quotes(text))
        .anyMatch(
            q -> q.direct() && q.text().contains("That leaves") && speaker(q).endsWith("Adler"));
  }

  @Test
  void joinsAQuotationToTheReportedWordsOfItsCueBeforeIt() {
    String text =
        "Mayor Ruth Adler said that the pier would close.\n\n“That leaves the harbour without a"
            + " ferry for the whole summer.”";
    Quote q = only(quotes(text));
    assertThat(q.direct()).isTrue();
    assertThat(q.span().of(text)).startsWith("the pier would close").endsWith("whole summer.");
    assertThat(q.cue().of(text)).isEqualTo("said");
  }

  @Test
  void readsSomeoneAroundANamedPersonAsTheSpeakerNotThatPerson() {
    for (String who :
        List.of(
            "An aide to Ruth Adler",
            "A person familiar with the talks",
            "A source close to Mayor Ruth Adler",
            "Two supporters of Ruth Adler")) {
      String text = who + " said the pier would reopen in May.";
      Quote q = only(quotes(text));
      assertThat(q.speakerSpan().of(text)).isEqualTo(who);
      assertThat(q.speaker()).isNull();
    }
    String spokesman = "A spokesman for Ruth Adler said the pier would reopen in May.";
    assertThat(speaker(only(quotes(spokesman)))).isEqualTo("Ruth Adler");
  }

  @Test
  void readsTheHeadOfASubjectWithAPrepositionInAnAsideCue() {
    String text =
        "In recent days, advisers to Ruth Adler say, the mayor has grown tired of the board.";
    Quote q = only(quotes(text));
    assertThat(q.speakerSpan().of(text)).isEqualTo("advisers to Ruth Adler");
    assertThat(q.text()).contains("the mayor has grown tired of the board");
  }

  @Test
  void readsAFormOwnedByANameBeforeTheRealVerbAsANoun() {
    String text = "A source familiar with Adler’s thinking said she would stay on the board.";
    Quote q = only(quotes(text));
    assertThat(q.cue().of(text)).isEqualTo("said");
    assertThat(q.text()).isEqualTo("she would stay on the board");
    String modal = "Tomas Berg says Adler’s showing will be enough to “win the harbour seat.”";
    assertThat(quotes(modal)).extracting(x -> x.cue().of(modal)).containsOnly("says");
  }

  @Test
  void endsTheWordsBeforeARoleSetOffBeforeTheSpeakersName() {
    String text = "The harbour will close in June, a spokesman, Tomas Berg, said on Friday.";
    Quote q = only(quotes(text));
    assertThat(q.text()).isEqualTo("The harbour will close in June");
    assertThat(speaker(q)).isEqualTo("Tomas Berg");
  }

  @Test
  void readsAMinistryInACapitalAsItsCountrys() {
    String text = "The border crossing reopened on Friday, the foreign ministry in Amman said.";
    Quote q = only(quotes(text));
    assertThat(speaker(q)).isEqualTo("Jordan");
    assertThat(q.speakerSpan().of(text)).endsWith("ministry");
    String visit = "Ruth Adler said the talks at the foreign ministry in Amman went well.";
    assertThat(speaker(only(quotes(visit)))).isEqualTo("Ruth Adler");
    String embassy = "The trial was fair, the Spanish embassy in Amman said.";
    assertThat(speaker(only(quotes(embassy)))).isEqualTo("Spain");
    String consulate = "The visas were cancelled, the consulate in Amman said.";
    assertThat(speaker(only(quotes(consulate)))).isNotEqualTo("Jordan");
  }

  @Test
  void readsACoordinatedClauseWithItsOwnSubjectAsRealAfterARequest() {
    String text =
        "At one point, a fisherman asked for a photo and Ruth Adler said, “Only if the harbour is"
            + " in it.”";
    assertThat(quotes(text))
        .anyMatch(
            q -> q.direct() && q.text().startsWith("Only if") && speaker(q).equals("Ruth Adler"));
  }

  @Test
  void givesAQuestionAskedInThePassiveToItsAsker() {
    String text = "Ruth Adler was asked by Tomas Berg, “Will the pier reopen before the summer?”";
    Quote q = only(quotes(text));
    assertThat(speaker(q)).isEqualTo("Tomas Berg");
    assertThat(q.text()).contains("Will the pier reopen");
  }

  @Test
  void resolvesThisCoalitionToTheCoalitionNamedBefore() {
    String text =
        "Ruth Adler met the Harbour Coalition to Defend Kessel on Monday. This coalition wants the"
            + " pier reopened by June.";
    assertThat(speaker(only(quotes(text)))).isEqualTo("Harbour Coalition to Defend Kessel");
  }

  @Test
  void resolvesTheMilitantGroupToTheOrganisationNamedInTheSentencesBefore() {
    String text =
        "Fighters of the Harbour Liberation Front attacked the port on Sunday. The Coast Guard said"
            + " the militant group wanted control of the pier.";
    assertThat(quotes(text))
        .filteredOn(q -> q.cue().of(text).equals("said"))
        .extracting(QuoteExtractorTest::speaker)
        .containsExactly("Coast Guard");
    String group =
        "Fighters of the Harbour Liberation Front stormed the port on Sunday. The militant group"
            + " said it would come back.";
    assertThat(quotes(group))
        .filteredOn(q -> q.cue().of(group).equals("said"))
        .extracting(QuoteExtractorTest::speaker)
        .containsExactly("Harbour Liberation Front");
  }
}
