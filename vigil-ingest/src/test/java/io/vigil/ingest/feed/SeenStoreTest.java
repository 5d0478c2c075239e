package io.vigil.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigil.model.Article;
import io.vigil.model.SourceKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SeenStoreTest {

  @TempDir Path dir;

  private static Article withText(String location, String text) {
    return new Article(
        location,
        SourceKind.FEED_ITEM,
        location,
        null,
        null,
        List.of(),
        null,
        text,
        List.of(),
        List.of(),
        List.of(),
        null,
        null,
        null);
  }

  @Test
  void remembersUrlsAndTextsAcrossARestart() throws IOException {
    try (SeenStore s = SeenStore.open(dir)) {
      assertThat(s.addUrl("https://news.example/a")).isTrue();
      assertThat(s.addText(withText("a", "Same words.\n\nSame story."))).isTrue();
    }
    try (SeenStore s = SeenStore.open(dir)) {
      assertThat(s.seenUrl("https://news.example/a")).isTrue();
      assertThat(s.addUrl("https://news.example/a")).isFalse();
      assertThat(s.addText(withText("b", "Same words. Same   story."))).isFalse();
      assertThat(s.addText(withText("c", "Another story."))).isTrue();
    }
  }

  @Test
  void aLineTornByACrashIsIgnoredAndTheNextEntryStillReads() throws IOException {
    try (SeenStore s = SeenStore.open(dir)) {
      s.addUrl("https://news.example/a");
    }
    Files.writeString(dir.resolve(SeenStore.FILE), "t 12ab", StandardOpenOption.APPEND);
    try (SeenStore s = SeenStore.open(dir)) {
      s.addUrl("https://news.example/b");
    }
    try (SeenStore s = SeenStore.open(dir)) {
      assertThat(s.seenUrl("https://news.example/a")).isTrue();
      assertThat(s.seenUrl("https://news.example/b")).isTrue();
    }
  }
}
