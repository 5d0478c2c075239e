package io.vigil.ingest.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigil.ingest.Outcome;
import io.vigil.model.Article;
import io.vigil.model.Rejection;
import io.vigil.model.SourceKind;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProgressTest {

  static final Article ARTICLE =
      new Article(
          "a",
          SourceKind.WEB_PAGE,
          "https://news.example/a",
          null,
          null,
          List.of(),
          null,
          "Text.",
          List.of(),
          List.of(),
          List.of(),
          null,
          null,
          null);

  @Test
  void endsWithASummaryOfCountsByOutcomeAndReason() {
    StringWriter out = new StringWriter();
    Clock clock = Clock.fixed(Instant.parse("2026-03-01T00:00:00Z"), ZoneOffset.UTC);
    Progress p = new Progress(new PrintWriter(out), false, Duration.ofHours(1), clock);

    p.accept(new Outcome.Extracted(ARTICLE));
    p.accept(new Outcome.Extracted(ARTICLE));
    p.accept(new Outcome.Rejected(new Rejection("x", Rejection.Reason.TIMEOUT, "slow")));
    p.accept(new Outcome.Skipped("y", Outcome.Skip.NOT_HTML, "image/png"));
    p.close();

    assertThat(out.toString().lines().toList())
        .last()
        .isEqualTo("4 inputs: extracted 2, rejected TIMEOUT 1, skipped NOT_HTML 1");
    assertThat(out.toString()).contains("2 articles").contains("1 rejected").contains("1 skipped");
  }

  @Test
  void aLogGetsPlainLinesAndATerminalOneRewrittenLine() {
    StringWriter log = new StringWriter();
    StringWriter tty = new StringWriter();
    Clock clock = Clock.fixed(Instant.parse("2026-03-01T00:00:00Z"), ZoneOffset.UTC);
    Progress plain = new Progress(new PrintWriter(log), false, Duration.ZERO, clock);
    Progress terminal = new Progress(new PrintWriter(tty), true, Duration.ZERO, clock);

    plain.accept(new Outcome.Extracted(ARTICLE));
    terminal.accept(new Outcome.Extracted(ARTICLE));

    assertThat(log.toString()).startsWith("1 articles").endsWith(System.lineSeparator());
    assertThat(tty.toString()).startsWith("\r1 articles").doesNotContain("\n");
  }
}
