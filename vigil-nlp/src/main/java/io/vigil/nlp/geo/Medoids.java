package io.vigil.nlp.geo;

import io.vigil.nlp.geo.GeoNames.Entry;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * For each group of places (a country, a region), the place nearest the mean point of the group: a
 * real place that stands for the group, always inside it (unlike the mean of a crescent-shaped
 * country). Two passes over the places.
 */
final class Medoids {

  private Medoids() {}

  /** The medoid of each group; {@code group} gives the group of the place at an index. */
  static Map<String, Entry> of(List<Entry> places, IntFunction<String> group) {
    Map<String, double[]> sums = new HashMap<>();
    for (int i = 0; i < places.size(); i++) {
      double[] s = sums.computeIfAbsent(group.apply(i), k -> new double[3]);
      s[0] += places.get(i).lat();
      s[1] += places.get(i).lon();
      s[2]++;
    }
    Map<String, Entry> medoids = new HashMap<>();
    Map<String, Double> best = new HashMap<>();
    for (int i = 0; i < places.size(); i++) {
      String g = group.apply(i);
      double[] s = sums.get(g);
      Entry e = places.get(i);
      double dLat = e.lat() - s[0] / s[2];
      double dLon = e.lon() - s[1] / s[2];
      double d = dLat * dLat + dLon * dLon;
      if (d < best.getOrDefault(g, Double.MAX_VALUE)) {
        best.put(g, d);
        medoids.put(g, e);
      }
    }
    return medoids;
  }
}
