package io.vigil.cli;

import io.vigil.model.Entity;
import io.vigil.model.ResolvedMention;
import io.vigil.nlp.analyse.CoreNlpAnalyzer;
import io.vigil.nlp.kb.Facts;
import io.vigil.nlp.kb.KbEntity;
import io.vigil.nlp.kb.KnowledgeBase;
import io.vigil.nlp.resolve.EntityRegistry;
import io.vigil.nlp.resolve.Resolution;
import io.vigil.nlp.resolve.Resolver;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code vigil entity ...}: questions about entities. */
@Command(
    name = "entity",
    mixinStandardHelpOptions = true,
    description = "Questions about entities and the knowledge base.",
    subcommands = {EntityCommand.Explain.class})
final class EntityCommand implements Runnable {

  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(), "which question? see 'vigil entity --help'");
  }

  /** {@code vigil entity explain NAME}: which entity a name resolves to, and why. */
  @Command(
      name = "explain",
      mixinStandardHelpOptions = true,
      description =
          "Say which entity a name resolves to and why: the rule, the alias, the evidence.")
  static final class Explain implements Callable<Integer> {

    @Parameters(paramLabel = "NAME", description = "The name, as an article writes it.")
    String name;

    @Option(
        names = "--context",
        paramLabel = "TEXT",
        description = "A sentence or article the name appears in.")
    String context;

    @Option(
        names = "--date",
        paramLabel = "YYYY-MM-DD",
        description = "The article's date, for offices.")
    LocalDate date;

    @Mixin KbOption kbOption;

    @Spec CommandSpec spec;

    @Override
    public Integer call() throws IOException {
      PrintWriter out = spec.commandLine().getOut();
      String text = context == null ? name : context;
      int at = text.indexOf(name);
      if (at < 0) {
        spec.commandLine()
            .getErr()
            .println("vigil: '" + name + "' does not occur in the --context text");
        return 2;
      }
      KnowledgeBase kb = kbOption.knowledgeBase().get();
      Resolution r =
          new Resolver(kb, new EntityRegistry())
              .resolve(text, CoreNlpAnalyzer.shared().analyse(text), date);
      ResolvedMention hit =
          r.mentions().stream()
              .filter(m -> m.mention().span().start() <= at && at < m.mention().span().end())
              .findFirst()
              .orElse(null);
      if (hit == null) {
        out.println(
            name
                + ": not a name Vigil resolves here: the knowledge base has no such name and the recogniser found none"
                + (context == null ? " (try --context with a sentence)" : ""));
        out.flush();
        return 1;
      }
      Entity e = r.entity(hit.entityId()).orElseThrow();
      out.println(hit.mention().text() + " -> " + e.name() + " [" + e.id() + "] " + e.type());
      out.println("  rule:     " + hit.mention().rule() + ": " + hit.how());
      kb.byId(e.id())
          .ifPresentOrElse(
              k -> describe(out, kb, k, hit.mention().text()),
              () ->
                  out.println("  source:   not in the knowledge base; the id comes from the name"));
      out.flush();
      return 0;
    }

    private static void describe(PrintWriter out, KnowledgeBase kb, KbEntity k, String surface) {
      out.println(
          "  source:   knowledge base"
              + (k.facts().wikidata() == null ? "" : ", Wikidata " + k.facts().wikidata()));
      if (!k.aliases().isEmpty()) {
        out.println("  aliases:  " + String.join(", ", k.aliases()));
      }
      if (!k.contextAliases().isEmpty()) {
        out.println(
            "  only where the article names it otherwise: "
                + String.join(", ", k.contextAliases()));
      }
      if (!k.demonyms().isEmpty()) {
        out.println("  demonyms: " + String.join(", ", k.demonyms()));
      }
      List<String> readings = new ArrayList<>();
      for (KnowledgeBase.Name n : kb.lookup(surface)) {
        if (!n.entity().id().equals(k.id()) && n.kind() != KnowledgeBase.Name.Kind.DEMONYM) {
          readings.add(n.entity().name() + " [" + n.entity().id() + "]");
        }
      }
      if (!readings.isEmpty()) {
        out.println(
            "  other readings of '"
                + surface
                + "': "
                + String.join("; ", readings.stream().distinct().toList()));
      }
      Facts f = k.facts();
      if (f.in() != null || f.hasCoordinates() || f.iso() != null) {
        out.println(
            "  place:    "
                + (f.iso() == null ? "" : f.iso() + " ")
                + (f.in() == null ? "" : "in " + f.in() + " ")
                + (f.hasCoordinates() ? "at " + f.lat() + "," + f.lon() : ""));
      }
      if (f.capitalOf() != null) {
        out.println(
            "  capital of "
                + f.capitalOf()
                + " (stands for its government when it acts or speaks)");
      }
      if (!f.cues().isEmpty()) {
        out.println("  cues:     " + String.join(", ", f.cues()));
      }
      for (Facts.Role role : f.roles()) {
        out.println("  role:     " + role);
      }
      if (!f.validity().isEmpty()) {
        out.println(
            "  names:    "
                + f.validity().stream()
                    .map(Facts.Validity::toString)
                    .collect(Collectors.joining("; ")));
      }
    }
  }
}
