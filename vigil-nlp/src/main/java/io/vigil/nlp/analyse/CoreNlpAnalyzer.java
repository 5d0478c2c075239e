package io.vigil.nlp.analyse;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import io.vigil.model.EntityType;
import io.vigil.model.Mention;
import io.vigil.model.Sentence;
import io.vigil.model.Span;
import io.vigil.model.Token;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Properties;

/**
 * CoreNLP's tokenizer and sentence splitter, then its 4-class CoNLL CRF called directly on each
 * sentence. Calling the CRF directly skips what the {@code ner} annotator adds around it (POS,
 * SUTime, numeric and fine-grained classifiers), which costs twenty times more than the CRF itself
 * and which Vigil does with its own cheaper rules. Sentences that cannot hold a name skip the CRF
 * ({@link NameFreeSentences}), in the others it sees only the words near a capital ({@link
 * NameWindows}: 18% less CPU, CoNLL dev F1 unchanged at 91.36), and the CRF's per-word
 * normalisation is remembered ({@link MemoWordFunction}). Thread-safe: CoreNLP's tokenizer pipeline
 * and CRF are both safe for concurrent use once loaded, and one classifier is shared by all
 * threads.
 */
public final class CoreNlpAnalyzer implements Analyzer {

  /**
   * The 4-class CRF (person, organisation, location, misc) trained on CoNLL-2003. Measured here on
   * CoNLL dev with Vigil's resolver: 91.6 F1 against 87.1 for the 3-class model trained on more
   * corpora, at about the same cost, and it finds MISC names (nationalities, events) as well.
   */
  public static final String FOUR_CLASS_MODEL =
      "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz";

  /** The 3-class CRF trained on CoNLL, MUC, ACE, OntoNotes and WikiNER; CoreNLP's default. */
  public static final String THREE_CLASS_MODEL =
      "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz";

  private final StanfordCoreNLP splitter;
  private final CRFClassifier<CoreLabel> crf;

