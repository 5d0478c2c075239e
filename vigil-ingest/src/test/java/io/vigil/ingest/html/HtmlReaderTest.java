package io.vigil.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigil.clean.Block;
import org.junit.jupiter.api.Test;

class HtmlReaderTest {

  static final String PAGE =
      """
      <!DOCTYPE html>
      <html lang="en"><head>
        <title>Ceasefire holds in border town | Example Times</title>
        <meta property="og:title" content="Ceasefire holds in border town">
        <meta property="og:site_name" content="Example Times">
        <meta name="author" content="Jonas Weber">
        <meta property="article:published_time" content="2026-03-04T08:30:00Z">
        <link rel="canonical" href="https://example.org/world/ceasefire-holds">
      </head><body>
        <nav><a href="/">Home</a> <a href="/world">World</a></nav>
        <article>
          <h1>Ceasefire holds in border town</h1>
          <p>A ceasefire between the two armies held for a third day on Wednesday, residents said.</p>
          <h2>Markets reopen</h2>
          <p>Shops in the old market reopened for the first time since January, and buses ran again.</p>
          <script>var tracking = 1;</script>
        </article>
        <footer><p>© 2026 Example Times. All rights reserved.</p></footer>
      </body></html>
      """;

  @Test
  void readsMetadataFromMetaTags() {
    HtmlPage page = HtmlReader.read(PAGE, null);
    assertThat(page.metadata().title()).isEqualTo("Ceasefire holds in border town");
    assertThat(page.metadata().byline()).containsExactly("Jonas Weber");
    assertThat(page.metadata().siteName()).isEqualTo("Example Times");
    assertThat(page.metadata().url()).isEqualTo("https://example.org/world/ceasefire-holds");
    assertThat(page.metadata().language()).isEqualTo("en");
    assertThat(page.metadata().published()).hasToString("2026-03-04T08:30:00Z");
  }

  @Test
  void keepsTheArticleBodyAndDropsNavigationScriptsAndFooter() {
    HtmlPage page = HtmlReader.read(PAGE, null);
    assertThat(page.blocks())
        .extracting(Block::text)
        .containsExactly(
            "A ceasefire between the two armies held for a third day on Wednesday, residents said.",
            "Markets reopen",
            "Shops in the old market reopened for the first time since January, and buses ran again.");
    assertThat(page.blocks().get(1).kind()).isEqualTo(Block.Kind.HEADING);
  }
}
