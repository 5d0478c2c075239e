package io.vigil.nlp.analyse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class MemoWordFunctionTest {

  @Test
  void givesTheWrappedFunctionsAnswersComputingEachWordOnce() {
    AtomicInteger calls = new AtomicInteger();
    Function<String, String> americanize =
        w -> {
          calls.incrementAndGet();
          return w.replace("our", "or");
        };
    MemoWordFunction memo = new MemoWordFunction(americanize, 10);
    assertThat(memo.apply("colour")).isEqualTo("color");
    assertThat(memo.apply("colour")).isEqualTo("color");
    assertThat(memo.apply("harbour")).isEqualTo("harbor");
    assertThat(calls).hasValue(2);
  }

  @Test
  void stopsRememberingAtItsCapacityButStillAnswers() {
    AtomicInteger calls = new AtomicInteger();
    MemoWordFunction memo =
        new MemoWordFunction(
            w -> {
              calls.incrementAndGet();
              return w;
            },
            1);
    memo.apply("a");
    memo.apply("b");
    assertThat(memo.apply("b")).isEqualTo("b");
    assertThat(calls).hasValue(3);
  }
}
