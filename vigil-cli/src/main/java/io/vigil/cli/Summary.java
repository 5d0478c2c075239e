package io.vigil.cli;

import io.vigil.model.Article;
import io.vigil.model.Entity;
import io.vigil.model.Event;
import io.vigil.model.Extraction;
import io.vigil.model.Quote;
import io.vigil.model.Removed;
import io.vigil.model.ResolvedMention;
import io.vigil.model.Signal;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** A readable summary of one extraction, for people at a terminal. */
final class Summary {

  private static final int MAX_QUOTE = 100;

  private Summary() {}

  static String of(Extraction x) {
    Article a = x.article();
    StringBuilder b = new StringBuilder();
    b.append("== ").append(a.id()).append("  (").append(a.location()).append(")\n");
    line(b, "title", a.title() == null ? "(none)" : a.title());
    line(b, "byline", a.byline().isEmpty() ? "(none)" : String.join(", ", a.byline()));
    if (a.originalSource() != null) {
      line(b, "original", a.originalSource());
    }
    line(
        b, "text", "%,d characters, %d headings".formatted(a.text().length(), a.headings().size()));
    if (!a.removed().isEmpty()) {
      line(
          b,
          "removed",
          a.removed().stream().map(Summary::removed).collect(Collectors.joining("; ")));
    }
    for (Signal s : a.signals()) {
      line(b, "signal", s.kind().name().toLowerCase(Locale.ROOT) + ": " + s.detail());
    }
    b.append("  entities (").append(x.entities().size()).append("):\n");
    for (Entity e : x.entities()) {
      List<ResolvedMention> ms = x.mentionsOf(e.id());
      String surfaces =
          ms.stream().map(m -> m.mention().text()).distinct().collect(Collectors.joining(", "));
      b.append(
          "    %-12s %-32s %-36s x%-3d %s%n"
              .formatted(e.type(), e.name(), "[" + e.id() + "]", ms.size(), surfaces));
    }
    b.append("  quotes (").append(x.quotes().size()).append("):\n");
    for (Quote q : x.quotes()) {
      String who =
          q.speaker() != null
              ? q.speaker().name()
              : q.speakerSpan() != null
                  ? "(" + clip(q.speakerSpan().of(x.article().text())) + ")"
                  : "(unknown)";
      b.append(
          "    %s%s: \"%s\"%n".formatted(who, q.direct() ? "" : " (reported)", clip(q.text())));
    }
    b.append("  events (").append(x.events().size()).append("):\n");
    for (Event e : x.events()) {
      b.append(
          "    CAMEO %-4s %-22s %s%s%s%n"
              .formatted(
                  e.cameo(),
                  e.label(),
                  e.actors().isEmpty()
                      ? "?"
                      : (e.sourced() ? "" : "? -> ")
                          + e.actors().stream()
                              .map(r -> r.name())
                              .collect(Collectors.joining(" -> ")),
                  e.place() == null ? "" : " @ " + e.place().name(),
                  e.count() == null
                      ? ""
                      : " (" + e.count().value() + " " + e.count().what() + ")"));
    }
    return b.toString();
  }

  private static String removed(Removed r) {
    return r.reason().name().toLowerCase(Locale.ROOT).replace('_', '-')
        + " \""
        + clip(r.text())
        + "\"";
  }

  private static void line(StringBuilder b, String label, String value) {
    b.append("  ").append(String.format("%-9s", label + ":")).append(value).append('\n');
  }

  private static String clip(String s) {
    String one = s.replaceAll("\\s+", " ");
    return one.length() <= MAX_QUOTE ? one : one.substring(0, MAX_QUOTE - 1) + "…";
  }
}
