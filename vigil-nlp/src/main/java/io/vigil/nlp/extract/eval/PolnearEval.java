package io.vigil.nlp.extract.eval;

import io.vigil.model.EntityRef;
import io.vigil.model.Quote;
import io.vigil.model.ResolvedMention;
import io.vigil.model.Span;
import io.vigil.nlp.analyse.Analysis;
import io.vigil.nlp.analyse.Analyzer;
import io.vigil.nlp.extract.QuoteExtractor;
import io.vigil.nlp.resolve.Resolution;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.function.BiPredicate;
import java.util.stream.Stream;

/**
 * Scores the quote extractor on one PolNeAR split ({@code DIR/text/NAME.txt} and {@code
 * DIR/attributions/NAME_ANNOTATOR.ann}).
 *
 * <p>A predicted quote matches a gold attribution when its content covers at least half of the gold
 * content and its speaker is the gold source: the speaker's words at the cue overlap the gold
 * source, or the speaker entity has a mention that does. Each gold attribution matches at most one
 * prediction, by a maximum one-to-one matching. Attributions the annotator gave no source count
 * only in the content-alone scores. Some texts were annotated by several annotators; the file whose
 * annotator code sorts first is used, so every text counts once. "Direct" scores keep gold contents
 * that start or end with a quotation mark and predictions marked direct.
 */
public final class PolnearEval {

  private final Analyzer analyzer;
  private final BiFunction<String, Analysis, Resolution> resolver;
  private final QuoteExtractor quotes =
      new QuoteExtractor(QuoteExtractor.capitals(io.vigil.nlp.kb.KnowledgeBase::bundled));
  private PrintWriter misses;

  /**
   * @param analyzer tokens, sentences and mentions
   * @param resolver turns an analysis into entities; the pipeline's resolver
   */
  public PolnearEval(Analyzer analyzer, BiFunction<String, Analysis, Resolution> resolver) {
    this.analyzer = analyzer;
    this.resolver = resolver;
  }

  /**
   * The scores on one split.
   *
   * @param attribution quote with speaker, all quotes
   * @param attributionDirect quote with speaker, direct quotations only
   * @param content content alone, all quotes
   * @param contentDirect content alone, direct quotations only
   * @param texts how many texts were scored
   */
  public record Report(
      Score attribution, Score attributionDirect, Score content, Score contentDirect, int texts) {

    Report plus(Report o) {
      return new Report(
          attribution.plus(o.attribution),
          attributionDirect.plus(o.attributionDirect),
          content.plus(o.content),
          contentDirect.plus(o.contentDirect),
          texts + o.texts);
    }

    @Override
    public String toString() {
      return "texts "
          + texts
          + "\n"
          + "quote+speaker  all     "
          + attribution
          + "\n"
          + "quote+speaker  direct  "
          + attributionDirect
          + "\n"
          + "content alone  all     "
          + content
          + "\n"
          + "content alone  direct  "
          + contentDirect
          + "\n";
    }
  }

  /**
   * Also writes every gold attribution that no prediction matched ({@code MISS}) and every
   * prediction that matched none ({@code FALSE}), a tab-separated line each: kind, text name,
   * whether the content alone matched, cue, source, content, and for a prediction whose content
   * matched, the gold cue and source, then "direct" or "reported"; {@code HIT} lines name the cue
   * of each matched prediction. The same lines prefixed with "D" ({@code DMISS}, {@code DFALSE},
   * {@code DHIT}) score direct quotations alone. For finding what the rules lack.
   */
  public PolnearEval reportingMisses(PrintWriter out) {
    this.misses = out;
    return this;
  }

