package io.vigil.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class DatesTest {

  @Test
  void readsTheFormatsNewsPagesUse() {
    Instant t = Instant.parse("2026-03-05T09:15:00Z");
    assertThat(Dates.parse("2026-03-05T10:15:00+01:00")).isEqualTo(t);
    assertThat(Dates.parse("2026-03-05T10:15:00+0100")).isEqualTo(t);
    assertThat(Dates.parse("2026-03-05T09:15:00Z")).isEqualTo(t);
    assertThat(Dates.parse("2026-03-05T09:15:00.000Z")).isEqualTo(t);
    assertThat(Dates.parse("2026-03-05 09:15:00")).isEqualTo(t);
    assertThat(Dates.parse("Thu, 5 Mar 2026 09:15:00 GMT")).isEqualTo(t);
    assertThat(Dates.parse("2026-03-05")).isEqualTo(Instant.parse("2026-03-05T00:00:00Z"));
  }

  @Test
  void unknownFormatsAreUnknownNotErrors() {
    assertThat(Dates.parse("last Tuesday")).isNull();
    assertThat(Dates.parse("")).isNull();
    assertThat(Dates.parse(null)).isNull();
  }
}
