package io.vigil.clean;

import io.vigil.clean.BoilerplateRules.Match;
import io.vigil.model.Article;
import io.vigil.model.Boilerplate;
import io.vigil.model.Heading;
import io.vigil.model.Removed;
import io.vigil.model.Signal;
import io.vigil.model.SignalKind;
import io.vigil.model.SourceKind;
import io.vigil.model.Span;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the blocks of a document into an {@link Article}: finds the headline, byline, section
 * headings and original source, removes boilerplate with a reason, and notes signals such as SEO
 * keyword artifacts. The clean text is the kept blocks joined by blank lines. Stateless and
 * thread-safe.
 */
public final class ArticleCleaner {

  static final String PARAGRAPH_BREAK = "\n\n";

  private static final Pattern SEO =
      Pattern.compile(
          "(?i)\\b(?:the|our) (?:main |focus |primary )?key ?(?:word|phrase)s? (?:here |for this (?:article|post|story) )?(?:is|are)\\b[^.!?\\n]*[.!?]?");

  private static final int MAX_HEADING_WORDS = 14;
  private static final int MAX_TITLE_WORDS = 30;

  /** Where the document came from, for the article's identity. */
  public record Origin(String id, SourceKind kind, String location) {}

  /**
   * Cleans {@code blocks} into an article.
   *
   * @param origin the document's id and location
   * @param blocks the document's blocks in reading order
   * @param meta what the markup said (title, byline, ...); {@link PageMetadata#NONE} for plain text
   * @param signals signals found before cleaning (for example, a charset fallback)
   */
  public Article clean(Origin origin, List<Block> blocks, PageMetadata meta, List<Signal> signals) {
    return clean(origin, blocks, meta, signals, null);
  }

  /**
   * Cleans {@code blocks} into an article whose text keeps the source's own separators: two kept
   * blocks that were neighbours in {@code source} stay joined by the whitespace between them, so
   * the clean text of a plain-text file with nothing removed is the file's text, character for
   * character, and offsets into it are offsets into the file. Blocks with something removed between
   * them are joined by a blank line. The headline line is the article's title and stays in the
   * text, where the file has it.
   *
   * @param source the decoded text the blocks' offsets point into, or null when they point into
   *     markup (every join is then a blank line)
   */
  public Article clean(
      Origin origin, List<Block> blocks, PageMetadata meta, List<Signal> signals, String source) {
    int n = blocks.size();
    Boilerplate[] removed = new Boilerplate[n];
    Set<String> byline = new LinkedHashSet<>(meta.byline());
    String originalSource = null;
    boolean authorBio = false;
    boolean authorLink = false;

    for (int i = 0; i < n; i++) {
      Match match = BoilerplateRules.match(blocks.get(i).text()).orElse(null);
      if (match == null) {
        continue;
      }
      removed[i] = match.reason();
      switch (match.reason()) {
        case AUTHOR_BIO -> {
          byline.add(match.value());
          authorBio = true;
          markBio(blocks, removed, i + 1, match.value());
        }
        case AUTHOR_LINK -> {
          byline.add(match.value());
          authorLink = true;
        }
        case ORIGINAL_SOURCE -> originalSource = match.value();
        case COMMENT_FORM -> markTail(removed, i + 1, Boilerplate.COMMENT_FORM);
        default -> {}
      }
    }

    String title = meta.title();
    int first = firstKept(removed, 0);
    for (int i = first; i >= 0 && i < Math.min(n, first + 3); i = firstKept(removed, i + 1)) {
      var names = BoilerplateRules.byline(blocks.get(i).text());
      if (names.isPresent()) {
        byline.addAll(names.get());
        removed[i] = Boilerplate.BYLINE;
      }
    }
    first = firstKept(removed, 0);
    int titleBlock = -1;
    if (first >= 0) {
      Block head = blocks.get(first);
      if (title != null && same(title, head.text())) {
        titleBlock = first;
      } else if (title == null && looksLikeTitle(head, blocks, first)) {
        title = head.text();
        titleBlock = first;
      }
    }
    // A page's headline is markup apart from its body; a plain-text file's first line is its own
    // text, and stays there so that offsets into the clean text are offsets into the file.
    if (titleBlock >= 0 && source == null) {
      removed[titleBlock] = Boilerplate.TITLE;
    }

    StringBuilder text = new StringBuilder();
    List<Heading> headings = new ArrayList<>();
    List<Removed> gone = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Block b = blocks.get(i);
      if (removed[i] != null) {
        gone.add(new Removed(b.text(), removed[i], b.sourceStart(), b.sourceEnd()));
        continue;
      }
      if (!text.isEmpty()) {
        text.append(separator(source, blocks, removed, i));
      }
      int start = text.length();
      text.append(b.text());
      if (i != titleBlock && isHeading(b, next(blocks, removed, i))) {
        headings.add(new Heading(b.text(), new Span(start, text.length())));
      }
    }

