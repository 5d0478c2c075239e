package io.vigil.nlp.extract;

import io.vigil.model.EntityRef;
import io.vigil.model.EntityType;
import io.vigil.model.Quote;
import io.vigil.model.ResolvedMention;
import io.vigil.model.Span;
import io.vigil.nlp.analyse.TitleCase;
import io.vigil.nlp.resolve.Resolution;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Transcripts: a paragraph that opens with a speaker's label in capitals and a colon ("PENCE: Well,
 * look, ...") is that speaker's words, up to the paragraph's end. The label is read as the person
 * the article names with that surname, when it does; words that label page furniture ("UPDATE:",
 * "NOTE:") are not speakers. A transcript's lines are verbatim but not direct quotes: a label, not
 * quotation marks around the words, says whose they are (PolNeAR's direct quotes are the words in
 * quotation marks).
 */
final class Transcripts {

  private static final Pattern LABEL =
      Pattern.compile(
          "(?m)^([\"“]?)(\\p{Lu}[\\p{Lu}.'’-]+(?: \\p{Lu}[\\p{Lu}.'’-]+){0,2}):[ \\t]+(\\S[^\\n]*)");

  /**
   * A line opening with a name and a colon: a headline's "Pence: Flowers won't be at debate", also
   * after a capitalised kicker ("EXCLUSIVE – Stone: ...").
   */
  private static final Pattern NAMED =
      Pattern.compile(
          "(?m)^(?:\\p{Lu}{3,} ?[–—-] ?)?(\\p{Lu}[\\p{L}.'’-]*(?: \\p{Lu}[\\p{L}.'’-]*){0,3}):[ \\t]+(\\S[^\\n]*)");

  /**
   * The first line as a headline with its source before a colon, lower-case words allowed: "WSJ
   * editorial: ...", "Former AG Mukasey at RNC: ...".
   */
  private static final Pattern HEADLINE =
      Pattern.compile("(\\p{Lu}[^:\\n]{0,60}?):[ \\t]+(\\S[^\\n]*)");

  private static final Pattern PLACE_OR_TIME = Pattern.compile(" (?:at|in|on|after|before) ");

  /** Sources that speak in headlines without being named entities: "Poll: ...". */
  private static final Set<String> SOURCE_WORDS =
      Set.of(
          "poll",
          "polls",
          "survey",
          "study",
          "report",
          "experts",
          "officials",
          "analysis",
          "newspaper",
          "editorial",
          "insiders",
          "aides",
          "allies",
          "critics",
          "lawmakers",
          "memo",
          "lawsuit",
          "filing",
          "warning");

  private static final Set<String> NOT_SPEAKERS =
      Set.of(
          "UPDATE",
          "NOTE",
          "EDITOR'S NOTE",
          "EDITOR’S NOTE",
          "CORRECTION",
          "CLARIFICATION",
          "PHOTO",
          "VIDEO",
          "WATCH",
          "READ",
          "RELATED",
          "SOURCE",
          "SOURCES",
          "WARNING",
          "BREAKING",
          "ADVERTISEMENT",
          "EXCLUSIVE",
          "LIVE",
          "OPINION",
          "ANALYSIS",
          "Q",
          "A");

  private Transcripts() {}

  /**
   * The quotes of {@code found} with transcript lines and named headline lines added. A labelled
   * line inside a quotation ("\"WALLACE: Let's start ...") replaces the quotation's piece.
   */
  static List<Quote> merge(String text, Resolution resolution, List<Quote> found) {
    List<Quote> out = new ArrayList<>(found);
    Map<String, Integer> labels = labels(text);
    Matcher m = LABEL.matcher(text);
    boolean inQuotation = false;
    while (m.find()) {
      String label = m.group(2);
      if (NOT_SPEAKERS.contains(label)
          || label.length() < 3
          || speaker(label, resolution) == null && labels.getOrDefault(label, 0) < 2) {
        continue; // a kicker ("BUSTED: ...") speaks once and names no one in the text
      }
      boolean opens = !m.group(1).isEmpty();
      inQuotation |= opens;
      Span line = new Span(m.start(3), m.end(3));
      Span content = trimMark(text, inQuotation ? answer(text, line) : line, inQuotation);
      if (inQuotation && closes(text, inQuotation ? answer(text, line) : line)) {
        inQuotation = false; // the quoted transcript ends with this answer
      }
      if (opens || inQuotation || content.end() < line.end()) {
        out.removeIf(
            q ->
                q.span().overlaps(content)
                    || q.span().start() <= m.start(2) + 1 && q.span().end() > m.start(3));
      } else if (covers(out, content)) {
        continue; // already read, as a quotation
      }
      Span speakerSpan = new Span(m.start(2), m.end(2));
      out.add(
          new Quote(
              content.of(text),
              content,
              speaker(label, resolution),
              speakerSpan,
              speakerSpan,
              false)); // verbatim, but a label, not quotation marks, says whose words they are
    }
    Matcher n = NAMED.matcher(text);
    while (n.find()) {
      sourceLine(
          text, resolution, out, new Span(n.start(1), n.end(1)), new Span(n.start(2), n.end(2)));
    }
    Matcher headline = HEADLINE.matcher(text);
    if (headline.lookingAt()
        && headline.group(1).split("\\s+").length <= 6
        && !headline.group(1).matches(".*\\d.*")) { // "WSJ editorial: …", not "Update 3: …"
      Matcher place = PLACE_OR_TIME.matcher(headline.group(1)); // "Mukasey at RNC": Mukasey
      int end = place.find() ? headline.start(1) + place.start() : headline.end(1);
      Span label = new Span(headline.start(1), end);
      sourceLine(text, resolution, out, label, new Span(headline.start(2), headline.end(2)));
    }
    interview(text, resolution, out);
    return out;
  }

