package io.vigil.ingest.html;

import io.vigil.clean.Block;
import io.vigil.clean.PageMetadata;
import java.util.List;

/** What the HTML reader found in a page: the body's blocks and the page's metadata. */
public record HtmlPage(List<Block> blocks, PageMetadata metadata) {}
