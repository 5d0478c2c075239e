package io.vigil.nlp.extract.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.vigil.model.Quote;
import io.vigil.model.Span;
import io.vigil.nlp.analyse.CoreNlpAnalyzer;
import io.vigil.nlp.kb.KnowledgeBase;
import io.vigil.nlp.resolve.EntityRegistry;
import io.vigil.nlp.resolve.Resolver;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the PolNeAR evaluation on the dev split (or the split named by {@code -Dpolnear.split=})
 * when the shared data is present, prints the report, and guards against regressions.
 */
class PolnearEvalTest {

  private static final Path POLNEAR = Path.of("../../shared/eval/polnear");

  @Test
  void scoresQuotesWithSpeakersOnTheDevSplit() {
    Path split = POLNEAR.resolve(System.getProperty("polnear.split", "dev"));
    assumeTrue(Files.isDirectory(split.resolve("text")), "PolNeAR is not in ../shared/eval");
    PolnearEval.Report report =
        new PolnearEval(
                CoreNlpAnalyzer.shared(),
                new Resolver(KnowledgeBase.bundled(), new EntityRegistry())::resolve)
            .run(split);
    System.out.println("PolNeAR " + split.getFileName() + "\n" + report);
    assertThat(report.attributionDirect().f1()).isGreaterThan(0.70);
    assertThat(report.attribution().f1()).isGreaterThan(0.65);
  }

  @Test
  void pairsPredictionsAndGoldByAMaximumMatchingNotTheFirstFit() {
    // The first prediction covers both gold contents; the second covers only the first gold one.
    Quote wide = new Quote("a b", new Span(0, 20), null, null, null, false);
    Quote narrow = new Quote("a", new Span(0, 10), null, null, null, false);
    GoldAttribution first = new GoldAttribution(List.of(), List.of(new Span(0, 10)), List.of());
    GoldAttribution second = new GoldAttribution(List.of(), List.of(new Span(10, 20)), List.of());
    int[] pairs =
        PolnearEval.assign(
            List.of(wide, narrow),
            List.of(first, second),
            (q, g) -> g.overlap(q.span()) * 2 >= g.contentLength());
    assertThat(pairs).containsExactly(1, 0);
  }

  @Test
  void countsAMatchOnlyWhenContentAndSpeakerAgree(@TempDir Path dir) throws Exception {
    String text =
        "“The bridge will reopen in May,” Mayor Anna Kowalski said. Critics disagree with her.";
    Files.createDirectories(dir.resolve("text"));
    Files.createDirectories(dir.resolve("attributions"));
    Files.writeString(dir.resolve("text/a.txt"), text);
    int quoteEnd = text.indexOf(',') + 2;
    String ann =
        "T1\tSource 39 52\tAnna Kowalski\n"
            + "T2\tCue 53 57\tsaid\n"
            + "T3\tContent 0 "
            + quoteEnd
            + "\tquote\n"
            + "E1\tAttribution:T2 Content:T3 Cue:T2 Source:T1\n"
            + "T4\tCue 67 75\tdisagree\n"
            + "T5\tContent 76 84\twith her\n"
            + "E2\tAttribution:T4 Content:T5 Cue:T4\n";
    Files.writeString(dir.resolve("attributions/a_aaa.ann"), ann);
    Files.writeString(dir.resolve("attributions/a_zzz.ann"), "");

    PolnearEval.Report r =
        new PolnearEval(
                CoreNlpAnalyzer.shared(),
                new Resolver(KnowledgeBase.bundled(), new EntityRegistry())::resolve)
            .run(dir);

    assertThat(r.texts()).isEqualTo(1);
    // "Critics disagree with her" is found too: its content matches, but the gold has no source.
    assertThat(r.attribution()).isEqualTo(new Score(1, 2, 1, 1));
    assertThat(r.attributionDirect()).isEqualTo(new Score(1, 1, 1, 1));
    assertThat(r.content()).isEqualTo(new Score(2, 2, 2, 2));
  }

  @Test
  void measuresAgreementBetweenAnnotatorsTheWayVigilIsScored(@TempDir Path dir) throws Exception {
    String text =
        "“The bridge will reopen in May,” Mayor Anna Kowalski said. She hopes traffic eases.";
    Files.createDirectories(dir.resolve("text"));
    Files.createDirectories(dir.resolve("attributions"));
    Files.writeString(dir.resolve("text/a.txt"), text);
    Files.writeString(dir.resolve("text/b.txt"), text);
    int quoteEnd = text.indexOf(',') + 2;
    int she = text.indexOf("She");
    String quote =
        "T1\tSource 39 52\tAnna Kowalski\n"
            + "T2\tCue 53 57\tsaid\n"
            + "T3\tContent 0 "
            + quoteEnd
            + "\tquote\n"
            + "E1\tAttribution:T2 Content:T3 Cue:T2 Source:T1\n";
    String hope =
        "T4\tSource "
            + she
            + " "
            + (she + 3)
            + "\tShe\n"
            + "T5\tCue "
            + (she + 4)
            + " "
            + (she + 9)
            + "\thopes\n"
            + "T6\tContent "
            + (she + 10)
            + " "
            + (text.length() - 1)
            + "\ttraffic eases\n"
            + "E2\tAttribution:T5 Content:T6 Cue:T5 Source:T4\n";
    // Two annotators of text a: one marks the quotation and the hope, the other the quotation
    // alone.
    Files.writeString(dir.resolve("attributions/a_aaa.ann"), quote + hope);
    Files.writeString(dir.resolve("attributions/a_bbb.ann"), quote);
    // Text b has one annotator: it is left out.
    Files.writeString(dir.resolve("attributions/b_aaa.ann"), quote);

    PolnearEval.Agreement a =
        new PolnearEval(
                CoreNlpAnalyzer.shared(),
                new Resolver(KnowledgeBase.bundled(), new EntityRegistry())::resolve)
            .agreement(dir);

    assertThat(a.texts()).isEqualTo(1);
    assertThat(a.pairs()).isEqualTo(2);
    // bbb against aaa: 1 of 1 predicted right, 1 of 2 found; aaa against bbb: 1 of 2, 1 of 1.
    assertThat(a.humans()).isEqualTo(new Score(2, 3, 2, 3));
    assertThat(a.humansDirect()).isEqualTo(new Score(2, 2, 2, 2));
    assertThat(a.vigil().gold()).isEqualTo(3);
  }
}
