package io.vigil.ingest.html;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * The article a page describes in its JSON-LD scripts: the first node typed as an article ({@code
 * NewsArticle}, {@code Article}, {@code ReportageNewsArticle}, {@code BlogPosting}, ...), found in
 * top-level objects, arrays and {@code @graph} lists. Broken JSON is ignored.
 *
 * @param headline the headline, or null
 * @param authors the authors' names (organisations and URLs left out)
 * @param published datePublished as written, or null
 * @param modified dateModified as written, or null
 * @param url the article's own URL, or null
 * @param siteName the publisher's (or the WebSite node's) name, or null
 * @param language inLanguage, or null
 * @param body articleBody, or null
 */
record JsonLd(
    String headline,
    List<String> authors,
    String published,
    String modified,
    String url,
    String siteName,
    String language,
    String body) {

  static final JsonLd NONE = new JsonLd(null, List.of(), null, null, null, null, null, null);

  private static final ObjectMapper JSON =
      JsonMapper.builder()
          .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
          .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
          .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
          .enable(JsonReadFeature.ALLOW_SINGLE_QUOTES)
          .build();

  private static final Set<String> ARTICLE_TYPES =
      Set.of(
          "Article",
          "NewsArticle",
          "ReportageNewsArticle",
          "AnalysisNewsArticle",
          "OpinionNewsArticle",
          "BackgroundNewsArticle",
          "ReviewNewsArticle",
          "AskPublicNewsArticle",
          "BlogPosting",
          "LiveBlogPosting",
          "SocialMediaPosting",
          "Report",
          "TechArticle");

  /** Reads the JSON-LD scripts of {@code doc}. */
  static JsonLd of(Document doc) {
    List<JsonNode> nodes = new ArrayList<>();
    for (Element script : doc.select("script[type=application/ld+json]")) {
      try {
        flatten(JSON.readTree(script.data()), nodes, 0);
      } catch (JsonProcessingException e) {
        // a broken script says nothing
      }
    }
    JsonNode article = null;
    String website = null;
    for (JsonNode node : nodes) {
      if (article == null && hasType(node, ARTICLE_TYPES)) {
        article = node;
      }
      if (website == null && hasType(node, Set.of("WebSite"))) {
        website = text(node.get("name"));
      }
    }
    if (article == null) {
      return website == null
          ? NONE
          : new JsonLd(null, List.of(), null, null, null, website, null, null);
    }
    String publisher = text(article.path("publisher").get("name"));
    return new JsonLd(
        first(text(article.get("headline")), text(article.get("name"))),
        names(article.get("author")),
        text(article.get("datePublished")),
        text(article.get("dateModified")),
        first(text(article.get("url")), id(article.get("mainEntityOfPage"))),
        first(publisher, website),
        text(article.get("inLanguage")),
        text(article.get("articleBody")));
  }

  private static void flatten(JsonNode node, List<JsonNode> out, int depth) {
    if (node == null || depth > 4) {
      return;
    }
    if (node.isArray()) {
      node.forEach(n -> flatten(n, out, depth + 1));
    } else if (node.isObject()) {
      out.add(node);
      flatten(node.get("@graph"), out, depth + 1);
    }
  }

  private static boolean hasType(JsonNode node, Set<String> types) {
    JsonNode type = node.get("@type");
    if (type == null) {
      return false;
    }
    if (type.isArray()) {
      for (JsonNode t : type) {
        if (types.contains(t.asText())) {
          return true;
        }
      }
      return false;
    }
    return types.contains(type.asText());
  }

  private static List<String> names(JsonNode author) {
    Set<String> names = new LinkedHashSet<>();
    if (author == null) {
      return List.of();
    }
    List<JsonNode> list = new ArrayList<>();
    if (author.isArray()) {
      author.forEach(list::add);
    } else {
      list.add(author);
    }
    for (JsonNode a : list) {
      String name = a.isObject() ? text(a.get("name")) : text(a);
      if (a.isObject() && hasType(a, Set.of("Organization", "NewsMediaOrganization"))) {
        continue;
      }
      if (name != null && !name.startsWith("http") && name.length() < 100) {
        names.add(name);
      }
    }
    return List.copyOf(names);
  }

  private static String id(JsonNode node) {
    if (node == null) {
      return null;
    }
    return node.isObject() ? first(text(node.get("@id")), text(node.get("url"))) : text(node);
  }

  private static String text(JsonNode node) {
    if (node == null || node.isNull() || node.isContainerNode()) {
      if (node != null && node.isArray() && !node.isEmpty()) {
        return text(node.get(0));
      }
      return null;
    }
    String s = Parser.unescapeEntities(node.asText(), false).strip();
    return s.isEmpty() ? null : s;
  }

  static String first(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v;
      }
    }
    return null;
  }
}
