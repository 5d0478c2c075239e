package io.vigil.nlp.analyse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class NameWindowsTest {

  private static List<String> words(String s) {
    return Arrays.asList(s.split(" "));
  }

  @Test
  void keepsAMarginOfContextAroundEachCapitalisedWord() {
    List<String> w =
        words(
            "the talks that began last spring and stalled twice over the summer resumed when Ankara sent a new envoy to the region in the autumn");
    List<int[]> windows = NameWindows.of(w);
    assertThat(windows).hasSize(1);
    int ankara = w.indexOf("Ankara");
    assertThat(windows.getFirst())
        .containsExactly(ankara - NameWindows.MARGIN, ankara + NameWindows.MARGIN + 1);
  }

  @Test
  void mergesWindowsThatMeet() {
    List<int[]> windows =
        NameWindows.of(words("Officials in Beirut and Damascus said the crossing reopened"));
    assertThat(windows).hasSize(1);
    assertThat(windows.getFirst()).containsExactly(0, 9);
  }

  @Test
  void tagsNothingInALowerCaseSentence() {
    assertThat(NameWindows.of(words("prices rose again in the markets on the coast this week")))
        .isEmpty();
  }

  @Test
  void keepsFiguresForCountsAndDates() {
    assertThat(
            NameWindows.of(
                words("some were hurt and about 40 people fled across the river that night")))
        .hasSize(1);
  }
}
