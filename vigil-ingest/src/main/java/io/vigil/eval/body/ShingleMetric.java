package io.vigil.eval.body;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Compares an extracted body with the true body as multisets of word 4-grams (shingles). Words are
 * runs of Unicode word characters, case kept; a text of fewer than four words is one shingle of all
 * its words, and a text without words has no shingles. Stateless and thread-safe.
 */
public final class ShingleMetric {

  /** Shingle length in words. */
  public static final int N = 4;

  private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);

  private ShingleMetric() {}

  /** The word tokens of {@code text}. */
  static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    Matcher m = WORD.matcher(text == null ? "" : text);
    while (m.find()) {
      words.add(m.group());
    }
    return words;
  }

  /** The multiset of word {@value #N}-grams of {@code text}, as counts. */
  static Map<String, Integer> shingles(String text) {
    List<String> words = words(text);
    Map<String, Integer> counts = new HashMap<>();
    if (words.isEmpty()) {
      return counts;
    }
    for (int i = 0; i < Math.max(1, words.size() - N + 1); i++) {
      String shingle = String.join(" ", words.subList(i, Math.min(words.size(), i + N)));
      counts.merge(shingle, 1, Integer::sum);
    }
    return counts;
  }

  /**
   * True positives, false positives and false negatives of {@code predicted} against {@code truth}.
   */
  public static Overlap compare(String truth, String predicted) {
    Map<String, Integer> t = shingles(truth);
    Map<String, Integer> p = shingles(predicted);
    long tp = 0;
    long fp = 0;
    long fn = 0;
    for (var e : p.entrySet()) {
      int inTruth = t.getOrDefault(e.getKey(), 0);
      tp += Math.min(inTruth, e.getValue());
      fp += Math.max(0, e.getValue() - inTruth);
    }
    for (var e : t.entrySet()) {
      fn += Math.max(0, e.getValue() - p.getOrDefault(e.getKey(), 0));
    }
    return new Overlap(tp, fp, fn);
  }

  /**
   * Shingle counts of one page, with the page's precision and recall. Both are empty when a text
   * has nothing to measure: precision when the prediction is empty (and the truth is not), recall
   * when the truth is empty (and the prediction is not). Two empty texts agree perfectly.
   */
  public record Overlap(long tp, long fp, long fn) {

    /** tp/(tp+fp); 1 when both texts are empty; NaN when only the prediction is empty. */
    public double precision() {
      if (tp + fp + fn == 0) {
        return 1;
      }
      return tp + fp == 0 ? Double.NaN : (double) tp / (tp + fp);
    }

    /** tp/(tp+fn); 1 when both texts are empty; NaN when only the truth is empty. */
    public double recall() {
      if (tp + fp + fn == 0) {
        return 1;
      }
      return tp + fn == 0 ? Double.NaN : (double) tp / (tp + fn);
    }

    /** The page's own F1, 0 when either side is undefined or both are 0. */
    public double f1() {
      double p = precision();
      double r = recall();
      if (Double.isNaN(p) || Double.isNaN(r) || p + r == 0) {
        return 0;
      }
      return 2 * p * r / (p + r);
    }
  }
}
