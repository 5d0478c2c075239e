package io.vigil.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractCommandTest {

  static final String ARTICLE =
      """
      Coast Guard Rescues 64 Migrants Off Lampedusa

      The Italian coast guard rescued 64 migrants from a drifting boat south of Lampedusa on Saturday, the interior ministry said.

      Commander Paolo Ferri said the boat had left Libya two days earlier. Ferri said all passengers were taken to a reception centre.
      """;

  @TempDir Path dir;

  private final ObjectMapper json = new ObjectMapper();

  private Path write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text);
  }

  @Test
  void printsOneJsonLinePerArticleInInputOrder() throws IOException {
    Path a = write("a.txt", ARTICLE);
    Path b = write("b.txt", "Officials in Tunisia confirmed the figures on Sunday.\n");
    Cli r = Cli.run("extract", a.toString(), b.toString(), "--json");
    assertThat(r.exit()).isZero();
    assertThat(r.err()).isEmpty();
    List<String> lines = r.out().lines().toList();
    assertThat(lines).hasSize(2);
    JsonNode first = json.readTree(lines.get(0));
    assertThat(first.get("id").asText()).isEqualTo("a");
    assertThat(first.get("title").asText())
        .isEqualTo("Coast Guard Rescues 64 Migrants Off Lampedusa");
    assertThat(json.readTree(lines.get(1)).get("id").asText()).isEqualTo("b");
  }

  @Test
  void writesTheFieldsOfTheContractWithExactOffsets() throws IOException {
    Cli r = Cli.run("extract", write("a.txt", ARTICLE).toString(), "--json");
    JsonNode doc = json.readTree(r.out());
    for (String field :
        List.of("title", "byline", "originalSource", "text", "entities", "quotes", "events")) {
      assertThat(doc.has(field)).as(field).isTrue();
    }
    String text = doc.get("text").asText();
    JsonNode ferri = null;
    for (JsonNode e : doc.get("entities")) {
      for (JsonNode m : e.get("mentions")) {
        assertThat(text.substring(m.get("start").asInt(), m.get("end").asInt()))
            .isEqualTo(m.get("text").asText());
      }
      if (e.get("name").asText().equals("Paolo Ferri")) {
        ferri = e;
      }
    }
    assertThat(ferri).isNotNull();
    assertThat(ferri.get("type").asText()).isEqualTo("PERSON");
    assertThat(ferri.get("mentions")).hasSize(2);
    assertThat(doc.get("events")).isNotEmpty();
    for (JsonNode e : doc.get("events")) {
      int actors = e.get("actors").size();
      int targets = e.get("targets").size();
      assertThat(e.has("source")).isTrue();
      assertThat(actors).isEqualTo(targets + (e.get("source").isNull() ? 0 : 1));
    }
  }

  @Test
  void keepsThePlainTextFileAsTheTextAndTrustsNoUnconfirmedNameInItsHeadline() throws IOException {
    String file =
        "Ferry Talks Resume in Kessel as Harbour Crews Stall\n"
            + "Ruth Adler opened the ferry talks in Kessel on Monday.\u00a0\n"
            + "The crews want a new contract, Adler said.\n";
    JsonNode doc =
        json.readTree(Cli.run("extract", write("a.txt", file).toString(), "--json").out());
    assertThat(doc.get("title").asText())
        .isEqualTo("Ferry Talks Resume in Kessel as Harbour Crews Stall");
    assertThat(doc.get("text").asText()).isEqualTo(file.strip());
    List<String> names = doc.get("entities").findValuesAsText("name");
    assertThat(names)
        .contains("Kessel", "Ruth Adler")
        .doesNotContain("Harbour Crews Stall", "Crews Stall");
  }

  @Test
  void namesAnUnresolvedSpeakerWithTheArticlesWords() throws IOException {
    Path a =
        write(
            "a.txt",
            "Harbour Talks Stall\n\nA senior diplomat said the talks on the harbour had stalled.\n");
    JsonNode doc = json.readTree(Cli.run("extract", a.toString(), "--json").out());
    JsonNode quote = doc.get("quotes").get(0);
    assertThat(quote.get("speaker").get("id").isNull()).isTrue();
    assertThat(quote.get("speaker").get("name").asText()).isEqualTo("A senior diplomat");
    assertThat(quote.get("speakerText").asText()).isEqualTo("A senior diplomat");
    assertThat(quote.get("cueText").asText()).isEqualTo("said");
  }

  @Test
  void placesEachLocationInItsCountryAndNothingElse() throws IOException {
    JsonNode doc =
        json.readTree(Cli.run("extract", write("a.txt", ARTICLE).toString(), "--json").out());
    JsonNode libya = null;
    for (JsonNode e : doc.get("entities")) {
      if (e.get("name").asText().equals("Libya")) {
        libya = e.get("place");
      }
      if (e.get("name").asText().equals("Paolo Ferri")) {
        assertThat(e.get("place").isNull()).isTrue();
      }
    }
    assertThat(libya).isNotNull();
    assertThat(libya.get("country").asText()).isEqualTo("loc:libya");
    assertThat(libya.get("countryCode").asText()).isEqualTo("LY");
    assertThat(libya.get("lat").asDouble()).isEqualTo(32.89);
    assertThat(libya.get("lon").asDouble()).isEqualTo(13.19);
    assertThat(libya.get("source").asText()).isEqualTo("vigil knowledge base");
  }

  @Test
  void givesTheSameEntityTheSameIdInEveryArticleOfARun() throws IOException {
    Path a = write("a.txt", ARTICLE);
    Path b = write("b.txt", "Ferri told reporters in Libya that the search continued.\n");
    List<String> lines =
        Cli.run("extract", a.toString(), b.toString(), "--json").out().lines().toList();
    assertThat(idOf(lines.get(1), "Ferri")).isEqualTo(idOf(lines.get(0), "Paolo Ferri"));
    assertThat(idOf(lines.get(1), "Libya")).isEqualTo(idOf(lines.get(0), "Libya"));
  }

  @Test
  void printsAReadableSummaryWithoutJson() throws IOException {
    Cli r = Cli.run("extract", write("a.txt", ARTICLE).toString());
    assertThat(r.exit()).isZero();
    assertThat(r.out())
        .contains("== a  (")
        .contains("title:   Coast Guard Rescues 64 Migrants Off Lampedusa")
        .containsPattern("PERSON\\s+Paolo Ferri\\s+\\[per:paolo-ferri]");
    Cli protest =
        Cli.run("extract", write("b.txt", "Protesters in Oslo marched on Sunday.\n").toString());
    assertThat(protest.out()).containsPattern("CAMEO 141 .* \\? @ Oslo").doesNotContain("? ->  @");
  }

  @Test
  void reportsEachBadFileOnOneLineAndProcessesTheOthers() throws IOException {
    Path empty = Files.createFile(dir.resolve("empty.txt"));
    Path binary =
        Files.write(
            dir.resolve("photo.jpg"), new byte[] {(byte) 0xFF, (byte) 0xD8, 0, 0, 0x10, 0x4A});
    Path huge = dir.resolve("huge.txt");
    try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
      f.setLength(50L * 1024 * 1024);
    }
    Path missing = dir.resolve("missing.txt");
    Path good = write("good.txt", ARTICLE);
    Cli r =
        Cli.run(
            "extract",
            empty.toString(),
            binary.toString(),
            huge.toString(),
            missing.toString(),
            good.toString(),
            "--json");
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err().lines().toList())
        .containsExactly(
            "vigil: " + empty + ": empty file",
            "vigil: " + binary + ": binary content, not text or HTML",
            "vigil: " + huge + ": too large: 50.0 MB is over the limit of 10.0 MB (--max-bytes)",
            "vigil: " + missing + ": no such file");
    assertThat(r.out().lines()).hasSize(1);
  }

  @Test
  void warnsThatAPageInAnotherLanguageGetsNoQuotesOrEvents() throws IOException {
    String page =
        "<html lang=\"pt-BR\"><head><title>Porto</title></head><body><article><p>\"O porto vai"
            + " fechar\", disse Ruth Adler na segunda-feira em Lisboa.</p></article></body></html>";
    Path p = Files.writeString(dir.resolve("porto.html"), page);
    Cli r = Cli.run("extract", p.toString(), "--json");
    assertThat(r.exit()).isZero();
    assertThat(r.err()).contains("warning: declared language pt-BR");
    assertThat(json.readTree(r.out()).get("quotes")).isEmpty();
  }

  @Test
  void decodesInvalidUtf8WithAWarningAndKeepsTheArticle() throws IOException {
    byte[] latin1 =
        "Talks in Montr\u00e9al ended on Friday, officials said.\n"
            .getBytes(StandardCharsets.ISO_8859_1);
    Path p = Files.write(dir.resolve("latin1.txt"), latin1);
    Cli r = Cli.run("extract", p.toString(), "--json");
    assertThat(r.exit()).isZero();
    assertThat(r.err().strip())
        .isEqualTo("vigil: " + p + ": warning: invalid UTF-8 bytes, decoded as windows-1252");
    assertThat(json.readTree(r.out()).get("text").asText()).contains("Montréal");
  }

  @Test
  void acceptsASmallerSizeLimit() throws IOException {
    Cli r = Cli.run("extract", write("a.txt", ARTICLE).toString(), "--max-bytes", "100");
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err()).contains("over the limit of 0 KB");
  }

  @Test
  void exitsWithUsageErrorWithoutFiles() {
    Cli r = Cli.run("extract");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("Missing required parameter");
  }

  @Test
  void rejectsANonsenseSize() {
    Cli r = Cli.run("extract", "x.txt", "--max-bytes", "lots");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("not a size: 'lots'");
  }

  private String idOf(String line, String surface) throws IOException {
    for (JsonNode e : json.readTree(line).get("entities")) {
      for (JsonNode m : e.get("mentions")) {
        if (m.get("text").asText().equals(surface)) {
          return e.get("id").asText();
        }
      }
    }
    throw new AssertionError("no mention " + surface + " in " + line);
  }
}