    List<Signal> allSignals = new ArrayList<>(signals);
    Matcher seo = SEO.matcher(text);
    while (seo.find()) {
      allSignals.add(
          new Signal(
              SignalKind.SEO,
              "'" + seo.group().strip() + "' is a search-engine keyword artifact",
              new Span(seo.start(), seo.end())));
    }
    if (originalSource != null) {
      allSignals.add(
          new Signal(SignalKind.REWRITE, "names its original source: " + originalSource, null));
    }
    if (authorBio && authorLink) {
      allSignals.add(new Signal(SignalKind.REWRITE, "carries a templated author bio", null));
    }
    return new Article(
        origin.id(),
        origin.kind(),
        origin.location(),
        meta.url(),
        title,
        List.copyOf(byline),
        meta.published(),
        text.toString(),
        headings,
        gone,
        allSignals,
        originalSource,
        meta.siteName(),
        meta.language());
  }

  /** What joins kept block {@code i} to the kept block before it. */
  private static String separator(String source, List<Block> blocks, Boilerplate[] removed, int i) {
    if (source == null || i == 0 || removed[i - 1] != null) {
      return PARAGRAPH_BREAK;
    }
    int from = blocks.get(i - 1).sourceEnd();
    int to = blocks.get(i).sourceStart();
    if (from < 0 || from > to || to > source.length()) {
      return PARAGRAPH_BREAK;
    }
    String between = source.substring(from, to);
    boolean space = between.chars().allMatch(c -> TextBlocks.isSpace((char) c));
    return space && between.indexOf('\n') >= 0 ? between : PARAGRAPH_BREAK;
  }

  /** Blocks right after "About NAME" that talk about NAME (or "He"/"She") are the bio. */
  private static void markBio(List<Block> blocks, Boilerplate[] removed, int from, String name) {
    String[] parts = name.split("\\s+");
    String firstName = parts[0];
    String lastName = parts[parts.length - 1];
    for (int i = from; i < blocks.size() && removed[i] == null; i++) {
      String t = blocks.get(i).text();
      boolean aboutAuthor =
          t.startsWith(name)
              || t.startsWith(firstName + " ")
              || t.startsWith(lastName + " ")
              || t.matches("^(He|She|They)\\b.*");
      if (!aboutAuthor) {
        return;
      }
      removed[i] = Boilerplate.AUTHOR_BIO;
    }
  }

  /** A comment form ends the article: what follows it is comments and page furniture. */
  private static void markTail(Boilerplate[] removed, int from, Boilerplate reason) {
    for (int i = from; i < removed.length; i++) {
      if (removed[i] == null) {
        removed[i] = reason;
      }
    }
  }

  private static int firstKept(Boilerplate[] removed, int from) {
    for (int i = from; i < removed.length; i++) {
      if (removed[i] == null) {
        return i;
      }
    }
    return -1;
  }

  private static Block next(List<Block> blocks, Boilerplate[] removed, int i) {
    int j = firstKept(removed, i + 1);
    return j < 0 ? null : blocks.get(j);
  }

  /**
   * A headline is the first block when it is short, has no sentence-final punctuation and most of
   * its words are capitalised ("US Secretary of State Blinken Urges ..."), or the markup says so.
   */
  static boolean looksLikeTitle(Block b, List<Block> blocks, int index) {
    if (b.kind() == Block.Kind.HEADING) {
      return true;
    }
    int words = b.words();
    if (words == 0 || words > MAX_TITLE_WORDS || endsSentence(b.text())) {
      return false;
    }
    if (index + 1 >= blocks.size()) {
      return false;
    }
    return capitalisedShare(b.text()) >= 0.6;
  }

  /**
   * A section heading is a short block without sentence-final punctuation, followed by a longer
   * body paragraph, or one the markup marks as a heading.
   */
  static boolean isHeading(Block b, Block next) {
    if (b.kind() == Block.Kind.HEADING) {
      return true;
    }
    if (b.kind() != Block.Kind.UNKNOWN || next == null) {
      return false;
    }
    int words = b.words();
    String t = b.text();
    return words > 0
        && words <= MAX_HEADING_WORDS
        && !endsSentence(t)
        && !t.endsWith(",")
        && !t.endsWith(";")
        && Character.isUpperCase(t.codePointAt(0))
        && next.words() > 2 * words
        && endsSentence(next.text());
  }

  static boolean endsSentence(String t) {
    String s = t.strip();
    if (s.isEmpty()) {
      return false;
    }
    char last = s.charAt(s.length() - 1);
    if (last == '"' || last == '”' || last == '’' || last == '\'' || last == ')') {
      s = s.substring(0, s.length() - 1).strip();
      if (s.isEmpty()) {
        return false;
      }
      last = s.charAt(s.length() - 1);
    }
    return last == '.' || last == '!' || last == '?' || last == ':' || last == '…';
  }

  /** The share of words that start with a capital letter or a digit, minor words not counted. */
  static double capitalisedShare(String text) {
    int content = 0;
    int capital = 0;
    for (String w : text.split("\\s+")) {
      if (w.isEmpty() || MINOR.contains(w)) {
        continue;
      }
      content++;
      int c = w.codePointAt(0);
      if (Character.isUpperCase(c) || Character.isDigit(c)) {
        capital++;
      }
    }
    return content == 0 ? 0 : (double) capital / content;
  }

  private static final Set<String> MINOR =
      Set.of(
          "a", "an", "the", "and", "or", "but", "nor", "of", "in", "on", "at", "to", "for", "by",
          "with", "from", "as", "vs", "vs.", "via", "into", "over", "amid", "after", "before", "is",
          "are", "–", "—", "-", "|", ":");

  private static boolean same(String a, String b) {
    return a.strip().replaceAll("\\s+", " ").equalsIgnoreCase(b.strip().replaceAll("\\s+", " "));
  }
}
