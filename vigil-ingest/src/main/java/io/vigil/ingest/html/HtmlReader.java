package io.vigil.ingest.html;

import io.vigil.clean.Block;
import io.vigil.clean.PageMetadata;
import io.vigil.ingest.html.BlockCollector.Piece;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Extracts an article from an HTML page with jsoup: metadata from JSON-LD, OpenGraph, meta tags and
 * the page structure; the body from the container that text density and link density point to,
 * after page furniture is pruned, cut into blocks at paragraph boundaries and filtered by shape.
 * Stateless and thread-safe.
 */
public final class HtmlReader {

  private HtmlReader() {}

  /**
   * Reads {@code html}.
   *
   * @param html the decoded page
   * @param baseUrl the page's URL for resolving relative links, or null
   */
  public static HtmlPage read(String html, String baseUrl) {
    Document doc = Jsoup.parse(html, baseUrl == null ? "" : baseUrl);
    JsonLd ld = JsonLd.of(doc);
    PageMetadata meta = MetadataReader.read(doc, ld);
    Pruner.prune(doc);
    List<Element> roots = ContentFinder.find(doc.body());
    List<Block> blocks = new ArrayList<>();
    int offset = 0;
    for (Piece piece : BlockFilter.filter(BlockCollector.collect(roots))) {
      String text = piece.text();
      blocks.add(new Block(text, offset, offset + text.length(), piece.kind()));
      offset += text.length() + 1;
    }
    return new HtmlPage(blocks, meta);
  }
}
