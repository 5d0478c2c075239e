package io.vigil.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigil.ingest.Ingest;
import io.vigil.ingest.IngestSink;
import io.vigil.ingest.Outcome;
import io.vigil.ingest.run.Tally;
import io.vigil.model.SignalKind;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedWatcherTest {

  static final FetchSettings QUICK =
      new FetchSettings(
          "VigilTest/1.0",
          Duration.ofSeconds(2),
          Duration.ofMillis(400),
          4,
          1024 * 1024,
          2,
          Duration.ofMillis(10),
          Duration.ZERO);

  @TempDir Path data;
  NewsServer server;
  final List<Outcome> outcomes = new CopyOnWriteArrayList<>();
  final Tally tally = new Tally();

  @BeforeEach
  void start() throws IOException {
    server = new NewsServer();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private int poll(String... feeds) throws IOException {
    try (SeenStore seen = SeenStore.open(data)) {
      IngestSink sink =
          new IngestSink(
              new Ingest(),
              seen::isNewText,
              o -> {
                outcomes.add(o);
                tally.accept(o);
              },
              seen::addText);
      List<String> urls = java.util.Arrays.stream(feeds).map(f -> server.base() + f).toList();
      return new FeedWatcher(urls, new Fetcher(QUICK), seen, sink, Clock.systemUTC()).pollOnce();
    }
  }

  @Test
  void readsEveryNewItemOnceAndCountsEachProblemByReason() throws IOException {
    poll("/rss.xml", "/atom.xml", "/down.xml");

    assertThat(tally.counts())
        .containsEntry("extracted", 3L)
        .containsEntry("skipped DUPLICATE_TEXT", 1L)
        .containsEntry("skipped NOT_HTML", 1L)
        .containsEntry("skipped ROBOTS", 1L)
        .containsEntry("rejected NOT_FOUND", 1L)
        .containsEntry("rejected HTTP_ERROR", 2L) // the 500 page and the feed that is down
        .containsEntry("rejected TOO_MANY_REDIRECTS", 1L)
        .containsEntry("rejected TIMEOUT", 1L)
        .containsEntry("rejected TOO_LARGE", 1L);
    assertThat(server.hits("/news/bridge")).isEqualTo(1);
    assertThat(server.hits("/private/leak")).isZero();
  }

  @Test
  void extractedItemsAreFeedItemsWithTheirUrlAndCleanText() throws IOException {
    poll("/atom.xml");

    assertThat(outcomes)
        .singleElement()
        .isInstanceOfSatisfying(
            Outcome.Extracted.class,
            e -> {
              assertThat(e.article().kind()).isEqualTo(io.vigil.model.SourceKind.FEED_ITEM);
              assertThat(e.article().title()).isEqualTo("Night ferry to Kessel Island returns");
              assertThat(e.article().text())
                  .startsWith("The night ferry to Kessel Island")
                  .doesNotContain("Home");
            });
  }

  @Test
  void invalidBytesInTheDeclaredCharsetAreDecodedAndSignalled() throws IOException {
    poll("/rss.xml");

    var cafe =
        outcomes.stream()
            .filter(
                o -> o instanceof Outcome.Extracted e && e.article().location().endsWith("latin"))
            .map(o -> ((Outcome.Extracted) o).article())
            .findFirst()
            .orElseThrow();
    assertThat(cafe.text()).contains("Café owners");
    assertThat(cafe.signals()).anySatisfy(s -> assertThat(s.kind()).isEqualTo(SignalKind.ENCODING));
  }

  @Test
  void anUnchangedFeedIsAskedWithItsEtagAndAnswers304() throws IOException {
    try (SeenStore seen = SeenStore.open(data)) {
      IngestSink sink = new IngestSink(new Ingest(), seen::addText, outcomes::add);
      FeedWatcher watcher =
          new FeedWatcher(
              List.of(server.base() + "/atom.xml"),
              new Fetcher(QUICK),
              seen,
              sink,
              Clock.systemUTC());
      watcher.pollOnce();
      watcher.pollOnce();
    }
    assertThat(server.notModified.get()).isEqualTo(1);
    assertThat(server.hits("/news/ferry")).isEqualTo(1);
  }

  @Test
  void aRestartDoesNotFetchWhatWasReadBefore() throws IOException {
    poll("/rss.xml", "/atom.xml");
    outcomes.clear();

    poll("/rss.xml", "/atom.xml");

    assertThat(server.hits("/news/bridge")).isEqualTo(1);
    assertThat(server.hits("/news/ferry")).isEqualTo(1);
    assertThat(server.hits("/news/gone")).isEqualTo(1);
    assertThat(outcomes).noneMatch(o -> o instanceof Outcome.Extracted);
  }

  @Test
  void anArticleWhoseHandoverFailsIsReadAgainAfterARestart() throws IOException {
    List<String> lost = new CopyOnWriteArrayList<>();
    try (SeenStore seen = SeenStore.open(data)) {
      IngestSink crashing =
          new IngestSink(
              new Ingest(),
              seen::isNewText,
              o -> {
                if (o instanceof Outcome.Extracted e) {
                  lost.add(e.article().url());
                  throw new IllegalStateException("killed while handing the article on");
                }
              },
              seen::addText);
      List<String> urls = List.of(server.base() + "/rss.xml");
      try {
        new FeedWatcher(urls, new Fetcher(QUICK), seen, crashing, Clock.systemUTC()).pollOnce();
      } catch (IllegalStateException expected) {
        // the process "died" during the first handover
      }
    }
    assertThat(lost).hasSize(1);
    poll("/rss.xml");
    assertThat(outcomes)
        .anyMatch(
            o -> o instanceof Outcome.Extracted e && e.article().url().equals(lost.getFirst()));
  }
}
