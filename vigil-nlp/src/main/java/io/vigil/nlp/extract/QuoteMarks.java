package io.vigil.nlp.extract;

import io.vigil.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds quoted passages by their marks: “…”, "…", ‘…’, «…», „…“ and ''…'' (two apostrophes, as some
 * wire copy writes them). A quotation left open at the end of a paragraph and re-opened at the
 * start of the next one (the newspaper convention for quotes running over paragraphs) continues
 * there: its pieces share one group number. Marks nested inside a quotation (a quote of a quote)
 * belong to the outer one. Stateless and thread-safe.
 */
final class QuoteMarks {

  /** Longest quotation accepted; a mark left open for longer is a stray. */
  private static final int MAX_LENGTH = 4000;

  private QuoteMarks() {}

  /**
   * One piece of a quotation.
   *
   * @param content the quoted words, without marks
   * @param outer the quoted words with their marks
   * @param group pieces of one quotation running over paragraphs share this number
   */
  record Quoted(Span content, Span outer, int group) {}

  static List<Quoted> find(String text) {
    List<Quoted> out = new ArrayList<>();
    int group = 0;
    int i = 0;
    while (i < text.length()) {
      if (!opens(text, i)) {
        i++;
        continue;
      }
      i = scan(text, i, group++, out);
    }
    return out;
  }

  /** Reads one quotation opened at {@code open}; returns where to go on scanning. */
  private static int scan(String text, int open, int group, List<Quoted> out) {
    char mark = text.charAt(open);
    int j = open + width(mark);
    int nested = 0; // “…“hell” than live …” : the inner pair uses the outer's marks
    while (j < text.length() && j - open < MAX_LENGTH) {
      char c = text.charAt(j);
      if (mark == '“' && c == '“' && opens(text, j) && !mistypedClose(text, j)) {
        nested++;
      } else if (nested > 0 && (c == '”' || c == '“' && mistypedClose(text, j))) {
        nested--;
      } else if (closes(text, j, mark)) {
        add(text, open, j, group, out);
        return j + width(mark);
      }
      if (c == '\n') {
        int next = skipSpace(text, j);
        if (next < text.length() && text.charAt(next) == mark) {
          add(text, open, j, group, out);
          open = next;
          j = next + width(mark);
          continue;
        }
        if (unclosedAtParagraphEnd(text, open, j)) {
          add(text, open, j, group, out); // “… It must go.¶She continued, “…”
        }
        return j;
      }
      j++;
    }
    return open + 1;
  }

  /**
   * Whether a double-quoted passage left open at a paragraph's end, with no mark opening the next
   * paragraph, is a whole quotation whose closing mark was dropped: it ends a sentence and holds at
   * least a few words.
   */
  private static boolean unclosedAtParagraphEnd(String text, int open, int newline) {
    char mark = text.charAt(open);
    if (mark != '“' && mark != '"') {
      return false;
    }
    int e = newline;
    while (e > open && Character.isWhitespace(text.charAt(e - 1))) {
      e--;
    }
    String words = text.substring(open + 1, e);
    return e > open + 1
        && ".?!".indexOf(text.charAt(e - 1)) >= 0
        && words.strip().split("\\s+").length >= 4;
  }

  /** Two apostrophes make one mark; every other mark is one character. */
  private static int width(char mark) {
    return mark == '\'' ? 2 : 1;
  }

  private static void add(String text, int open, int close, int group, List<Quoted> out) {
    char mark = text.charAt(open);
    int s = open + width(mark);
    int e = close;
    while (s < e && Character.isWhitespace(text.charAt(s))) {
      s++;
    }
    while (e > s && (Character.isWhitespace(text.charAt(e - 1)) || text.charAt(e - 1) == ',')) {
      e--;
    }
    if (e > s) {
      int outerEnd =
          Math.min(text.length(), close + (text.charAt(close) == '\n' ? 0 : width(mark)));
      out.add(new Quoted(new Span(s, e), new Span(open, outerEnd), group));
    }
  }

  private static int skipSpace(String text, int j) {
    while (j < text.length() && Character.isWhitespace(text.charAt(j))) {
      j++;
    }
    return j;
  }

