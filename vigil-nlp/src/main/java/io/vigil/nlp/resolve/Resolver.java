package io.vigil.nlp.resolve;

import io.vigil.model.Entity;
import io.vigil.model.EntityType;
import io.vigil.model.Mention;
import io.vigil.model.ResolvedMention;
import io.vigil.model.Sentence;
import io.vigil.model.Span;
import io.vigil.model.Token;
import io.vigil.nlp.analyse.Analysis;
import io.vigil.nlp.kb.GivenNames;
import io.vigil.nlp.kb.KbEntity;
import io.vigil.nlp.kb.KnowledgeBase;
import io.vigil.nlp.kb.KnowledgeBase.Name;
import io.vigil.nlp.resolve.WorkingSet.Item;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves an article's mentions to entities. In order: the recogniser's mentions, knowledge-base
 * names and demonyms, and organisation names are collected and their overlaps settled (longest
 * wins, then the knowledge base); acronyms the article defines and surnames of people it names in
 * full are linked; ambiguous aliases are kept only where the entity is named otherwise; each group
 * of linked mentions becomes one entity, from the knowledge base when it knows it (its type wins
 * over the recogniser's), else from the {@link EntityRegistry} shared by the run. Thread-safe.
 */
public final class Resolver {

  /** Words the recogniser tags alone that name no entity by themselves ("Secretary of State"). */
  private static final Set<String> GENERIC =
      Set.of(
          "State",
          "Secretary",
          "Minister",
          "Ministry",
          "President",
          "Government",
          "Republic",
          "Kingdom",
          "Department",
          "Office",
          "Premier",
          "Prime",
          "Foreign");

  private final Supplier<KnowledgeBase> knowledge;
  private final EntityRegistry registry;
  private volatile Matchers matchers;

  /** A knowledge base and the gazetteer built from it, replaced together when the base changes. */
  private record Matchers(KnowledgeBase kb, Gazetteer gazetteer, Pattern offices) {}

  public Resolver(KnowledgeBase kb, EntityRegistry registry) {
    this(() -> kb, registry);
  }

  /**
   * A resolver that asks {@code knowledge} for the knowledge base at each article, so that an
   * analyst's edits take effect without a restart.
   */
  public Resolver(Supplier<KnowledgeBase> knowledge, EntityRegistry registry) {
    this.knowledge = knowledge;
    this.registry = registry;
  }

  private Matchers matchers() {
    KnowledgeBase kb = knowledge.get();
    Matchers m = matchers;
    if (m == null || m.kb() != kb) {
      m = new Matchers(kb, new Gazetteer(kb), Offices.titles(kb));
      matchers = m;
    }
    return m;
  }

  public Resolution resolve(String text, Analysis analysis) {
    return resolve(text, analysis, null);
  }

  /**
   * Resolves an article's mentions.
   *
   * @param date the article's publication date, for offices held at the time ("the US Secretary of
   *     State"); null when unknown, and then such references stay unresolved
   */
  public Resolution resolve(String text, Analysis analysis, LocalDate date) {
    return resolve(text, analysis, date, List.of());
  }

  /**
   * Resolves an article's mentions, knowing which spans are headlines in title case: there a
   * capital does not mark a name, and a tagged name stands only with other evidence.
   *
   * @param headlines the spans of title-case headline lines in {@code text}
   */
  public Resolution resolve(String text, Analysis analysis, LocalDate date, List<Span> headlines) {
    Matchers matchers = matchers();
    KnowledgeBase kb = matchers.kb();
    List<Candidate> candidates = new ArrayList<>();
    for (Mention m : analysis.mentions()) {
      Span span = withoutRuler(text, withoutOffice(m, matchers.offices()), kb);
      EntityType type = m.type();
      Matcher rank = span == null || type != EntityType.PERSON ? null : RANK.matcher(span.of(text));
      if (rank != null && rank.lookingAt() && rank.end() < span.length()) {
        span = new Span(span.start() + rank.end(), span.end()); // "Major Petra Sova" is Sova
      }
      Matcher where = span == null ? null : WHERE_BEFORE.matcher(span.of(text));
      if (where != null && where.lookingAt() && where.end() < span.length()) {
        span = new Span(span.start() + where.end(), span.end()); // "Neighbouring Dravia"
        type = EntityType.LOCATION;
      }
      Matcher title = span == null ? null : TITLE.matcher(span.of(text));
      while (title != null && title.lookingAt()) {
        type = title.group(1) != null ? EntityType.PERSON : type; // "Mr. Tribe" is a person
        String rest = span.of(text).substring(title.end());
        if (OFFICE_HOLDER.matcher(rest).matches() && !NOT_A_HOLDER.matcher(rest).find()) {
          type = EntityType.PERSON; // "Justice Scalia", "Governor Pence" tagged organisations
        }
        if (type != EntityType.PERSON) {
          break;
        }
        span = new Span(span.start() + title.end(), span.end()); // "Vice President Joe Biden"
        title = TITLE.matcher(span.of(text));
      }
      if (span != null
          && type == EntityType.ORGANIZATION
          && ROLE_BEFORE
              .matcher(text.substring(Math.max(0, span.start() - 30), span.start()))
              .find()
          && OFFICE_HOLDER.matcher(span.of(text)).matches()
          && span.of(text).indexOf(' ') > 0
          && !NOT_A_HOLDER.matcher(span.of(text)).find()
          && known(kb, span.of(text)).isEmpty()) {
        type = EntityType.PERSON; // "Kessel's ambassador, Olek Brand, …"
      }
      if (span != null
          && type != EntityType.ORGANIZATION
          && GROUP_NAMED
              .matcher(text.substring(Math.max(0, span.start() - 60), span.start()))
              .find()
          && known(kb, span.of(text)).isEmpty()) {
        type = EntityType.ORGANIZATION; // "the group, which calls itself Iron Wolf"
      }
      if (span != null && type != EntityType.PERSON && surnamedAfterPlace(span.of(text), kb)) {
        type = EntityType.PERSON; // "Carl French", "Mark Cuban" tagged a people's name
      }
      if (span != null
          && type == EntityType.PERSON
          && PEOPLES_NOUN.matcher(text.substring(span.end())).lookingAt()
          && known(kb, span.of(text)).isEmpty()) {
        type = EntityType.MISC; // "1,700 Maya Ixil villagers": a people's name, not a person's
      }
      if (span != null && type == EntityType.LOCATION && adjective(text, span, kb)) {
        type = EntityType.MISC; // "in Varnian prisons": a people's adjective, not a place
      }
      if (span != null
          && span.of(text).chars().anyMatch(Character::isUpperCase) // not "caretaker", "—"
          && !GENERIC.contains(span.of(text))
          && !compound(kb, span.of(text))
          && !unconfirmed(text, headlines, span, kb)) {
        candidates.add(new Candidate(span, type, Rules.NER, null, false));
      }
    }
    candidates.addAll(matchers.gazetteer().find(text));
    candidates.addAll(surnamedAfterPlaces(text, candidates));
    candidates.addAll(afterPeople(text, OrgNames.find(text), candidates));
    WorkingSet set = new WorkingSet(text, candidates);
    for (Item item : set.items) {
      if (item.kb == null) {
        item.options = known(kb, set.textOf(item));
        item.kb = item.options.isEmpty() ? null : item.options.getFirst();
      }
    }
    Readings.choose(set);
    PlaceEvidence.resolve(set);
    Capitals.resolve(set, kb);
    Acronyms.resolve(set);
    OrgShortForms.resolve(set);
    NameParts.resolve(set);
    Offices.resolve(set, kb, matchers.offices(), date);
    return build(set, analysis);
  }

  /** Nouns that a people's name qualifies, never a person's: "Ixil villagers", "Fulani herders". */
  private static final Pattern PEOPLES_NOUN =
      Pattern.compile(
          "\\s+(?:villagers|tribesmen|tribes?|clans?|communit(?:y|ies)|minority|refugees|herders"
              + "|language|dialect)\\b");

  private static final Pattern ADJECTIVE_AFTER = Pattern.compile("^\\s+\\p{Ll}");

  /**
   * Whether a one-word name tagged a place is shaped like a people's adjective ("Varnian",
   * "Kesselese", "Dravish") and qualifies the lower-case noun after it, with no knowledge source
   * knowing it as a place.
   */
  private static boolean adjective(String text, Span span, KnowledgeBase kb) {
    String name = span.of(text);
    boolean shaped =
        name.indexOf(' ') < 0
            && (name.endsWith("ian") || name.endsWith("ese") || name.endsWith("ish"));
    return shaped
        && ADJECTIVE_AFTER.matcher(text.substring(span.end())).lookingAt()
        && known(kb, name).isEmpty();
  }

  private static final Pattern GIVEN_BEFORE =
      Pattern.compile("(?<![\\p{L}.-])(\\p{Lu}\\p{Ll}{2,}) $");

  /** Given names that are also months or modal verbs: "In April French troops", "Will Turkish". */
  private static final Set<String> NOT_GIVEN =
      Set.of("April", "May", "June", "August", "Will", "Can", "Sue", "Grace", "Hope");

  /**
   * People whose surname is a place's or a people's name, where the recogniser tagged only that
   * word: "Mark Cuban" (tagged "Cuban", a demonym), "Carl French". A common given name right before
   * the one-word name makes the two a person's full name.
   */
  private static List<Candidate> surnamedAfterPlaces(String text, List<Candidate> candidates) {
    List<Candidate> out = new ArrayList<>();
    for (Candidate c : candidates) {
      boolean placeLike = c.type() == EntityType.LOCATION || c.type() == EntityType.MISC;
      if (!placeLike || c.span().of(text).contains(" ")) {
        continue;
      }
      Matcher given =
          GIVEN_BEFORE.matcher(
              text.substring(Math.max(0, c.span().start() - 20), c.span().start()));
      if (!given.find() || !givenName(given.group(1))) {
        continue;
      }
      Span full = new Span(c.span().start() - given.group().length(), c.span().end());
      Span first = new Span(full.start(), full.start() + given.group(1).length());
      boolean placed = // "Jordan" in "Jordan Cuban" is no given name when it names a place
          candidates.stream()
              .anyMatch(
                  o ->
                      o.type() != EntityType.PERSON
                          && o.span().overlaps(first)
                          && !o.span().equals(full));
      if (!placed) {
        out.add(new Candidate(full, EntityType.PERSON, Rules.NER, null, false));
      }
    }
    return out;
  }

  /**
   * Whether a name tagged as a people's or a place's ("Carl French", "Mark Cuban" tagged MISC) is a
   * common given name and a name the knowledge base knows: a person's.
   */
  private static boolean surnamedAfterPlace(String name, KnowledgeBase kb) {
    int space = name.indexOf(' ');
    return space > 0
        && name.indexOf(' ', space + 1) < 0
        && givenName(name.substring(0, space))
        && !kb.lookup(name.substring(space + 1)).isEmpty();
  }

  private static boolean givenName(String word) {
    return !NOT_GIVEN.contains(word)
        && (GivenNames.MALE.contains(word.toLowerCase(java.util.Locale.ROOT))
            || GivenNames.FEMALE.contains(word.toLowerCase(java.util.Locale.ROOT)));
  }

  private static final Pattern OF_THE = Pattern.compile("^\\s+of\\s+(?:the\\s+)?");

  /**
   * Organisation names guessed from capitals, each starting after a person the recogniser tagged at
   * its start and "of": "Karin Holm of the Norwegian Helsinki Committee" holds Karin Holm and the
   * committee, not one organisation.
   */
  private static List<Candidate> afterPeople(
      String text, List<Candidate> organisations, List<Candidate> tagged) {
    List<Candidate> out = new ArrayList<>();
    for (Candidate org : organisations) {
      Candidate person =
          tagged.stream()
              .filter(c -> c.type() == EntityType.PERSON && c.span().start() == org.span().start())
              .findFirst()
              .orElse(null);
      Matcher of =
          person == null
              ? null
              : OF_THE.matcher(text.substring(person.span().end(), org.span().end()));
      if (of != null && of.find()) {
        Span rest = new Span(person.span().end() + of.end(), org.span().end());
        out.add(new Candidate(rest, org.type(), org.rule(), org.kb(), org.contextOnly()));
      } else {
        out.add(org);
      }
    }
    return out;
  }

  /**
   * Whether a tagged name stands in a title-case line with nothing to confirm it: the knowledge
   * base does not know it, and neither it nor its last word appears in the other lines ("Convoys
   * Stall" in "Sudan's Warring Sides Return to Talks as Aid Convoys Stall").
   */
  private static boolean unconfirmed(
      String text, List<Span> titleCase, Span span, KnowledgeBase kb) {
    if (titleCase.stream().noneMatch(line -> line.contains(span))) {
      return false;
    }
    String name = span.of(text);
    String last = name.substring(name.lastIndexOf(' ') + 1);
    return known(kb, name).isEmpty()
        && !outside(text, titleCase, name)
        && !outside(text, titleCase, last);
  }

  /** Whether {@code words} occur, as whole words, outside the title-case lines. */
  private static boolean outside(String text, List<Span> titleCase, String words) {
    for (int i = text.indexOf(words); i >= 0; i = text.indexOf(words, i + 1)) {
      int at = i;
      boolean whole =
          (at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1)))
              && (at + words.length() == text.length()
                  || !Character.isLetterOrDigit(text.charAt(at + words.length())));
      if (whole && titleCase.stream().noneMatch(line -> line.start() <= at && at < line.end())) {
        return true;
      }
    }
    return false;
  }

  /**
   * A recognised name without an office title at its end ("U.S. Secretary of State" is "U.S."), or
   * null when it is the title alone: an office is not an organisation.
   */
  /**
   * Titles the tagger takes into a name: honorifics, which make it a person's ("Mr. Tribe" tagged a
   * place), and offices before a person's name ("Mayor Ruth Adler"). "Mr. Trump" is Trump.
   */
  private static final Pattern TITLE =
      Pattern.compile(
          "(?:("
              + Titles.HONORIFICS
              + ")|"
              + Titles.OFFICES
              + "|(?:Vice|Prime|Deputy|Foreign|Former|Chief"
              + "|Did|Does|Why|How|What|When|Where|Should|Could|Would))\\s+(?=\\p{Lu})");

  /** One to three capitalised words: a surname or a full name after an office. */
  private static final Pattern OFFICE_HOLDER =
      Pattern.compile("\\p{Lu}[\\p{L}.'’-]+(?: \\p{Lu}[\\p{L}.'’-]*){0,2}");

  /** A group that names itself, right before its name: "a group calling itself Iron Wolf". */
  private static final Pattern GROUP_NAMED =
      Pattern.compile(
          "\\b(?:group|movement|militia|network|organi[sz]ation|faction|cell|brigade|outfit"
              + "|unit|battalion|regiment|squad|gang|cartel|coalition|alliance|collective)"
              + "(?: of (?:the )?[\\p{L}'-]+(?: [\\p{L}'-]+){0,3})?" // "of the Kesseli army"
              + "(?:,? which|,? that)? (?:calls itself|calling itself|called|known as|named)"
              + " (?:the )?$");

  /** A person's role set off before a name: "Kessel's ambassador, Olek Brand". */
  private static final Pattern ROLE_BEFORE =
      Pattern.compile(
          "\\b(?:ambassador|envoy|minister|spokesman|spokeswoman|spokesperson|secretary|commander"
              + "|chairman|chairwoman|governor|mayor|adviser|advisor|lawyer|attorney|judge"
              + "|prosecutor|aide|deputy|counterpart|president|premier|chancellor), $");

  /** Words that make "Justice Department", "Justice Ministry" an institution, not a holder. */
  private static final Pattern NOT_A_HOLDER =
      Pattern.compile(
          "\\b(?:Department|Ministry|Court|Committee|Act|Council|Office|Party|Center|Centre"
              + "|Institute|Commission|Agency|Division|Bureau|Service|Fund|Foundation)\\b");

  /**
   * Words that say where a place lies and that the tagger takes into its name when they open a
   * sentence: "Neighbouring Dravia closed its border". What follows is a place.
   */
  private static final Pattern WHERE_BEFORE =
      Pattern.compile(
          "(?:Neighbouring|Neighboring|Nearby|Landlocked|War-torn|Oil-rich|Mountainous)\\s+(?=\\p{Lu})");

  /**
   * Military ranks the tagger takes into a person's name ("Major Petra Sova"); read only on a name
   * tagged a person, for "Major League Baseball" is none.
   */
  private static final Pattern RANK =
      Pattern.compile(
          "(?:Major|Colonel|Lieutenant|Captain|Sergeant|Corporal|Private|Admiral|Commander"
              + "|Brigadier|Marshal|Field Marshal|Lt\\. Col\\.|Maj\\.|Brig\\.|Adm\\.|Cpl\\.)"
              + "(?: General)?\\s+(?=\\p{Lu})");

  /** A ruler's title before the state ruled: "King of", "Emir of", "Crown Prince of the". */
  private static final Pattern RULER =
      Pattern.compile(
          "^(?:(?:Crown )?Prince|King|Queen|Emir|Amir|Sultan|Emperor|Empress|Shah)"
              + " of (?:the )?(?=\\p{Lu})");

  /**
   * A recognised name without a ruler's title before the state it names ("King of Jordan" is
   * Jordan, "Crown Prince of Saudi Arabia" tagged a place is Saudi Arabia): the title names no
   * organisation and no place, and the state is who acts. Kept whole when the rest is no place the
   * knowledge base knows ("King of Pop").
   */
  private static Span withoutRuler(String text, Span span, KnowledgeBase kb) {
    if (span == null) {
      return null;
    }
    Matcher ruler = RULER.matcher(span.of(text));
    if (!ruler.find()) {
      return span;
    }
    Span state = new Span(span.start() + ruler.end(), span.end());
    boolean place =
        known(kb, state.of(text)).stream().anyMatch(e -> e.type() == EntityType.LOCATION);
    return place ? state : span;
  }

  private static Span withoutOffice(Mention m, Pattern offices) {
    if (offices == null) {
      return m.span();
    }
    Matcher t = offices.matcher(m.text());
    while (t.find()) {
      if (t.end() == m.text().length()) {
        String rest = m.text().substring(0, t.start()).stripTrailing();
        return rest.isEmpty() ? null : new Span(m.span().start(), m.span().start() + rest.length());
      }
    }
    return m.span();
  }

  /**
   * Whether a recognised name is a known name joined to a lower-case word ("US-led",
   * "Turkish-backed"): the known name alone is the mention.
   */
  private static boolean compound(KnowledgeBase kb, String text) {
    int dash = text.lastIndexOf('-');
    return dash > 0
        && dash + 1 < text.length()
        && Character.isLowerCase(text.charAt(dash + 1))
        && !kb.lookup(text.substring(0, dash)).isEmpty();
  }

  /** The knowledge-base entities a recognised name names, the default reading first. */
  private static List<KbEntity> known(KnowledgeBase kb, String name) {
    String bare = name.startsWith("the ") || name.startsWith("The ") ? name.substring(4) : name;
    List<KbEntity> out = new ArrayList<>();
    for (Name n : kb.lookup(bare)) {
      if (n.kind() == Name.Kind.NAME && !out.contains(n.entity())) {
        out.add(n.entity());
      }
    }
    return out;
  }

  private Resolution build(WorkingSet set, Analysis analysis) {
    Map<Integer, List<Item>> groups = new LinkedHashMap<>();
    for (int i = 0; i < set.items.size(); i++) {
      groups.computeIfAbsent(set.root(i), k -> new ArrayList<>()).add(set.items.get(i));
    }
    Set<String> namedOtherwise = new java.util.HashSet<>();
    for (Item item : set.items) {
      if (item.kb != null && !item.contextOnly) {
        namedOtherwise.add(item.kb.id());
      }
    }
    Map<String, Entity> entities = new LinkedHashMap<>();
    List<ResolvedMention> mentions = new ArrayList<>();
    List<Item> unconfirmed = new ArrayList<>();
    for (List<Item> group : groups.values()) {
      Item leader = // the longest name, a people's adjective only without one ("Hawaiian")
          group.stream()
              .max(
                  Comparator.comparing((Item i) -> !PlaceEvidence.adjective(i))
                      .thenComparingInt(i -> i.span.length()))
              .get();
      KbEntity known =
          group.stream().map(i -> i.kb).filter(k -> k != null).findFirst().orElse(null);
      if (known == null && group.stream().allMatch(i -> onlyInTitles(i, analysis))) {
        continue;
      }
      Entity entity = known != null ? known.toEntity() : fromRegistry(set, group, leader);
      for (Item item : group) {
        if (item.contextOnly && (known == null || !namedOtherwise.contains(known.id()))) {
          EntityType tagged = set.shadowed.get(item.span);
          if (tagged != null) {
            unconfirmed.add(item);
          }
          continue;
        }
        // "TARN" in a dateline, then "Tarn": the entity is named as the text names it
        entities.merge(
            entity.id(),
            entity,
            (was, now) -> shouted(was.name()) && !shouted(now.name()) ? now : was);
        String surface = set.textOf(item);
        mentions.add(
            new ResolvedMention(
                new Mention(item.span, surface, item.type, item.rule),
                entity.id(),
                item.how != null ? item.how : explain(item, surface, entity)));
      }
    }
    for (Item item : unconfirmed) { // as the recogniser read it, no knowledge-base entity
      item.type = set.shadowed.get(item.span);
      Entity entity = fromRegistry(set, List.of(item), item);
      entities.putIfAbsent(entity.id(), entity);
      mentions.add(
          new ResolvedMention(
              new Mention(item.span, set.textOf(item), item.type, Rules.NER),
              entity.id(),
              "recognised as "
                  + item.type
                  + (item.kb == null
                      ? ""
                      : "; the ambiguous alias of " + item.kb.name() + " is not confirmed")));
    }
    mentions.sort(Comparator.comparing(m -> m.mention().span()));
    List<Entity> ordered = new ArrayList<>();
    mentions.stream()
        .map(ResolvedMention::entityId)
        .distinct()
        .forEach(id -> ordered.add(entities.get(id)));
    return new Resolution(ordered, mentions);
  }

  private static boolean shouted(String name) {
    return name.chars().anyMatch(Character::isLetter)
        && name.equals(name.toUpperCase(java.util.Locale.ROOT));
  }

  /**
   * Whether a mention is the recogniser's alone, in a title-case line ("The Path Ahead", "Human
   * Rights and Accountability in Syria"), where capitals say nothing about names.
   */
  private static boolean onlyInTitles(Item item, Analysis analysis) {
    boolean guessed = item.rule.equals(Rules.NER) || item.rule.equals(Rules.ORG_NAME);
    if (!guessed || item.type == EntityType.PERSON || item.type == EntityType.LOCATION) {
      return false; // people and places in headings are real; capitalised phrases look like ORGs
    }
    Sentence s = analysis.sentenceAt(item.span.start());
    if (s == null) {
      return false;
    }
    List<Token> tokens = analysis.tokensOf(s);
    boolean verb =
        tokens.stream()
            .anyMatch(
                t ->
                    item.span.contains(t.span())
                        && io.vigil.nlp.analyse.HeadlineVerbs.WORDS.contains(t.text()));
    if (verb) {
      return true; // "Obama Says African-American Museum Will Tell": a headline, not a name
    }
    long words = tokens.stream().filter(t -> Character.isLetter(t.text().codePointAt(0))).count();
    long capitals =
        tokens.stream().filter(t -> Character.isUpperCase(t.text().codePointAt(0))).count();
    boolean ends = tokens.getLast().text().matches("[.!?\"”]");
    boolean figures = tokens.stream().anyMatch(t -> Character.isDigit(t.text().codePointAt(0)));
    boolean shouting =
        tokens.stream().noneMatch(t -> t.text().chars().anyMatch(Character::isLowerCase));
    boolean fields = tokens.stream().anyMatch(t -> t.text().equals(",") || t.text().equals(":"));
    long covered = tokens.stream().filter(t -> item.span.contains(t.span())).count();
    if (figures || shouting || fields || covered * 2 < tokens.size()) {
      return false; // tables, field lists and all-capitals headlines; or a name within a line
    }
    return words >= 3 && !ends && capitals * 10 >= words * 6;
  }

  private Entity fromRegistry(WorkingSet set, List<Item> group, Item leader) {
    String name = set.textOf(leader);
    if (name.startsWith("the ") || name.startsWith("The ")) {
      name = name.substring(4);
    }
    EntityType type = leader.type;
    List<String> surfaces =
        group.stream()
            .map(set::textOf)
            .filter(s -> !s.equals(set.textOf(leader)))
            .distinct()
            .toList();
    Boolean male = null; // "Mr. Obama", "Mrs. Clinton": which of the namesakes
    for (Item i : group) {
      Boolean here = NameParts.honorific(set.text, i.span.start());
      male = here != null ? here : male;
    }
    return registry.resolve(type, name, surfaces, male);
  }

  private static String explain(Item item, String surface, Entity entity) {
    return switch (item.rule) {
      case Rules.ALIAS ->
          surface.equals(entity.name())
              ? "knowledge-base name"
              : "knowledge-base alias of " + entity.name();
      case Rules.DEMONYM -> "demonym of " + entity.name();
      case Rules.ORG_NAME -> "organisation name (capitalised words with a head noun)";
      default ->
          item.kb != null
              ? "recognised as " + item.type + ", a knowledge-base name of " + entity.name()
              : "recognised as " + item.type;
    };
  }
}
