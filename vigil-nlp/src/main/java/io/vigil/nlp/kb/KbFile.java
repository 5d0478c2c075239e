package io.vigil.nlp.kb;

import io.vigil.model.EntityType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Parses the knowledge-base format: one entity a line, tab-separated {@code id type name aliases
 * demonyms facts}, aliases and demonyms {@code |}-separated, facts as {@code key=value} items
 * separated by {@code ;} ({@code in=loc:turkey; at=39.93,32.86; capital-of=loc:turkey;
 * cues=Tbilisi|Caucasus; role=Secretary of State|loc:united-states|2021-01-26|2025-01-20;
 * valid=Türkiye|2022-06-01}), {@code ~} before an alias that is ambiguous on its own, {@code #}
 * comments and blank lines ignored. Every bad line is reported with its number, and nothing of a
 * file with errors is used.
 */
final class KbFile {

  private KbFile() {}

  static List<KbEntity> parse(List<String> lines, String source) {
    List<KbEntity> out = new ArrayList<>();
    List<String> errors = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank() || line.stripLeading().startsWith("#")) {
        continue;
      }
      String where = "line " + (i + 1) + ": ";
      String[] cols = line.split("\t", -1);
      if (cols.length < 3 || cols.length > 6) {
        errors.add(
            where
                + "expected 3 to 6 tab-separated columns (id, type, name, aliases, demonyms, facts), got "
                + cols.length);
        continue;
      }
      String id = cols[0].strip();
      if (!id.matches("[a-z]+:[\\p{L}\\p{N}-]+|Q\\d+")) {
        errors.add(
            where + "bad id '" + id + "': use type:slug (loc:turkey) or a Wikidata id (Q43)");
        continue;
      }
      if (!ids.add(id)) {
        errors.add(where + "duplicate id '" + id + "'");
        continue;
      }
      EntityType type;
      try {
        type = EntityType.valueOf(cols[1].strip());
      } catch (IllegalArgumentException e) {
        errors.add(
            where
                + "bad type '"
                + cols[1].strip()
                + "': one of "
                + Arrays.toString(EntityType.values()));
        continue;
      }
      String name = cols[2].strip();
      if (name.isEmpty()) {
        errors.add(where + "empty name");
        continue;
      }
      List<String> aliases = new ArrayList<>();
      Set<String> context = new HashSet<>();
      for (String a : split(cols, 3)) {
        if (a.startsWith("~")) {
          context.add(a.substring(1).strip());
        } else {
          aliases.add(a);
        }
      }
      List<String> factErrors = new ArrayList<>();
      Facts facts = FactsParser.parse(cols.length > 5 ? cols[5] : null, factErrors);
      factErrors.forEach(e -> errors.add(where + e));
      out.add(new KbEntity(id, type, name, aliases, context, split(cols, 4), facts));
    }
    if (!errors.isEmpty()) {
      throw new KbFormatException(source, errors);
    }
    return out;
  }

  private static List<String> split(String[] cols, int index) {
    if (cols.length <= index || cols[index].isBlank()) {
      return List.of();
    }
    return Arrays.stream(cols[index].split("\\|"))
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .toList();
  }
}
