package io.vigil.clean;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigil.clean.ArticleCleaner.Origin;
import io.vigil.model.Article;
import io.vigil.model.Boilerplate;
import io.vigil.model.Heading;
import io.vigil.model.Removed;
import io.vigil.model.SignalKind;
import io.vigil.model.SourceKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleCleanerTest {

  /** An article written for this test, with the furniture a copied web page carries. */
  static final String REWRITTEN =
      """
      Red Sea Shipping Talks Open in Djibouti as Insurers Raise Rates

      Envoys from eleven coastal states opened talks in Djibouti on Thursday on protecting merchant ships in the Red Sea.

      Insurers have doubled premiums for vessels crossing the Bab el-Mandeb strait since March, brokers said.

      Original Source: https://www.example-news.net/world/red-sea-talks

      About Priya Raman

      Priya Raman is a freelance reporter who covers maritime trade. She has written for several regional outlets.

      View all posts by Priya Raman →

      Leave a Reply

      Your email address will not be published. Required fields are marked *

      Comment *
      """;

  /** An article without a headline, with section headings and prompts between them. */
  static final String SECTIONED =
      """
      Flooding in the river delta has displaced about 40,000 people, local officials said on Sunday. The keyword here is delta flooding relief, as agencies appeal for funds.
      Where the Water Rose
      Three districts east of the city were cut off after a levee failed overnight, and rescue boats reached the last villages only at dawn.
      Read: Ten Photos From the Delta Floods
      Subscribe to our newsletter for daily updates
      What Comes Next
      Engineers expect the water to recede within a week if the rain stops, the regional water authority said.
      Follow us on Facebook, Instagram, Telegram and YouTube for more
      """;

  private static Article clean(String text) {
    return new ArticleCleaner()
        .clean(
            new Origin("t", SourceKind.TEXT_FILE, "t.txt"),
            TextBlocks.of(text),
            PageMetadata.NONE,
            List.of());
  }

  @Test
  void takesAHeadlineAsTitleAndKeepsItOutOfTheText() {
    Article a = clean(REWRITTEN);
    assertThat(a.title())
        .isEqualTo("Red Sea Shipping Talks Open in Djibouti as Insurers Raise Rates");
    assertThat(a.text()).startsWith("Envoys from eleven coastal states");
  }

  @Test
  void findsNoTitleWhenTheFirstLineIsASentence() {
    assertThat(clean(SECTIONED).title()).isNull();
  }

  @Test
  void joinsParagraphsWithBlankLines() {
    assertThat(clean(REWRITTEN).text())
        .isEqualTo(
            "Envoys from eleven coastal states opened talks in Djibouti on Thursday on protecting"
                + " merchant ships in the Red Sea.\n\nInsurers have doubled premiums for vessels"
                + " crossing the Bab el-Mandeb strait since March, brokers said.");
  }

  /** Plain text whose paragraphs are single lines, one ended by a no-break space, one indented. */
  static final String SINGLE_LINES =
      "The port of Mombasa reopened two berths on Friday after a week of repairs, the harbour"
          + " authority said.\u00a0\n  Shipping agents said the backlog of container vessels"
          + " would clear within ten days.\nSubscribe to our newsletter for daily updates\n"
          + "Dock workers had threatened to strike over unpaid overtime, a union official said.\n";

  private static Article cleanKeepingSeparators(String text) {
    return new ArticleCleaner()
        .clean(
            new Origin("t", SourceKind.TEXT_FILE, "t.txt"),
            TextBlocks.of(text),
            PageMetadata.NONE,
            List.of(),
            text);
  }

  @Test
  void keepsTheSourcesOwnSeparatorsSoOffsetsPointIntoTheFile() {
    String file = SINGLE_LINES.substring(0, SINGLE_LINES.indexOf("Subscribe"));
    Article a = cleanKeepingSeparators(file);
    assertThat(a.text()).isEqualTo(file.strip());
    int said = file.indexOf("Shipping agents said");
    assertThat(a.text().indexOf("Shipping agents said")).isEqualTo(said);
  }

  @Test
  void keepsThePlainTextHeadlineInTheTextAsWellAsInTheTitle() {
    Article a = cleanKeepingSeparators(REWRITTEN);
    assertThat(a.title())
        .isEqualTo("Red Sea Shipping Talks Open in Djibouti as Insurers Raise Rates");
    assertThat(a.text())
        .startsWith(REWRITTEN.substring(0, REWRITTEN.indexOf("Original Source")).strip());
    assertThat(a.headings()).isEmpty();
  }

  @Test
  void joinsBlocksWithABlankLineWhereBoilerplateWasRemoved() {
    Article a = cleanKeepingSeparators(SINGLE_LINES);
    assertThat(a.text())
        .doesNotContain("newsletter")
        .contains("harbour authority said.\u00a0\n  Shipping agents said")
        .contains("within ten days.\n\nDock workers");
  }

  @Test
  void keepsProseAboutSocialNetworksAndSigningUp() {
    String text =
        "The port's ferry company spent more on ads on Facebook, Instagram and YouTube than on"
            + " radio last year, its accounts show.\n"
            + "Volunteers asked commuters to sign up for updates from the ferry campaign.\n"
            + "Follow our coverage on Facebook, Instagram and YouTube.\n"
            + "For more, sign up for the Harbour Weekly newsletter.\n";
    Article a = cleanKeepingSeparators(text);
    assertThat(a.text())
        .contains("ads on Facebook, Instagram and YouTube")
        .contains("sign up for updates from the ferry campaign")
        .doesNotContain("Follow our coverage")
        .doesNotContain("Harbour Weekly");
  }

  @Test
  void dropsAuthorBioAndTakesTheBylineFromIt() {
    Article a = clean(REWRITTEN);
    assertThat(a.byline()).containsExactly("Priya Raman");
    assertThat(reasons(a)).contains(Boilerplate.AUTHOR_BIO, Boilerplate.AUTHOR_LINK);
    assertThat(a.text()).doesNotContain("freelance reporter").doesNotContain("View all posts");
  }

  @Test
  void dropsTheCommentFormAndEverythingAfterIt() {
    Article a = clean(REWRITTEN);
    assertThat(a.text()).doesNotContain("Leave a Reply").doesNotContain("Comment");
    assertThat(reasons(a)).contains(Boilerplate.COMMENT_FORM);
  }

  @Test
  void readsTheOriginalSourceAsAHost() {
    Article a = clean(REWRITTEN);
    assertThat(a.originalSource()).isEqualTo("example-news.net");
    assertThat(a.text()).doesNotContain("Original Source");
    assertThat(a.signals())
        .anyMatch(s -> s.kind() == SignalKind.REWRITE && s.detail().contains("example-news.net"));
    assertThat(a.signals()).anyMatch(s -> s.detail().equals("carries a templated author bio"));
  }

  @Test
  void keepsSectionHeadingsInTheTextWithTheirSpans() {
    Article a = clean(SECTIONED);
    assertThat(a.headings())
        .extracting(Heading::text)
        .containsExactly("Where the Water Rose", "What Comes Next");
    for (Heading h : a.headings()) {
      assertThat(h.span().of(a.text())).isEqualTo(h.text());
    }
  }

  @Test
  void dropsRelatedLinksNewsletterAndSocialPrompts() {
    Article a = clean(SECTIONED);
    assertThat(a.text())
        .doesNotContain("Ten Photos")
        .doesNotContain("newsletter")
        .doesNotContain("Follow us");
    assertThat(reasons(a))
        .containsExactly(
            Boilerplate.RELATED_LINK, Boilerplate.NEWSLETTER, Boilerplate.SOCIAL_FOLLOW);
  }

  @Test
  void flagsSeoKeywordArtifactsWithTheirSpan() {
    Article a = clean(SECTIONED);
    var seo =
        a.signals().stream().filter(s -> s.kind() == SignalKind.SEO).findFirst().orElseThrow();
    assertThat(seo.span().of(a.text())).startsWith("The keyword here is delta flooding relief");
  }

  @Test
  void takesABylineLineAtTheTop() {
    Article a =
        clean(
            "Port Strike Enters Second Week\n\nBy Ana Souza and Lars Berg\n\nDockworkers stayed out on Monday.\n");
    assertThat(a.byline()).containsExactly("Ana Souza", "Lars Berg");
    assertThat(a.text()).isEqualTo("Dockworkers stayed out on Monday.");
  }

  @Test
  void keepsAParagraphThatMerelyMentionsReading() {
    String text =
        "Read: the minister's letter was published in full on Friday, and it runs to nine pages with annexes on funding, oversight, staffing, procurement and the timetable for the new agency that parliament approved last spring after months of debate.";
    assertThat(clean(text).text()).isEqualTo(text);
  }

  @Test
  void recordsWhereRemovedPartsWereInTheSource() {
    Article a = clean(SECTIONED);
    Removed first = a.removed().getFirst();
    assertThat(SECTIONED.substring(first.sourceStart(), first.sourceEnd())).isEqualTo(first.text());
  }

  private static List<Boilerplate> reasons(Article a) {
    return a.removed().stream().map(Removed::reason).filter(r -> r != Boilerplate.TITLE).toList();
  }
}
