package io.vigil.nlp.extract.eval;

import io.vigil.model.Span;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads PolNeAR's brat standoff files: text-bound lines ({@code T1<TAB>Source 0 15<TAB>words},
 * pieces separated by ';') and event lines joining them ({@code E1<TAB>Attribution:T4 Content:T3
 * Cue:T2 Source:T1}). Lines of other kinds are ignored.
 */
final class BratAttributions {

  private BratAttributions() {}

  static List<GoldAttribution> read(Path ann) {
    List<String> lines;
    try {
      lines = Files.readAllLines(ann, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read annotations " + ann, e);
    }
    Map<String, List<Span>> spans = new HashMap<>();
    List<String> events = new ArrayList<>();
    for (String line : lines) {
      String[] cols = line.split("\t");
      if (cols.length >= 2 && cols[0].startsWith("T")) {
        spans.put(cols[0], pieces(cols[1]));
      } else if (cols.length >= 2 && cols[0].startsWith("E")) {
        events.add(cols[1]);
      }
    }
    List<GoldAttribution> out = new ArrayList<>();
    for (String event : events) {
      Map<String, String> args = new HashMap<>();
      for (String arg : event.split(" ")) {
        int colon = arg.indexOf(':');
        if (colon > 0) {
          args.put(arg.substring(0, colon), arg.substring(colon + 1));
        }
      }
      List<Span> content = spans.getOrDefault(args.get("Content"), List.of());
      if (!content.isEmpty()) {
        out.add(
            new GoldAttribution(
                spans.getOrDefault(args.get("Source"), List.of()),
                content,
                spans.getOrDefault(args.get("Cue"), List.of())));
      }
    }
    return out;
  }

  /** "Source 0 15;20 30" → the spans [0,15) and [20,30). */
  private static List<Span> pieces(String typeAndOffsets) {
    int space = typeAndOffsets.indexOf(' ');
    List<Span> out = new ArrayList<>();
    if (space < 0) {
      return out;
    }
    for (String piece : typeAndOffsets.substring(space + 1).split(";")) {
      String[] se = piece.trim().split(" ");
      if (se.length == 2) {
        out.add(new Span(Integer.parseInt(se[0]), Integer.parseInt(se[1])));
      }
    }
    return out;
  }
}