  /** Scores every text of the split in {@code dir}; throws when the folder is unreadable. */
  public Report run(Path dir) {
    Report total = new Report(Score.ZERO, Score.ZERO, Score.ZERO, Score.ZERO, 0);
    Map<String, Path> annotations = firstAnnotator(dir.resolve("attributions"));
    for (Path txt : list(dir.resolve("text"), ".txt")) {
      Path ann = annotations.get(txt.getFileName().toString().replaceFirst("\\.txt$", ""));
      if (ann != null) {
        try {
          total = total.plus(score(txt, read(txt), BratAttributions.read(ann)));
        } catch (RuntimeException e) { // a rule's bug: name the text that shows it
          throw new IllegalStateException("cannot score " + txt + ": " + e, e);
        }
      }
    }
    return total;
  }

  /**
   * Human agreement, measured the way Vigil is scored, beside Vigil's score on the same texts.
   *
   * @param humans every annotator's attributions scored against every other annotator's of the same
   *     text (the reference's gold attributions with a source, the other's as predictions)
   * @param humansDirect the same for direct quotations
   * @param vigil Vigil's predictions scored against each annotator of those texts in turn
   * @param vigilDirect the same for direct quotations
   * @param texts how many texts had two or more annotators
   * @param pairs how many ordered pairs of annotators were compared
   */
  public record Agreement(
      Score humans, Score humansDirect, Score vigil, Score vigilDirect, int texts, int pairs) {

    @Override
    public String toString() {
      return "agreement on "
          + texts
          + " texts with several annotators ("
          + pairs
          + " ordered pairs)\n"
          + "annotator vs annotator  all     "
          + humans
          + "\n"
          + "annotator vs annotator  direct  "
          + humansDirect
          + "\n"
          + "vigil vs annotator      all     "
          + vigil
          + "\n"
          + "vigil vs annotator      direct  "
          + vigilDirect
          + "\n";
    }
  }

  /**
   * How far annotators agree with each other under this metric, on the texts of the split that
   * several annotators annotated, and how far Vigil agrees with each of them. An annotator's
   * attribution is read as a prediction: its content from the first to the last piece, its speaker
   * the entity Vigil resolves at the annotated source, so that "he" and "Clinton" for the same
   * person agree as they do for Vigil's own quotes. Texts with one annotator are left out.
   */
  public Agreement agreement(Path dir) {
    Map<String, List<Path>> byText = new TreeMap<>();
    for (Path ann : list(dir.resolve("attributions"), ".ann")) {
      String name = ann.getFileName().toString();
      byText
          .computeIfAbsent(name.substring(0, name.lastIndexOf('_')), k -> new ArrayList<>())
          .add(ann);
    }
    Score humans = Score.ZERO;
    Score humansDirect = Score.ZERO;
    Score vigil = Score.ZERO;
    Score vigilDirect = Score.ZERO;
    int texts = 0;
    int pairs = 0;
    for (Map.Entry<String, List<Path>> e : byText.entrySet()) {
      Path txt = dir.resolve("text").resolve(e.getKey() + ".txt");
      if (e.getValue().size() < 2 || !Files.isRegularFile(txt)) {
        continue;
      }
      texts++;
      String text = read(txt);
      Analysis analysis = analyzer.analyse(text);
      Resolution resolution = resolver.apply(text, analysis);
      List<Quote> predicted = quotes.extract(text, analysis, resolution);
      List<Quote> direct = predicted.stream().filter(Quote::direct).toList();
      BiPredicate<Quote, GoldAttribution> both =
          (q, g) -> g.overlap(q.span()) * 2 >= g.contentLength() && speaks(q, g, resolution);
      List<List<GoldAttribution>> annotators =
          e.getValue().stream()
              .map(BratAttributions::read)
              .map(g -> g.stream().filter(GoldAttribution::hasSource).toList())
              .toList();
      for (int r = 0; r < annotators.size(); r++) {
        List<GoldAttribution> reference = annotators.get(r);
        List<GoldAttribution> referenceDirect = directOnly(reference, text);
        vigil = vigil.plus(match(predicted, reference, both));
        vigilDirect = vigilDirect.plus(match(direct, referenceDirect, both));
        for (int o = 0; o < annotators.size(); o++) {
          if (o != r) {
            pairs++;
            List<Quote> other = asQuotes(annotators.get(o), text, resolution);
            humans = humans.plus(match(other, reference, both));
            humansDirect =
                humansDirect.plus(
                    match(other.stream().filter(Quote::direct).toList(), referenceDirect, both));
          }
        }
      }
    }
    return new Agreement(humans, humansDirect, vigil, vigilDirect, texts, pairs);
  }

