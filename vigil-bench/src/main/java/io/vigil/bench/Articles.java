package io.vigil.bench;

import io.vigil.ingest.FileDocuments;
import io.vigil.model.RawDocument;
import io.vigil.model.Result;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The articles benchmarks run on: the development texts of the PolNeAr corpus when {@code
 * ../shared} holds them (or the directory named by {@code VIGIL_BENCH_ARTICLES}), else three short
 * news-like articles written for the benchmarks.
 */
final class Articles {

  /** At most this many articles from a directory: enough variety, quick to cycle through. */
  static final int LIMIT = 40;

  private Articles() {}

  static List<RawDocument> load() {
    String named = System.getenv("VIGIL_BENCH_ARTICLES");
    Path dir = Path.of(named != null ? named : "../shared/eval/polnear/dev/text");
    if (Files.isDirectory(dir)) {
      List<RawDocument> docs = fromDirectory(dir);
      if (!docs.isEmpty()) {
        return docs;
      }
    }
    return WRITTEN.stream().map(Articles::document).toList();
  }

  private static List<RawDocument> fromDirectory(Path dir) {
    FileDocuments files = new FileDocuments(FileDocuments.DEFAULT_MAX_BYTES);
    try (Stream<Path> paths = Files.list(dir)) {
      return paths
          .filter(p -> p.toString().endsWith(".txt"))
          .sorted()
          .limit(LIMIT)
          .map(files::read)
          .flatMap(
              r -> r instanceof Result.Ok<RawDocument> ok ? Stream.of(ok.value()) : Stream.of())
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list the benchmark articles in " + dir, e);
    }
  }

  private static RawDocument document(String text) {
    String id = "bench-" + Integer.toHexString(text.hashCode());
    return RawDocument.ofText(id, id + ".txt", text);
  }

  /** Written for these benchmarks; the people, places and bodies are real, the events invented. */
  private static final List<String> WRITTEN =
      List.of(
          """
          Port authority approves Rotterdam harbour expansion

          The Port of Rotterdam Authority approved on Tuesday a plan to deepen two basins of the \
          Maasvlakte, its director Boudewijn Siemons told reporters in Rotterdam. The work, which \
          the Dutch government must still fund, would let the largest container ships berth at \
          any tide.

          "We cannot wait for the next generation of ships to go to Antwerp or Hamburg," Siemons \
          said. Environmental groups, among them Greenpeace Netherlands, said they would ask the \
          Council of State to review the permits.

          The European Commission is expected to examine whether the state aid complies with EU \
          rules. A spokesman for the Ministry of Infrastructure declined to comment on the cost, \
          which newspapers put at 1.2 billion euros.
          """,
          """
          Kenya and Ethiopia sign power deal

          NAIROBI - Kenya's President William Ruto and Ethiopia's Prime Minister Abiy Ahmed signed \
          an agreement on Friday under which Kenya will buy more electricity from the Grand \
          Ethiopian Renaissance Dam over the next ten years.

          The deal doubles the capacity of the line that links the two countries. Officials of \
          Kenya Power said the imports would lower bills for households in the west of the \
          country, where outages are frequent.

          Ruto said the agreement showed that the region could solve its own problems. "Our \
          neighbours have power to sell and we have customers who need it," he told a news \
          conference at State House. The African Development Bank, which financed part of the \
          line, welcomed the deal in a statement.

          it was not clear when the new tariffs would take effect. analysts in the capital said \
          the price would depend on the rains.
          """,
          """
          Minister resigns over procurement inquiry

          Canada's minister of public services resigned on Monday after the Auditor General found \
          that a contract for a border application had been awarded without competition.

          In a letter to Prime Minister Mark Carney, the minister said she had done nothing wrong \
          but did not want the inquiry to distract the government. Opposition leader Pierre \
          Poilievre called for a public inquiry and said the Conservative Party would raise the \
          matter in the House of Commons on Wednesday.

          The Royal Canadian Mounted Police said it had received a complaint and was reviewing \
          it. The firm that won the contract, based in Ottawa, did not respond to requests for \
          comment. the department said the application cost 54 million dollars, more than ten \
          times the first estimate.
          """);
}
