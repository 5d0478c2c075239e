package io.vigil.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UrlNormalizerTest {

  @Test
  void lowercasesTheHostDropsFragmentTrackingAndDefaultPortAndSortsTheQuery() {
    assertThat(
            UrlNormalizer.normalize(
                "HTTPS://News.Example:443/World/Story?b=2&utm_source=rss&a=1&fbclid=x#comments"))
        .contains("https://news.example/World/Story?a=1&b=2");
  }

  @Test
  void variantsOfOneArticleAreEqual() {
    assertThat(UrlNormalizer.normalize("http://news.example/a?utm_medium=email"))
        .isEqualTo(UrlNormalizer.normalize("http://NEWS.example:80/a#top"));
  }

  @Test
  void anEmptyPathIsTheRootAndOtherPortsStay() {
    assertThat(UrlNormalizer.normalize("http://news.example:8080"))
        .contains("http://news.example:8080/");
  }

  @Test
  void rejectsWhatIsNotAnAbsoluteWebUrl() {
    assertThat(UrlNormalizer.normalize("mailto:desk@news.example")).isEmpty();
    assertThat(UrlNormalizer.normalize("/relative/path")).isEmpty();
    assertThat(UrlNormalizer.normalize("http://exa mple.com/%%")).isEmpty();
    assertThat(UrlNormalizer.normalize(null)).isEmpty();
  }
}