  /** An annotator's attributions as quotes, each spoken by the entity resolved at its source. */
  private static List<Quote> asQuotes(
      List<GoldAttribution> gold, String text, Resolution resolution) {
    List<Quote> out = new ArrayList<>();
    for (GoldAttribution g : gold) {
      Span content = hull(g.content());
      Span source = hull(g.source());
      EntityRef speaker = null;
      for (ResolvedMention m : resolution.mentions()) {
        if (m.mention().span().overlaps(source)) {
          speaker = new EntityRef(m.entityId(), source.of(text));
          break;
        }
      }
      Span cue = g.cue().isEmpty() ? null : g.cue().getFirst();
      out.add(new Quote(content.of(text), content, speaker, source, cue, g.direct(text)));
    }
    return out;
  }

  private Report score(Path file, String text, List<GoldAttribution> gold) {
    Analysis analysis = analyzer.analyse(text);
    Resolution resolution = resolver.apply(text, analysis);
    List<Quote> predicted = quotes.extract(text, analysis, resolution);
    BiPredicate<Quote, GoldAttribution> content =
        (q, g) -> g.overlap(q.span()) * 2 >= g.contentLength();
    BiPredicate<Quote, GoldAttribution> both = content.and((q, g) -> speaks(q, g, resolution));
    List<GoldAttribution> sourced = gold.stream().filter(GoldAttribution::hasSource).toList();
    List<Quote> direct = predicted.stream().filter(Quote::direct).toList();
    if (misses != null) {
      writeMisses("", file, text, predicted, sourced, both, content);
      writeMisses("D", file, text, direct, directOnly(sourced, text), both, content);
    }
    return new Report(
        match(predicted, sourced, both),
        match(direct, directOnly(sourced, text), both),
        match(predicted, gold, content),
        match(direct, directOnly(gold, text), content),
        1);
  }

  private void writeMisses(
      String prefix,
      Path file,
      String text,
      List<Quote> predicted,
      List<GoldAttribution> gold,
      BiPredicate<Quote, GoldAttribution> both,
      BiPredicate<Quote, GoldAttribution> content) {
    String name = file.getFileName().toString();
    boolean[] usedGold = new boolean[gold.size()];
    boolean[] usedPredicted = new boolean[predicted.size()];
    int[] pairs = assign(predicted, gold, both);
    for (int p = 0; p < predicted.size(); p++) {
      if (pairs[p] >= 0) {
        usedGold[pairs[p]] = usedPredicted[p] = true;
      }
    }
    for (int g = 0; g < gold.size(); g++) {
      if (!usedGold[g]) {
        GoldAttribution a = gold.get(g);
        boolean contentFound = predicted.stream().anyMatch(q -> content.test(q, a));
        misses.println(
            String.join(
                "\t",
                prefix + "MISS",
                name,
                String.valueOf(contentFound),
                words(a.cue(), text),
                words(a.source(), text),
                words(a.content(), text),
                a.direct(text) ? "direct" : "reported"));
      }
    }
    for (int p = 0; p < predicted.size(); p++) {
      Quote hit = predicted.get(p);
      if (usedPredicted[p]) {
        misses.println(
            String.join(
                "\t",
                prefix + "HIT",
                name,
                "true",
                hit.cue() == null ? "" : hit.cue().of(text),
                "",
                ""));
      }
      if (!usedPredicted[p]) {
        Quote q = predicted.get(p);
        GoldAttribution same =
            gold.stream().filter(a -> content.test(q, a)).findFirst().orElse(null);
        misses.println(
            String.join(
                "\t",
                prefix + "FALSE",
                name,
                String.valueOf(same != null),
                q.cue() == null ? "" : q.cue().of(text),
                q.speakerSpan() == null ? "" : q.speakerSpan().of(text),
                q.text(),
                same == null ? "" : words(same.cue(), text) + " | " + words(same.source(), text),
                q.direct() ? "direct" : "reported"));
      }
    }
    misses.flush();
  }

