package io.vigil.nlp.extract;

import io.vigil.nlp.analyse.Analysis;
import io.vigil.nlp.analyse.CoreNlpAnalyzer;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ScratchSeedsTest {
  @Test
  void prints() throws Exception {
    for (String f : new String[] {"000_aa3ce2024e0023e9.txt", "002_1175d91e5aa34fe3.txt"}) {
      var lines = Files.readAllLines(Path.of("../../shared/seeds/" + f));
      if (f.startsWith("002"))
        lines = lines.subList(2, lines.indexOf("Original Source: www.aa.com.tr"));
      String text = String.join("\n\n", lines);
      Analysis a = CoreNlpAnalyzer.shared().analyse(text);
      var r =
          new io.vigil.nlp.resolve.Resolver(
                  io.vigil.nlp.kb.KnowledgeBase.bundled(),
                  new io.vigil.nlp.resolve.EntityRegistry())
              .resolve(text, a);
      for (var e :
          new EventExtractor()
              .extract(text, a, r, java.time.Instant.parse("2024-12-13T10:00:00Z"))) {
        System.out.println(
            e.cameo()
                + " "
                + e.label()
                + " "
                + e.actors().stream().map(x -> x.name()).toList()
                + " @"
                + (e.place() == null ? null : e.place().name())
                + " date="
                + e.date()
                + " count="
                + e.count()
                + " <"
                + e.trigger().of(text)
                + ">");
      }
      for (var q : new QuoteExtractor().extract(text, a, r)) {
        System.out.println(
            (q.direct() ? "D " : "R ")
                + q.speaker()
                + " ["
                + q.speakerSpan().of(text)
                + "] <"
                + q.cue().of(text)
                + "> "
                + q.text());
      }
    }
  }

  @Test
  void one() throws Exception {
    String f = System.getProperty("one.file");
    if (f == null) return;
    String text = Files.readString(Path.of(f));
    Analysis a = CoreNlpAnalyzer.shared().analyse(text);
    var r =
        new io.vigil.nlp.resolve.Resolver(
                io.vigil.nlp.kb.KnowledgeBase.bundled(), new io.vigil.nlp.resolve.EntityRegistry())
            .resolve(text, a);
    for (var q : QuoteMarks.find(text))
      System.out.println("MARK " + q.group() + " " + q.content().of(text).replace("\n", " "));
    for (var q : new QuoteExtractor().extract(text, a, r)) {
      System.out.println(
          (q.direct() ? "D " : "R ")
              + q.speaker()
              + " ["
              + q.speakerSpan().of(text)
              + "] <"
              + q.cue().of(text)
              + "> "
              + q.text().replace("\n", " "));
    }
  }

  @Test
  void speed() throws Exception {
    var res =
        new io.vigil.nlp.resolve.Resolver(
            io.vigil.nlp.kb.KnowledgeBase.bundled(), new io.vigil.nlp.resolve.EntityRegistry());
    for (String f : new String[] {"000_aa3ce2024e0023e9.txt", "002_1175d91e5aa34fe3.txt"}) {
      String text = String.join("\n\n", Files.readAllLines(Path.of("../../shared/seeds/" + f)));
      Analysis a = CoreNlpAnalyzer.shared().analyse(text);
      var r = res.resolve(text, a);
      var qx = new QuoteExtractor();
      var ex = new EventExtractor();
      for (int i = 0; i < 300; i++) {
        qx.extract(text, a, r);
        ex.extract(text, a, r, null);
      }
      long t0 = System.nanoTime();
      int n = 1000;
      for (int i = 0; i < n; i++) {
        qx.extract(text, a, r);
      }
      long t1 = System.nanoTime();
      for (int i = 0; i < n; i++) {
        ex.extract(text, a, r, null);
      }
      long t2 = System.nanoTime();
      System.out.printf(
          "%s quotes %.3f ms events %.3f ms%n", f, (t1 - t0) / 1e6 / n, (t2 - t1) / 1e6 / n);
    }
  }

  @Test
  void dump() throws Exception {
    String split = System.getProperty("dump.split");
    if (split == null) return;
    Path dir = Path.of("../../shared/eval/polnear/" + split + "/text");
    StringBuilder sb = new StringBuilder();
    try (var files = Files.list(dir)) {
      for (Path p : files.sorted().toList()) {
        String text = Files.readString(p);
        Analysis a = CoreNlpAnalyzer.shared().analyse(text);
        var r =
            new io.vigil.nlp.resolve.Resolver(
                    io.vigil.nlp.kb.KnowledgeBase.bundled(),
                    new io.vigil.nlp.resolve.EntityRegistry())
                .resolve(text, a);
        for (var e :
            new EventExtractor()
                .extract(text, a, r, java.time.Instant.parse("2024-12-13T10:00:00Z"))) {
          System.out.println(
              e.cameo()
                  + " "
                  + e.label()
                  + " "
                  + e.actors().stream().map(x -> x.name()).toList()
                  + " @"
                  + (e.place() == null ? null : e.place().name())
                  + " date="
                  + e.date()
                  + " count="
                  + e.count()
                  + " <"
                  + e.trigger().of(text)
                  + ">");
        }
        for (var q : new QuoteExtractor().extract(text, a, r)) {
          StringBuilder ms = new StringBuilder();
          if (q.speaker() != null)
            for (var m : r.mentions())
              if (m.entityId().equals(q.speaker().id()))
                ms.append(m.mention().span().start())
                    .append('-')
                    .append(m.mention().span().end())
                    .append(',');
          sb.append(p.getFileName())
              .append('\t')
              .append(q.span().start())
              .append('\t')
              .append(q.span().end())
              .append('\t')
              .append(q.direct())
              .append('\t')
              .append(q.speakerSpan().start())
              .append('\t')
              .append(q.speakerSpan().end())
              .append('\t')
              .append(q.cue().start())
              .append('\t')
              .append(q.cue().end())
              .append('\t')
              .append(ms)
              .append('\n');
        }
      }
    }
    Files.writeString(Path.of("/tmp/preds-" + split + ".tsv"), sb);
  }
}