  /**
   * An interview's label: "Q: …", "A: …" (also "Q. …", "A — …"), or a question's "Q" run into its
   * first word where a bold label lost its space ("QLast October, …").
   */
  private static final Pattern INTERVIEW =
      Pattern.compile("(?m)^(Q(?=\\p{Lu}\\p{Ll})|[QA](?::|\\.|\\s*[–—-])[ \\t]+)");

  /**
   * The answers of a question-and-answer interview ("Q: … A: …", at least two of each), each the
   * words of the person the introduction before the first question names most, from the "A" up to
   * the next label; a paragraph without a label goes on with the answer before it. The label is the
   * speaker's words in the text. Without a person named before the questions, the answers keep
   * their label and no entity. Questions are left out: the interviewer is seldom named.
   */
  private static void interview(String text, Resolution resolution, List<Quote> out) {
    List<int[]> labels = new ArrayList<>(); // label start, words start
    Matcher m = INTERVIEW.matcher(text);
    int questions = 0;
    while (m.find()) {
      labels.add(new int[] {m.start(1), m.end(1)});
      questions += text.charAt(m.start(1)) == 'Q' ? 1 : 0;
    }
    if (questions < 2 || labels.size() - questions < 2) {
      return;
    }
    EntityRef interviewee = mostNamedBefore(labels.getFirst()[0], resolution);
    for (int i = 0; i < labels.size(); i++) {
      int[] label = labels.get(i);
      for (int k = 0; k < out.size(); k++) { // "A: Because they needed help, I think": no "A:"
        Quote q = out.get(k);
        if (q.span().start() == label[0] && q.span().end() > label[1]) {
          Span words = new Span(label[1], q.span().end());
          out.set(
              k,
              new Quote(words.of(text), words, q.speaker(), q.speakerSpan(), q.cue(), q.direct()));
        }
      }
      if (text.charAt(label[0]) != 'A') {
        continue;
      }
      int end = i + 1 < labels.size() ? labels.get(i + 1)[0] : text.length();
      while (end > label[1] && Character.isWhitespace(text.charAt(end - 1))) {
        end--;
      }
      Span content = new Span(label[1], end);
      Span speaker = new Span(label[0], label[0] + 1);
      out.add(new Quote(content.of(text), content, interviewee, speaker, speaker, false));
    }
  }

  /** The person mentioned most before {@code end}, the first named on a tie; or null. */
  private static EntityRef mostNamedBefore(int end, Resolution resolution) {
    Map<String, Integer> counts = new java.util.LinkedHashMap<>();
    for (ResolvedMention m : resolution.mentions()) {
      boolean person =
          resolution.entity(m.entityId()).map(e -> e.type() == EntityType.PERSON).orElse(false);
      if (person && m.mention().span().end() <= end) {
        counts.merge(m.entityId(), 1, Integer::sum);
      }
    }
    return counts.entrySet().stream()
        .max(Map.Entry.comparingByValue()) // the first of equal counts: max keeps the earlier
        .flatMap(e -> resolution.entity(e.getKey()))
        .map(e -> e.ref())
        .orElse(null);
  }

  /** A line opening with a source and a colon, when the source names someone who speaks. */
  private static void sourceLine(
      String text, Resolution resolution, List<Quote> out, Span label, Span content) {
    EntityRef ref = named(label, resolution);
    boolean source =
        SOURCE_WORDS.contains(lastWord(label.of(text)).toLowerCase(Locale.ROOT))
            || namesSomeone(label, resolution) // "Clinton camp: ...", "Hacker Guccifer: ..."
            || TitleCase.line(
                content.of(text)); // "Milbank: Republicans ‘Waving The Flag’ To Trump"
    boolean kicker = ref == null && label.of(text).matches("\\p{Lu}{2,}"); // "REVEALED: ..."
    if ((ref == null && !source)
        || kicker
        || NOT_SPEAKERS.contains(label.of(text).toUpperCase(Locale.ROOT))
        || content.of(text).split("\\s+").length < 3
        || overlaps(out, content, label)) {
      return;
    }
    // "Clinton: I support D.C. statehood": the line is Clinton's, not a stance of its "I"
    out.removeIf(q -> q.span().overlaps(content));
    out.add(new Quote(content.of(text), content, ref, label, label, false));
  }