  private static Span hull(List<Span> spans) {
    int start = spans.stream().mapToInt(Span::start).min().orElseThrow();
    return new Span(start, spans.stream().mapToInt(Span::end).max().orElseThrow());
  }

  private static String words(List<Span> spans, String text) {
    StringBuilder b = new StringBuilder();
    for (Span s : spans) {
      b.append(b.isEmpty() ? "" : " … ").append(s.of(text));
    }
    return b.toString().replaceAll("\\s+", " ");
  }

  private static List<GoldAttribution> directOnly(List<GoldAttribution> gold, String text) {
    return gold.stream().filter(g -> g.direct(text)).toList();
  }

  private static boolean speaks(Quote q, GoldAttribution g, Resolution resolution) {
    for (Span source : g.source()) {
      if (q.speakerSpan() != null && q.speakerSpan().overlaps(source)) {
        return true;
      }
      if (q.speaker() != null && q.speaker().id() != null) {
        for (ResolvedMention m : resolution.mentions()) {
          if (m.entityId().equals(q.speaker().id()) && m.mention().span().overlaps(source)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** How many pairs the best one-to-one matching of predictions to gold attributions makes. */
  private static Score match(
      List<Quote> predicted, List<GoldAttribution> gold, BiPredicate<Quote, GoldAttribution> ok) {
    int matched =
        (int) java.util.Arrays.stream(assign(predicted, gold, ok)).filter(g -> g >= 0).count();
    return new Score(matched, predicted.size(), matched, gold.size());
  }

  /**
   * A maximum one-to-one matching (augmenting paths): for each prediction the index of the gold
   * attribution it is paired with, or -1. A long prediction that could match two attributions does
   * not take the one a later prediction needs.
   */
  static int[] assign(
      List<Quote> predicted, List<GoldAttribution> gold, BiPredicate<Quote, GoldAttribution> ok) {
    boolean[][] edge = new boolean[predicted.size()][gold.size()];
    for (int p = 0; p < predicted.size(); p++) {
      for (int g = 0; g < gold.size(); g++) {
        edge[p][g] = ok.test(predicted.get(p), gold.get(g));
      }
    }
    int[] owner = new int[gold.size()];
    java.util.Arrays.fill(owner, -1);
    for (int p = 0; p < predicted.size(); p++) {
      augment(p, edge, owner, new boolean[gold.size()]);
    }
    int[] out = new int[predicted.size()];
    java.util.Arrays.fill(out, -1);
    for (int g = 0; g < owner.length; g++) {
      if (owner[g] >= 0) {
        out[owner[g]] = g;
      }
    }
    return out;
  }

  private static boolean augment(int p, boolean[][] edge, int[] owner, boolean[] seen) {
    for (int g = 0; g < owner.length; g++) {
      if (edge[p][g] && !seen[g]) {
        seen[g] = true;
        if (owner[g] < 0 || augment(owner[g], edge, owner, seen)) {
          owner[g] = p;
          return true;
        }
      }
    }
    return false;
  }

  /** Text name → its annotation file by the annotator whose code sorts first. */
  private static Map<String, Path> firstAnnotator(Path dir) {
    Map<String, Path> out = new TreeMap<>();
    for (Path ann : list(dir, ".ann")) {
      String name = ann.getFileName().toString();
      out.putIfAbsent(name.substring(0, name.lastIndexOf('_')), ann);
    }
    return out;
  }

  private static List<Path> list(Path dir, String suffix) {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + dir + ": is it a PolNeAR split folder?", e);
    }
  }

  private static String read(Path p) {
    try {
      return Files.readString(p, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + p, e);
    }
  }
}
