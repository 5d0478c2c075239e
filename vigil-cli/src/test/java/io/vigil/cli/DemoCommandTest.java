package io.vigil.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The demo runs the bundled samples, written for Vigil, through the whole pipeline. */
class DemoCommandTest {

  @Test
  void summarisesEveryBundledSample() {
    Cli r = Cli.run("demo");
    assertThat(r.exit()).isZero();
    assertThat(r.err()).isEmpty();
    for (String sample : DemoCommand.SAMPLES) {
      assertThat(r.out()).contains("(sample:" + sample + ")");
    }
  }

  @Test
  void resolvesTheSamplesEntitiesAcrossSpellings() {
    String out = Cli.run("demo").out();
    assertThat(out)
        .containsPattern(
            "ORGANIZATION\\s+Islamic State\\s+\\[org:islamic-state]\\s+x4\\s+Islamic State of Iraq and the Levant, ISIL, Daesh")
        .containsPattern(
            "ORGANIZATION\\s+Rapid Support Forces\\s+\\[org:rapid-support-forces]\\s+x3\\s+Rapid Support Forces, RSF")
        .containsPattern("LOCATION\\s+Turkey\\s+\\[loc:turkey]\\s+x2\\s+Türkiye, Turkish")
        .containsPattern(
            "PERSON\\s+Leyla Demir\\s+\\[per:leyla-demir]\\s+x2\\s+Leyla Demir, Demir");
  }
}