  /**
   * Where reported words that run on past a closing mark end when the speaker's own next act
   * follows: 'called the attack “an assault on our country,” and vowed to restore order' ends at
   * the mark. A coordinated clause with a subject of its own ("and the port will close") goes on.
   *
   * @return the token after the closing mark, or {@code to} when no such act follows
   */
  static int beforeNextAct(ArticleView view, boolean[] quoted, int from, int to) {
    for (int t = from + 2; t < to - 1; t++) {
      if (quoted[t] || !Words.COORDINATORS.contains(view.lower(t))) {
        continue;
      }
      int mark = view.word(t - 1).equals(",") ? t - 2 : t - 1;
      boolean closed = mark > from && CLOSING_MARKS.contains(view.word(mark));
      int verb = ADVERBS.contains(view.lower(t + 1)) ? t + 2 : t + 1; // "and then left"
      if (closed && act(view, verb)) {
        return mark + 1;
      }
    }
    return to;
  }

  private static final Set<String> ADVERBS = Set.of("then", "later", "also", "quickly", "soon");

  /** Tokens that close a quotation. */
  static final Set<String> CLOSING_MARKS = Set.of("”", "\"", "''", "’");

  /** Tokens that open a quotation ("''" opens and closes in some papers' copy). */
  static final Set<String> OPENING_MARKS = Set.of("“", "\"", "''", "‘", "«", "``");

  /** Whether the word at {@code t} is a past verb without a subject: "vowed", "left". */
  private static boolean act(ArticleView view, int t) {
    String w = view.word(t);
    String lower = view.lower(t);
    return !w.isEmpty()
        && Character.isLowerCase(w.charAt(0))
        && (lower.endsWith("ed") || Words.isSpeech(lower) || Lemmas.irregular(lower));
  }

  /** How many words (not marks or punctuation) of tokens [from, to) lie outside quotations. */
  static int unquotedWords(ArticleView view, boolean[] quoted, int from, int to) {
    int n = 0;
    for (int t = from; t < to; t++) {
      String w = view.word(t);
      n += !quoted[t] && !w.isEmpty() && Character.isLetterOrDigit(w.charAt(0)) ? 1 : 0;
    }
    return n;
  }

  /** Whether the mark at {@code i} stands for a year's century: "in ‘08", "the ‘90s". */
  private static boolean shortYear(String text, int i) {
    int end = i + 3;
    return end <= text.length()
        && Character.isDigit(text.charAt(i + 1))
        && Character.isDigit(text.charAt(i + 2))
        && (end == text.length()
            || !Character.isLetterOrDigit(text.charAt(end))
            || text.charAt(end) == 's');
  }

  static boolean opens(String text, int i) {
    char c = text.charAt(i);
    int b = i - 1;
    while (b >= 0 && Character.getType(text.charAt(b)) == Character.FORMAT) {
      b--; // an invisible mark (U+202A) before a quotation mark
    }
    char before = b < 0 ? '\n' : text.charAt(b);
    char after = i + 1 < text.length() ? text.charAt(i + 1) : ' ';
    return switch (c) {
      case '“', '«', '„' -> !Character.isWhitespace(after);
      case '”' -> before == '\n' && Character.isLetter(after); // ”Fear. I am ...

      case '"' -> startsWord(before) && !Character.isWhitespace(after);
      case '‘' -> startsWord(before) && Character.isLetterOrDigit(after) && !shortYear(text, i);
      case '\'' ->
          after == '\''
              && startsWord(before)
              && i + 2 < text.length()
              && !Character.isWhitespace(text.charAt(i + 2));
      default -> false;
    };
  }

  private static boolean startsWord(char before) {
    return Character.isWhitespace(before)
        || Character.isSpaceChar(before)
        || "([{—–-/:“".indexOf(before) >= 0;
  }

  /**
   * An opening mark typed where a closing one belongs: after a word or punctuation and before a
   * space or punctuation (“… problems for her here,“ said Clyburn / “rapists“ while).
   */
  private static boolean mistypedClose(String text, int j) {
    char before = j == 0 ? ' ' : text.charAt(j - 1);
    char after = j + 1 < text.length() ? text.charAt(j + 1) : ' ';
    boolean ended = Character.isLetterOrDigit(before) || ",.?!".indexOf(before) >= 0;
    return ended && (Character.isWhitespace(after) || ",.;:?!)".indexOf(after) >= 0);
  }

  private static boolean closes(String text, int j, char mark) {
    char c = text.charAt(j);
    char after = j + 1 < text.length() ? text.charAt(j + 1) : ' ';
    return switch (mark) {
      case '“', '"', '”' -> c == '”' || c == '"' || c == '“' && mistypedClose(text, j);
      case '„' -> c == '“' || c == '”';
      case '«' -> c == '»';
      case '‘' -> c == '’' && !Character.isLetter(after);
      case '\'' -> c == '\'' && after == '\'';
      default -> false;
    };
  }
}
