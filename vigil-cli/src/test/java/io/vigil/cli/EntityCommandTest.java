package io.vigil.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EntityCommandTest {

  @TempDir Path dir;

  @Test
  void explainsAnAliasWithTheRuleAndTheKnowledgeBaseEntry() {
    Cli r = Cli.run("entity", "explain", "Daesh");
    assertThat(r.exit()).isZero();
    assertThat(r.out())
        .startsWith("Daesh -> Islamic State [org:islamic-state] ORGANIZATION\n")
        .contains("  rule:     alias: knowledge-base alias of Islamic State\n")
        .contains("only where the article names it otherwise: IS");
  }

  @Test
  void explainsAnAmbiguousNameWithItsEvidence() {
    Cli r =
        Cli.run(
            "entity",
            "explain",
            "Georgia",
            "--context",
            "Voters in Atlanta lined up across Georgia.");
    assertThat(r.out())
        .startsWith("Georgia -> Georgia (US state) [loc:georgia-us-state] LOCATION")
        .contains("evidence: 'Atlanta'");
  }

  @Test
  void explainsAnOfficeAtADate() {
    Cli r =
        Cli.run(
            "entity",
            "explain",
            "Secretary of State",
            "--context",
            "The U.S. Secretary of State spoke.",
            "--date",
            "2022-03-01");
    assertThat(r.out())
        .startsWith("Secretary of State -> Antony Blinken [per:antony-blinken] PERSON");
  }

  @Test
  void saysWhenANameIsUnknown() {
    Cli r = Cli.run("entity", "explain", "Zorblatt");
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out()).startsWith("Zorblatt: not a name Vigil resolves here");
  }

  @Test
  void extractUsesAnAnalystsFile() throws IOException {
    Path kb =
        Files.writeString(
            dir.resolve("mine.tsv"), "org:harbour-watch\tORGANIZATION\tHarbour Watch\tHW\n");
    Path article =
        Files.writeString(dir.resolve("a.txt"), "HW inspectors boarded the tanker on Monday.\n");
    Cli r = Cli.run("extract", article.toString(), "--kb", kb.toString());
    assertThat(r.exit()).isZero();
    assertThat(r.out()).containsPattern("ORGANIZATION\\s+Harbour Watch\\s+\\[org:harbour-watch]");
  }

  @Test
  void reportsEveryBadLineOfAnAnalystsFile() throws IOException {
    Path kb =
        Files.writeString(
            dir.resolve("bad.tsv"),
            "org:ok\tORGANIZATION\tFine\nnot an id\tORGANIZATION\tX\norg:y\tTHING\tY\n");
    Path article = Files.writeString(dir.resolve("a.txt"), "Officials met on Monday.\n");
    Cli r = Cli.run("extract", article.toString(), "--kb", kb.toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err())
        .contains("bad.tsv: 2 error(s):")
        .contains("line 2: bad id 'not an id'")
        .contains("line 3: bad type 'THING'");
  }
}
