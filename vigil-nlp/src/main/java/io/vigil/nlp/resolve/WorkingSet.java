package io.vigil.nlp.resolve;

import io.vigil.model.EntityType;
import io.vigil.model.Span;
import io.vigil.nlp.kb.KbEntity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The mentions of one article while they are being resolved: non-overlapping, with links between
 * mentions of the same entity kept as a union-find forest. Used by one thread for one article.
 */
final class WorkingSet {

  /** A mention being resolved. */
  static final class Item {
    final Span span;
    EntityType type;
    final String rule;
    KbEntity kb;
    List<KbEntity> options;
    boolean contextOnly;
    String how;
    int parent;

    Item(Candidate c, int index) {
      this.span = c.span();
      this.type = c.type();
      this.rule = c.rule();
      this.kb = c.kb();
      this.options = c.options();
      this.contextOnly = c.contextOnly();
      this.parent = index;
    }
  }

  final String text;
  final List<Item> items = new ArrayList<>();

  /**
   * The type the recogniser gave a name that an ambiguous alias took over at the same span: if the
   * alias is never confirmed, the name stays as the recogniser read it ("The ISI said", never named
   * otherwise, is still an organisation).
   */
  final java.util.Map<Span, EntityType> shadowed = new java.util.HashMap<>();

  WorkingSet(String text, List<Candidate> candidates) {
    this.text = text;
    List<Candidate> sorted = new ArrayList<>(candidates);
    sorted.sort(
        Comparator.comparingInt((Candidate c) -> -c.span().length())
            .thenComparingInt(c -> -c.priority())
            .thenComparingInt(c -> c.span().start()));
    List<Candidate> chosen = new ArrayList<>();
    for (Candidate c : sorted) {
      if (chosen.stream().noneMatch(o -> o.span().overlaps(c.span()))) {
        chosen.add(c);
      } else if (c.rule().equals(Rules.NER)
          && chosen.stream().anyMatch(o -> o.contextOnly() && o.span().equals(c.span()))) {
        shadowed.put(c.span(), c.type());
      }
    }
    chosen.sort(Comparator.comparing(Candidate::span));
    chosen.forEach(this::add);
  }

  Item add(Candidate c) {
    Item item = new Item(c, items.size());
    items.add(item);
    return item;
  }

  /** Whether {@code span} overlaps a mention already in the set. */
  boolean covered(Span span) {
    return items.stream().anyMatch(i -> i.span.overlaps(span));
  }

  Item at(Span span) {
    return items.stream().filter(i -> i.span.equals(span)).findFirst().orElse(null);
  }

  String textOf(Item item) {
    return item.span.of(text);
  }

  int root(int i) {
    while (items.get(i).parent != i) {
      items.get(i).parent = items.get(items.get(i).parent).parent;
      i = items.get(i).parent;
    }
    return i;
  }

  /** Makes {@code follower} a mention of whatever {@code leader} refers to. */
  void link(Item follower, Item leader, String how) {
    int a = root(items.indexOf(follower));
    int b = root(items.indexOf(leader));
    if (a != b) {
      items.get(a).parent = b;
    }
    follower.how = how;
    follower.kb = leader.kb;
    follower.options = leader.options;
    follower.contextOnly = false;
  }
}