  private CoreNlpAnalyzer(String model) {
    Properties props = new Properties();
    props.setProperty("annotators", "tokenize,ssplit");
    // Keep the text's own characters: quotes stay “ ” and brackets stay ( ).
    props.setProperty(
        "tokenize.options", "invertible=true,ptb3Escaping=false,splitHyphenated=false");
    props.setProperty("ssplit.newlineIsSentenceBreak", "always");
    this.splitter = new StanfordCoreNLP(props, false);
    try {
      this.crf = CRFClassifier.getClassifier(model);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load the NER model " + model, e);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(
          "the NER model " + model + " is not on the classpath: add stanford-corenlp:models", e);
    }
    // The model Americanizes every word each time a feature reads it, with regular expressions:
    // remembering the answers cut the analysis' CPU time by about 7% with the same tags.
    if (crf.flags.wordFunction != null) {
      crf.flags.wordFunction = new MemoWordFunction(crf.flags.wordFunction, WORD_MEMO_CAPACITY);
    }
  }

  /** Distinct words whose Americanized form is remembered: a few MB at most. */
  private static final int WORD_MEMO_CAPACITY = 200_000;

  /** Loads the models once per JVM; later calls return the same instance. */
  public static CoreNlpAnalyzer shared() {
    return Holder.INSTANCE;
  }

  private static final class Holder {
    static final CoreNlpAnalyzer INSTANCE = new CoreNlpAnalyzer(FOUR_CLASS_MODEL);
  }

  @Override
  public Analysis analyse(String text) {
    List<Token> tokens = new ArrayList<>();
    List<Sentence> sentences = new ArrayList<>();
    List<Mention> mentions = new ArrayList<>();
    for (List<CoreLabel> labels : split(text)) {
      List<String> tags = tag(labels);
      int first = tokens.size();
      for (int k = 0; k < labels.size(); k++) {
        CoreLabel label = labels.get(k);
        tokens.add(
            new Token(
                label.originalText(), label.beginPosition(), label.endPosition(), tags.get(k)));
      }
      int end = tokens.size();
      sentences.add(
          new Sentence(new Span(tokens.get(first).start(), tokens.get(end - 1).end()), first, end));
      addMentions(text, tokens, first, end, mentions);
    }
    return new Analysis(tokens, sentences, mentions);
  }

  /**
   * The first half of {@link #analyse}: CoreNLP's tokenizer and sentence splitter alone. Public for
   * benchmarks.
   *
   * @return the non-empty sentences of {@code text}, each as its CoreNLP tokens with offsets into
   *     it
   */
  public List<List<CoreLabel>> split(String text) {
    Annotation doc = new Annotation(text);
    splitter.annotate(doc);
    List<List<CoreLabel>> out = new ArrayList<>();
    for (CoreMap sentence : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
      List<CoreLabel> labels = sentence.get(CoreAnnotations.TokensAnnotation.class);
      if (labels.isEmpty()) {
        continue;
      }
      if (!out.isEmpty() && continues(text, out.getLast(), labels)) {
        List<CoreLabel> joined = new ArrayList<>(out.getLast());
        joined.addAll(labels);
        out.set(out.size() - 1, joined);
      } else {
        out.add(labels);
      }
    }
    return out;
  }

  /**
   * Whether the splitter cut a sentence after an abbreviation: the previous piece ends with one or
   * with a parenthesis, and the next starts with a lower-case word in the same paragraph ("Rep.
   * Lynch (D-Mass.) | said the law ..."); a piece that starts with a comma always continues ("Rep.
   * Cummings (D-Md.) | , chair of ...").
   */
  private static final java.util.regex.Pattern QUOTE_MARKS =
      java.util.regex.Pattern.compile("[\"“”‘’«»'`]+");

  private static final java.util.Set<String> END_MARKS = java.util.Set.of("?", "!");

  private static final java.util.Set<String> CLOSING = java.util.Set.of("”", "\"", "''", "’");

  private static final java.util.Set<String> SAID =
      java.util.Set.of("said", "says", "asked", "asks", "told", "wrote", "added", "replied");

  private static boolean shortCapital(String word) {
    return word.length() >= 2
        && word.length() <= 4
        && Character.isUpperCase(word.codePointAt(0))
        && word.chars().allMatch(Character::isLetter);
  }

  private static boolean continues(String text, List<CoreLabel> previous, List<CoreLabel> next) {
    String first = next.getFirst().originalText();
    String last = previous.getLast().originalText();
    boolean abbreviation = last.equals(")") || last.length() > 1 && last.endsWith(".");
    boolean lower = !first.isEmpty() && Character.isLowerCase(first.codePointAt(0));
    boolean question =
        previous.size() > 1
            && CLOSING.contains(last)
            && END_MARKS.contains(previous.get(previous.size() - 2).originalText());
    boolean cueNext =
        next.size() > 2
            && (SAID.contains(next.get(1).originalText())
                || SAID.contains(next.get(2).originalText()));
    boolean comma = first.equals(",") || first.equals(";"); // no sentence starts with one
    boolean title = // "said Del. | Stacey Plaskett": a title the splitter did not know
        previous.size() > 2
            && last.equals(".")
            && SAID.contains(previous.get(previous.size() - 3).originalText())
            && shortCapital(previous.get(previous.size() - 2).originalText())
            && !first.isEmpty()
            && Character.isUpperCase(first.codePointAt(0));
    boolean cut = abbreviation && lower || comma || title || question && (lower || cueNext);
    if (!cut) {
      return false; // “Why aren't I ahead?” Clinton asked, ... is one sentence
    }
    int from = previous.getLast().endPosition();
    int to = next.getFirst().beginPosition();
    return from <= to && to - from < 3 && text.substring(from, to).indexOf('\n') < 0;
  }

  /**
   * The second half of {@link #analyse}: the CRF's tag for each token of one sentence ({@code
   * PERSON}, {@code ORGANIZATION}, {@code LOCATION}, {@code MISC}, or {@code O} outside names). A
   * sentence that {@linkplain NameFreeSentences cannot hold a name} is all {@code O} without
   * calling the CRF. Public for benchmarks; does not modify {@code sentence}.
   */
  public List<String> tag(List<CoreLabel> sentence) {
    List<String> words = new ArrayList<>(sentence.size());
    for (CoreLabel label : sentence) {
      words.add(asciiQuotes(label.word()));
    }
    if (NameFreeSentences.nameFree(words)) {
      return Collections.nCopies(sentence.size(), "O");
    }
    List<String> tags = new ArrayList<>(Collections.nCopies(words.size(), "O"));
    for (int[] w : NameWindows.of(words)) {
      List<CoreLabel> tagged = crf.classifySentence(bare(words.subList(w[0], w[1])));
      for (int k = 0; k < tagged.size(); k++) {
        String tag = tagged.get(k).get(CoreAnnotations.AnswerAnnotation.class);
        tags.set(w[0] + k, tag == null || tag.equals(crf.backgroundSymbol()) ? "O" : tag);
      }
    }
    return tags;
  }

  /**
   * A word with its curly apostrophes as the CRF's training text wrote them: "O’Malley" and "’s"
   * become "O'Malley" and "'s" (with the curly mark "O’Malley" was tagged O; curly double quotes as
   * '"' gave PolNeAR train one hit fewer, so they stay).
   */
  static String asciiQuotes(String word) {
    return word.indexOf('’') < 0 && word.indexOf('‘') < 0
        ? word
        : word.replace('’', '\'').replace('‘', '\'');
  }

  /**
   * Tokens holding their word alone. The CRF copies every token it is given with all its
   * annotations and then looks features' inputs up in them one key at a time; the tokenizer's
   * tokens carry a dozen keys the CRF never reads. Bare tokens cost about 5% less CPU and give the
   * same tags (all 924 PolNeAr articles and CoNLL-2003 dev checked).
   */
  private static List<CoreLabel> bare(List<String> words) {
    List<CoreLabel> out = new ArrayList<>(words.size());
    for (String w : words) {
      CoreLabel l = new CoreLabel(4);
      l.setWord(w);
      out.add(l);
    }
    return out;
  }

  /** Runs of tokens with the same tag become one mention. */
  /** Whether a token is more than a quotation mark: names do not start or end with one. */
  private static boolean wordy(String token) {
    return !QUOTE_MARKS.matcher(token).matches();
  }

  /** A lower-case past form the tagger took into a name: "Bush tweeted", not "al-Rashidi". */
  private static boolean pastVerb(String token) {
    return token.length() > 3
        && Character.isLowerCase(token.charAt(0))
        && token.endsWith("ed")
        && token.chars().allMatch(Character::isLetter);
  }

  private static void addMentions(
      String text, List<Token> tokens, int first, int end, List<Mention> out) {
    int i = first;
    while (i < end) {
      String tag = tokens.get(i).ner();
      if ("O".equals(tag)) {
        i++;
        continue;
      }
      int j = i + 1;
      while (j < end && tag.equals(tokens.get(j).ner())) {
        j++;
      }
      int from = i;
      int to = j;
      while (from < to && !wordy(tokens.get(from).text())) {
        from++; // a quotation mark the tagger took into a name: "” Trump told reporters"
      }
      while (to > from
          && (!wordy(tokens.get(to - 1).text())
              || to - from > 1 && HeadlineVerbs.ENDING_NAMES.contains(tokens.get(to - 1).text())
              || to - from > 1 && pastVerb(tokens.get(to - 1).text()))) {
        to--; // "Lindsey Graham Says", "Bush tweeted": a verb after the name is not part of it
      }
      if (from < to) {
        Span span = new Span(tokens.get(from).start(), tokens.get(to - 1).end());
        out.add(new Mention(span, span.of(text), EntityType.parse(tag), "ner"));
      }
      i = j;
    }
  }
}
