package io.vigil.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vigil.model.Article;
import io.vigil.model.Entity;
import io.vigil.model.EntityType;
import io.vigil.model.Extraction;
import io.vigil.model.SourceKind;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A real Lucene index in a temporary folder, with articles written for the test. */
class ArticleIndexTest {

  @TempDir Path dir;

  private static final Entity ISLAMIC_STATE =
      new Entity(
          "org:islamic-state", "Islamic State", EntityType.ORGANIZATION, List.of("ISIS", "Daesh"));

  private static Extraction article(String id, String title, String text, Entity... entities) {
    Article a =
        new Article(
            id,
            SourceKind.TEXT_FILE,
            id + ".txt",
            null,
            title,
            List.of(),
            null,
            text,
            List.of(),
            List.of(),
            List.of(),
            null,
            null,
            null);
    return new Extraction(a, List.of(entities), List.of(), List.of(), List.of());
  }

  @Test
  void findsAnArticleByAnotherNameOfItsEntity() throws Exception {
    try (ArticleIndex index = ArticleIndex.open(dir)) {
      long gen =
          index.index(
              article(
                  "a1",
                  "Cells regroup in the desert",
                  "ISIS cells attacked a patrol.",
                  ISLAMIC_STATE));
      index.index(article("a2", "Harvest begins", "Farmers began the wheat harvest early."));
      index.awaitSearchable(gen);
      assertThat(index.search("Daesh", 10)).extracting(Hit::id).containsExactly("a1");
      assertThat(index.withEntity("org:islamic-state", 10))
          .extracting(Hit::id)
          .containsExactly("a1");
      assertThat(index.search("harvest", 10))
          .extracting(Hit::title)
          .containsExactly("Harvest begins");
    }
  }

  @Test
  void replacesAnArticleIndexedTwice() throws Exception {
    try (ArticleIndex index = ArticleIndex.open(dir)) {
      index.index(article("a1", "First", "A first version about ports."));
      index.awaitSearchable(index.index(article("a1", "Second", "A second version about ports.")));
      assertThat(index.search("ports", 10)).extracting(Hit::title).containsExactly("Second");
    }
  }

  @Test
  void keepsCommittedArticlesAcrossAReopen() throws Exception {
    try (ArticleIndex index = ArticleIndex.open(dir)) {
      index.index(article("a1", "Ferry resumes", "The ferry resumed service on Monday."));
      index.commit();
    }
    try (ArticleIndex index = ArticleIndex.open(dir)) {
      assertThat(index.search("ferry", 10)).extracting(Hit::id).containsExactly("a1");
    }
  }

  @Test
  void explainsABadQuery() throws Exception {
    try (ArticleIndex index = ArticleIndex.open(dir)) {
      assertThatThrownBy(() -> index.search("\"unclosed", 10))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("bad query '\"unclosed'");
    }
  }
}
