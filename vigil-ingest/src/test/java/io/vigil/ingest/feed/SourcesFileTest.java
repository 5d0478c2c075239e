package io.vigil.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SourcesFileTest {

  @Test
  void readsOneUrlPerLineSkippingCommentsAndReportingBadLines() {
    var sources =
        SourcesFile.parse(
            """
            # regional papers
            https://courier.example/rss.xml
              https://daily.example/feed/atom   # the Daily

            ftp://old.example/feed
            """,
            "sources.txt");

    assertThat(sources.urls())
        .containsExactly("https://courier.example/rss.xml", "https://daily.example/feed/atom");
    assertThat(sources.problems())
        .containsExactly("sources.txt:5: not an http(s) URL: ftp://old.example/feed");
  }
}
