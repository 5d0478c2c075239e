package io.vigil.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigil.clean.Block;
import io.vigil.ingest.Ingest;
import io.vigil.model.Article;
import io.vigil.model.RawDocument;
import io.vigil.model.Result;
import io.vigil.model.SourceKind;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Pages written for these tests, shaped like real news pages, with their furniture. */
class ArticleExtractionTest {

  static final String P1 =
      "Flood barriers along the river Ammel were raised on Sunday night as water levels reached"
          + " their highest point in forty years, the regional water board said.";
  static final String P2 =
      "About 1,200 residents of low-lying streets in Vossberg were asked to leave their homes,"
          + " and schools in the district will stay closed until Wednesday, officials said.";
  static final String P3 =
      "\"We have never seen the river rise this quickly,\" said Marta Lindqvist, who has run a"
          + " bakery near the old bridge for twenty-two years.";

  static final String JSON_LD_PAGE =
      """
      <!doctype html><html lang="de-DE"><head>
      <title>River Ammel floods Vossberg - Northern Courier</title>
      <script type="application/ld+json">
      {"@context": "https://schema.org", "@graph": [
        {"@type": "WebSite", "name": "Northern Courier"},
        {"@type": ["ReportageNewsArticle"], "headline": "River Ammel at highest level in 40 years",
         "author": [{"@type": "Person", "name": "Eva Brandt"}, {"@type": "Person", "name": "Tomas Ruiz"},
                    {"@type": "Organization", "name": "Courier Staff"}],
         "datePublished": "2026-03-08T21:15:00+01:00", "dateModified": "2026-03-09T07:02:00+01:00",
         "mainEntityOfPage": {"@id": "https://courier.example/news/ammel-flood"},
         "publisher": {"@type": "Organization", "name": "Northern Courier"}}
      ]}
      </script>
      </head><body>
      <header class="site-header"><a href="/">Northern Courier</a><ul class="menu"><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul></header>
      <div class="share-bar"><a href="#">Share on Facebook</a> <a href="#">Share on X</a></div>
      <main><div class="story-body">
        <h1>River Ammel at highest level in 40 years</h1>
        <p class="byline">By Eva Brandt and Tomas Ruiz</p>
        <p>%s</p>
        <div class="ad-slot"><p>Advertisement: Cheap flights to the sun, book now before prices rise again!</p></div>
        <p>%s</p>
        <figure><img src="x.jpg"><figcaption>Sandbags stacked outside a bakery in Vossberg on Sunday evening.</figcaption></figure>
        <h2>Residents stay calm</h2>
        <p>%s</p>
        <div class="related-stories"><h3>Related</h3><ul>
          <li><a href="/a">Storm warning for the coast this weekend</a></li>
          <li><a href="/b">How Vossberg rebuilt after the 1986 flood</a></li></ul></div>
        <div class="author-bio"><p>Eva Brandt covers climate and the environment for the Courier. She joined in 2019 after a decade at regional radio stations.</p></div>
      </div></main>
      <section id="comments" class="comments"><h3>12 comments</h3><p>Stay safe everyone, the water is rising fast on our street too and the pumps are not keeping up.</p></section>
      <footer><p>© 2026 Northern Courier. All rights reserved.</p></footer>
      </body></html>
      """
          .formatted(P1, P2, P3);

  static final String PLAIN_PAGE =
      """
      <html><head><title>Ammel flood</title>
      <meta property="og:title" content="River Ammel floods Vossberg">
      <meta property="og:site_name" content="Vossberg Daily">
      <meta property="article:published_time" content="2026-03-08 20:00:00">
      <meta property="og:url" content="https://daily.example/ammel">
      </head><body>
      <div id="top"><a href="/">Home</a> | <a href="/local">Local</a> | <a href="/weather">Weather</a></div>
      <div id="wrap"><div class="left">
        <div class="entry">%s<br><br>%s<br><br>%s</div>
      </div>
      <div class="right"><b>Most read</b><br><a href="/1">Mayor opens new library in the old town hall</a><br><a href="/2">Tram line 4 to close for summer works</a></div>
      </div></body></html>
      """
          .formatted(P1, P2, P3);

  private static Article article(String html) {
    RawDocument doc =
        new RawDocument(
            "t",
            SourceKind.HTML_FILE,
            "test.html",
            null,
            "text/html",
            "UTF-8",
            Instant.EPOCH,
            html.getBytes(StandardCharsets.UTF_8));
    return ((Result.Ok<Article>) new Ingest().toArticle(doc)).value();
  }

  @Test
  void readsTitleAuthorsDatesUrlAndSiteFromJsonLdGraph() {
    var meta = HtmlReader.read(JSON_LD_PAGE, null).metadata();

    assertThat(meta.title()).isEqualTo("River Ammel at highest level in 40 years");
    assertThat(meta.byline()).containsExactly("Eva Brandt", "Tomas Ruiz");
    assertThat(meta.published()).isEqualTo(Instant.parse("2026-03-08T20:15:00Z"));
    assertThat(meta.modified()).isEqualTo(Instant.parse("2026-03-09T06:02:00Z"));
    assertThat(meta.url()).isEqualTo("https://courier.example/news/ammel-flood");
    assertThat(meta.siteName()).isEqualTo("Northern Courier");
    assertThat(meta.language()).isEqualTo("de-DE");
  }

  @Test
  void keepsTheStoryAndDropsMenusSharingAdsCaptionsRelatedLinksBiosAndComments() {
    Article a = article(JSON_LD_PAGE);

    assertThat(a.text()).isEqualTo(P1 + "\n\n" + P2 + "\n\nResidents stay calm\n\n" + P3);
    assertThat(a.headings()).extracting(h -> h.text()).containsExactly("Residents stay calm");
  }

  @Test
  void readsOpenGraphAndFindsTheBodyByTextDensityWithoutArticleMarkup() {
    Article a = article(PLAIN_PAGE);

    assertThat(a.title()).isEqualTo("River Ammel floods Vossberg");
    assertThat(a.siteName()).isEqualTo("Vossberg Daily");
    assertThat(a.url()).isEqualTo("https://daily.example/ammel");
    assertThat(a.published()).isEqualTo(Instant.parse("2026-03-08T20:00:00Z"));
    assertThat(a.text()).isEqualTo(P1 + "\n\n" + P2 + "\n\n" + P3);
  }

  @Test
  void aDoubleLineBreakIsAParagraphBreak() {
    assertThat(HtmlReader.read(PLAIN_PAGE, null).blocks())
        .extracting(Block::text)
        .containsExactly(P1, P2, P3);
  }

  @Test
  void brokenJsonLdIsIgnoredAndTheMetaTagsAreUsed() {
    String page =
        "<html><head><script type=application/ld+json>{\"@type\": \"NewsArticle\", oops</script>"
            + "<meta name=author content='Ines Duarte'><meta property=og:title content='Port strike ends'>"
            + "</head><body><article><p>"
            + P1
            + "</p></article></body></html>";

    var meta = HtmlReader.read(page, null).metadata();

    assertThat(meta.title()).isEqualTo("Port strike ends");
    assertThat(meta.byline()).containsExactly("Ines Duarte");
  }

  @Test
  void aPageWithoutTextGivesNoBlocksRatherThanACrash() {
    assertThat(
            HtmlReader.read("<html><body><nav><a href=/>Home</a></nav></body></html>", null)
                .blocks())
        .isEmpty();
    assertThat(HtmlReader.read("", null).blocks()).isEmpty();
  }
}
