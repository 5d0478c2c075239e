package io.vigil.nlp.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A document of a CoNLL-2003 file: sentences of tokens with their gold IOB tags.
 *
 * @param sentences each sentence's tokens
 */
public record ConllDocument(List<List<Token>> sentences) {

  /** A token and its gold tag ({@code O}, {@code B-PER}, {@code I-LOC}, ...). */
  public record Token(String text, String gold) {}

  /**
   * Reads a CoNLL-2003 file ({@code token POS chunk TAG}, blank lines between sentences, {@code
   * -DOCSTART-} between documents). IOB1 tags are accepted and read as IOB2.
   */
  public static List<ConllDocument> read(Path file) throws IOException {
    List<ConllDocument> docs = new ArrayList<>();
    List<List<Token>> sentences = new ArrayList<>();
    List<Token> sentence = new ArrayList<>();
    int lineNo = 0;
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      lineNo++;
      if (line.isBlank()) {
        flush(sentence, sentences);
        sentence = new ArrayList<>();
        continue;
      }
      String[] cols = line.trim().split("\\s+");
      if (cols[0].equals("-DOCSTART-")) {
        flush(sentence, sentences);
        sentence = new ArrayList<>();
        if (!sentences.isEmpty()) {
          docs.add(new ConllDocument(sentences));
        }
        sentences = new ArrayList<>();
        continue;
      }
      if (cols.length < 2) {
        throw new IOException(
            file + ": line " + lineNo + ": expected 'token ... TAG', got '" + line + "'");
      }
      sentence.add(new Token(cols[0], cols[cols.length - 1]));
    }
    flush(sentence, sentences);
    if (!sentences.isEmpty()) {
      docs.add(new ConllDocument(sentences));
    }
    return docs;
  }

  private static void flush(List<Token> sentence, List<List<Token>> sentences) {
    if (!sentence.isEmpty()) {
      sentences.add(toIob2(sentence));
    }
  }

  private static List<Token> toIob2(List<Token> sentence) {
    List<Token> out = new ArrayList<>();
    String previous = "O";
    for (Token t : sentence) {
      String tag = t.gold();
      if (tag.startsWith("I-")
          && (previous.equals("O") || !previous.substring(2).equals(tag.substring(2)))) {
        tag = "B-" + tag.substring(2);
      }
      out.add(new Token(t.text(), tag));
      previous = tag;
    }
    return out;
  }
}