  private static String lastWord(String label) {
    return label.substring(label.lastIndexOf(' ') + 1);
  }

  /** Whether a person or an organisation is named anywhere in the label. */
  private static boolean namesSomeone(Span label, Resolution resolution) {
    return resolution.mentions().stream()
        .anyMatch(
            m ->
                m.mention().span().start() >= label.start()
                    && m.mention().span().end() <= label.end()
                    && resolution
                        .entity(m.entityId())
                        .map(
                            e ->
                                e.type() == EntityType.PERSON
                                    || e.type() == EntityType.ORGANIZATION)
                        .orElse(false));
  }

  /** The person or organisation whose mention ends the label ("Dr. Ben Carson"), or null. */
  private static EntityRef named(Span label, Resolution resolution) {
    for (ResolvedMention m : resolution.mentions()) {
      Span span = m.mention().span();
      if (span.end() == label.end() && span.start() >= label.start()) { // "Dr. Ben Carson: ..."
        return resolution
            .entity(m.entityId())
            .filter(e -> e.type() == EntityType.PERSON || e.type() == EntityType.ORGANIZATION)
            .map(e -> e.ref())
            .orElse(null);
      }
    }
    return null;
  }

  /** The content without the closing mark of a line that opened with one. */
  private static Span trimMark(String text, Span content, boolean opened) {
    int end = content.end();
    while (end > content.start() && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    if (opened && end > content.start() && "\"”".indexOf(text.charAt(end - 1)) >= 0) {
      end--;
    }
    return new Span(content.start(), end);
  }

  /**
   * A quoted transcript's answer: the labelled line and the paragraphs after it, up to the next
   * label or the line that closes the quotation.
   */
  private static Span answer(String text, Span line) {
    int end = line.end();
    while (!closes(text, new Span(line.start(), end))) {
      int next = end;
      while (next < text.length() && Character.isWhitespace(text.charAt(next))) {
        next++;
      }
      int lineEnd = text.indexOf('\n', next);
      lineEnd = lineEnd < 0 ? text.length() : lineEnd;
      if (next >= text.length() || LABEL.matcher(text.substring(next, lineEnd)).lookingAt()) {
        break;
      }
      end = lineEnd;
    }
    return new Span(line.start(), end);
  }

  /** Whether the words end with a closing quotation mark. */
  private static boolean closes(String text, Span span) {
    int end = span.end();
    while (end > span.start() && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    return end > span.start() && "\"”".indexOf(text.charAt(end - 1)) >= 0;
  }

  /** How many lines open with each label and a colon. */
  private static Map<String, Integer> labels(String text) {
    Map<String, Integer> counts = new HashMap<>();
    Matcher m = LABEL.matcher(text);
    while (m.find()) {
      counts.merge(m.group(2), 1, Integer::sum);
    }
    return counts;
  }

  /** The person whose surname the label is ("PENCE" is Mike Pence when the article names him). */
  private static EntityRef speaker(String label, Resolution resolution) {
    String surname = label.substring(label.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
    for (ResolvedMention m : resolution.mentions()) {
      String[] words = m.mention().text().toLowerCase(Locale.ROOT).split("\\s+");
      if (words.length > 0 && words[words.length - 1].equals(surname)) {
        return resolution.entity(m.entityId()).map(e -> e.ref()).orElse(null);
      }
    }
    return null;
  }

  /**
   * Whether a quote found before holds at least half of {@code span}; shorter ones are words the
   * labelled speaker reports ("This is a man who said he'd never run a negative ad").
   */
  private static boolean covers(List<Quote> found, Span span) {
    return found.stream().anyMatch(q -> overlap(q.span(), span) * 2 >= span.length());
  }

  private static int overlap(Span a, Span b) {
    return Math.max(0, Math.min(a.end(), b.end()) - Math.max(a.start(), b.start()));
  }

  /**
   * Whether a quote found before overlaps {@code span} with a speaker outside the line and its
   * label: in "Ryan: ‘Anti-Semitic Images’ Have ‘No Place’ …" the quoted pieces are the label's,
   * and the line is one quote.
   */
  private static boolean overlaps(List<Quote> found, Span span, Span label) {
    return found.stream()
        .anyMatch(
            q ->
                q.span().overlaps(span)
                    && (q.speakerSpan() == null
                        || !span.contains(q.speakerSpan()) && !labels(q, label)));
  }

  /**
   * Whether a quote's speaker is in the label and its cue is not: "Ryan" in "Ryan: ‘…’", not "Adler
   * told reporters: “…”", a sentence, no label.
   */
  private static boolean labels(Quote q, Span label) {
    return label.contains(q.speakerSpan()) && (q.cue() == null || !label.contains(q.cue()));
  }
}
