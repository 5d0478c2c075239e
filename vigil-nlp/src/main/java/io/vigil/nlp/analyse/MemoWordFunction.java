package io.vigil.nlp.analyse;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A word function (the CRF's Americanize, applied to every word each time a feature reads it)
 * remembered per word: the same answers, looked up instead of recomputed with regular expressions.
 * Thread-safe. The memory is bounded: past {@code capacity} distinct words, new words are computed
 * and not remembered, so a long run cannot grow it without end.
 */
final class MemoWordFunction implements Function<String, String> {

  private final Function<String, String> function;
  private final Map<String, String> memo = new ConcurrentHashMap<>();
  private final int capacity;

  MemoWordFunction(Function<String, String> function, int capacity) {
    this.function = function;
    this.capacity = capacity;
  }

  @Override
  public String apply(String word) {
    if (word == null) {
      return function.apply(null);
    }
    String known = memo.get(word);
    if (known != null) {
      return known;
    }
    String result = function.apply(word);
    if (result != null && memo.size() < capacity) {
      memo.put(word, result);
    }
    return result;
  }
}
