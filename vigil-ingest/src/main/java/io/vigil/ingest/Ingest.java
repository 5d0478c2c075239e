package io.vigil.ingest;

import io.vigil.clean.ArticleCleaner;
import io.vigil.clean.ArticleCleaner.Origin;
import io.vigil.clean.Block;
import io.vigil.clean.PageMetadata;
import io.vigil.clean.TextBlocks;
import io.vigil.ingest.decode.Decoded;
import io.vigil.ingest.decode.HtmlSniff;
import io.vigil.ingest.decode.TextDecoder;
import io.vigil.ingest.html.HtmlPage;
import io.vigil.ingest.html.HtmlReader;
import io.vigil.model.Article;
import io.vigil.model.RawDocument;
import io.vigil.model.Rejection.Reason;
import io.vigil.model.Result;
import io.vigil.model.Signal;
import io.vigil.model.SignalKind;
import java.util.List;

/**
 * The one path from a raw document to an article, whatever its source: binary check, charset
 * decoding (the transport's charset, else an HTML page's own {@code <meta>} declaration), the text
 * or HTML reader, then cleaning. Stateless and thread-safe.
 */
public final class Ingest {

  private final ArticleCleaner cleaner = new ArticleCleaner();

  public Result<Article> toArticle(RawDocument doc) {
    if (TextDecoder.looksBinary(doc.bytes())) {
      return Result.failed(doc.location(), Reason.BINARY, "binary content, not text or HTML");
    }
    boolean html = "text/html".equals(doc.mediaType());
    String charset = doc.charset();
    if (charset == null && html) {
      charset = HtmlSniff.metaCharset(doc.bytes());
    }
    Decoded decoded = TextDecoder.decode(doc.bytes(), charset);
    List<Signal> signals =
        decoded.warning() == null
            ? List.of()
            : List.of(new Signal(SignalKind.ENCODING, decoded.warning(), null));
    List<Block> blocks;
    PageMetadata meta;
    String source = null;
    if (html) {
      HtmlPage page = HtmlReader.read(decoded.text(), doc.url());
      blocks = page.blocks();
      meta = page.metadata().orUrl(doc.url());
    } else {
      blocks = TextBlocks.of(decoded.text());
      meta = PageMetadata.NONE;
      source = decoded.text();
    }
    Article article =
        cleaner.clean(
            new Origin(doc.id(), doc.kind(), doc.location()), blocks, meta, signals, source);
    if (article.text().isBlank()) {
      return Result.failed(doc.location(), Reason.NO_TEXT, "no article text left after cleaning");
    }
    return Result.ok(article);
  }
}
