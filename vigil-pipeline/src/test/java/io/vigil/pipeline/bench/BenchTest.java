package io.vigil.pipeline.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigil.model.RawDocument;
import io.vigil.pipeline.Pipeline;
import io.vigil.pipeline.Stage;
import java.util.List;
import org.junit.jupiter.api.Test;

class BenchTest {

  @Test
  void reportsCpuTimePerArticleAndPerStageAndTheCollectorsWork() {
    List<RawDocument> docs =
        List.of(
            doc(
                "a",
                "Harbour strike ends\n\nDock workers in Gdansk ended a three-day strike on Friday"
                    + " after the port authority agreed to talks, union leader Anna Nowak said."),
            doc(
                "b",
                "Rain delays harvest\n\nFarmers in Normandy said the wet spring had delayed the"
                    + " wheat harvest by two weeks. the ministry expects lower yields."));
    BenchReport r = Bench.run(Pipeline.standard(), docs, new Bench.Options(2, 2, 1), null);

    assertThat(r.articles()).isEqualTo(4);
    assertThat(r.cpu().meanMillis()).isPositive();
    assertThat(r.cpu().p95Millis()).isGreaterThanOrEqualTo(r.cpu().meanMillis() / 4);
    assertThat(r.cpu().stageMillis().get(Stage.ANALYSE)).isPositive();
    assertThat(r.memory().maxHeapBytes()).isPositive();
    assertThat(r.memory().gcCount()).isNotNegative();
    assertThat(r.memory().collectors()).isNotBlank();
    assertThat(r.machine().processors()).isPositive();
    assertThat(r.ratio()).isNull();
  }

  private static RawDocument doc(String id, String text) {
    return RawDocument.ofText(id, id + ".txt", text);
  }
}
