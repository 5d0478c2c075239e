package io.vigil.nlp.resolve;

import io.vigil.model.EntityType;
import io.vigil.model.Span;
import io.vigil.nlp.kb.KbEntity;
import io.vigil.nlp.kb.KnowledgeBase;
import io.vigil.nlp.kb.KnowledgeBase.Name;
import io.vigil.nlp.kb.Names;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds every knowledge-base name in a text, case-sensitively and on word boundaries, in one pass
 * over the words: names are indexed by their first word, longest first. Immutable and thread-safe.
 */
final class Gazetteer {

  private final Map<String, List<Name>> byFirstWord = new HashMap<>();

  Gazetteer(KnowledgeBase kb) {
    for (Name name : kb.names()) {
      String folded = Names.foldQuotes(name.text());
      byFirstWord.computeIfAbsent(firstWord(folded, 0), k -> new ArrayList<>()).add(name);
    }
    byFirstWord
        .values()
        .forEach(l -> l.sort(Comparator.comparingInt((Name n) -> -n.text().length())));
  }

  List<Candidate> find(String text) {
    String folded = Names.foldQuotes(text);
    List<Candidate> out = new ArrayList<>();
    int n = folded.length();
    for (int i = 0; i < n; i++) {
      if (!Names.isWordChar(folded.charAt(i))
          || (i > 0 && Names.isWordChar(folded.charAt(i - 1)))) {
        continue;
      }
      List<Name> names = byFirstWord.get(firstWord(folded, i));
      if (names == null) {
        continue;
      }
      for (int k = 0; k < names.size(); k++) {
        Name name = names.get(k);
        String s = Names.foldQuotes(name.text());
        int end = i + s.length();
        if (folded.startsWith(s, i) && (end == n || !Names.isWordChar(folded.charAt(end)))) {
          out.add(candidate(new Span(i, end), name, readings(names, k, s)));
          break;
        }
      }
    }
    return out;
  }

  /** Every entity of the same name, in knowledge-base order, the matched one first. */
  private static List<KbEntity> readings(List<Name> names, int from, String text) {
    List<KbEntity> out = new ArrayList<>();
    for (int k = from; k < names.size(); k++) {
      Name other = names.get(k);
      if (Names.foldQuotes(other.text()).equals(text)
          && other.kind() != Name.Kind.DEMONYM
          && !out.contains(other.entity())) {
        out.add(other.entity());
      }
    }
    return out;
  }

  private static Candidate candidate(Span span, Name name, List<KbEntity> readings) {
    KbEntity e = name.entity();
    return switch (name.kind()) {
      case NAME -> new Candidate(span, e.type(), Rules.ALIAS, e, false, readings);
      case CONTEXT_ONLY -> new Candidate(span, e.type(), Rules.ALIAS, e, true, readings);
      case DEMONYM -> new Candidate(span, EntityType.LOCATION, Rules.DEMONYM, e, false);
    };
  }

  private static String firstWord(String s, int from) {
    int j = from;
    while (j < s.length() && Names.isWordChar(s.charAt(j))) {
      j++;
    }
    return s.substring(from, j);
  }
}
