package io.vigil.nlp.resolve;

import io.vigil.model.EntityType;
import io.vigil.nlp.resolve.WorkingSet.Item;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * An organisation named in full ("the Northern Front", "the Kessel Liberation Army") is the one
 * meant by its head noun alone after "the" later in the article ("accused the Front of …"), when
 * exactly one organisation named before ends with that word. A head noun that ends two names ("the
 * Popular Front" and "the Northern Front") stays unresolved.
 */
final class OrgShortForms {

  /** Head nouns an organisation is called by alone: "the Front", "the Movement". */
  private static final Set<String> HEADS =
      Set.of(
          "Front",
          "Movement",
          "Army",
          "Brigade",
          "Brigades",
          "Alliance",
          "Coalition",
          "Council",
          "Party",
          "Union",
          "League",
          "Forces",
          "Militia",
          "Committee",
          "Commission",
          "Assembly",
          "Congress",
          "Federation",
          "Tribunal");

  private OrgShortForms() {}

  static void resolve(WorkingSet set) {
    for (Item item : set.items) {
      String word = set.textOf(item);
      if (item.kb != null || !HEADS.contains(word) || !afterThe(set, item)) {
        continue;
      }
      List<Item> named = new ArrayList<>();
      for (Item other : set.items) {
        String name = set.textOf(other);
        boolean organisation =
            other.kb == null
                ? other.type == EntityType.ORGANIZATION
                : other.kb.type() == EntityType.ORGANIZATION;
        if (organisation
            && other.span.end() <= item.span.start()
            && name.endsWith(" " + word)
            && named.stream().noneMatch(n -> set.textOf(n).equals(name))) {
          named.add(other);
        }
      }
      if (named.size() == 1) {
        set.link(item, named.getFirst(), "the head noun of " + set.textOf(named.getFirst()));
        item.type = EntityType.ORGANIZATION;
      }
    }
  }

  private static boolean afterThe(WorkingSet set, Item item) {
    int start = item.span.start();
    return start >= 4 && set.text.substring(start - 4, start).equalsIgnoreCase("the ");
  }
}
