package io.vigil.nlp.extract;

import io.vigil.model.Entity;
import io.vigil.model.EntityRef;
import io.vigil.model.EntityType;
import io.vigil.model.ResolvedMention;
import io.vigil.model.Sentence;
import java.util.List;
import java.util.Locale;

/**
 * Resolves what a pronoun or a role noun refers to in an article: "he" to the most recent person
 * that was the subject of a sentence and whose gender ({@link Genders}) fits, "it" to the
 * organisation that was, "the minister" to the person introduced with that title, "the ministry" to
 * the organisation whose name holds the word.
 */
final class Referents {

  private static final int SENTENCES_BACK = 4;

  /** Titles as news copy abbreviates them before a name ("Sen. Lindsey Graham"). */
  private static final java.util.Map<String, String> ABBREVIATIONS =
      java.util.Map.of(
          "sen.", "senator",
          "rep.", "representative",
          "gov.", "governor",
          "gen.", "general",
          "pres.", "president",
          "lt.", "lieutenant",
          "col.", "colonel",
          "amb.", "ambassador",
          "sec.", "secretary",
          "atty.", "attorney");

  private final ArticleView view;
  private final Genders genders;

  Referents(ArticleView view) {
    this.view = view;
    this.genders = new Genders(view);
  }

  /** The person "he" or "she" at {@code token} stands for, or null. */
  EntityRef person(int token) {
    int sentence = view.sentenceOf(token);
    ResolvedMention here = subject(view.sentence(sentence).firstToken(), token, token);
    if (here != null) {
      return ref(here);
    }
    for (int s = sentence - 1; s >= Math.max(0, sentence - SENTENCES_BACK); s--) {
      Sentence prev = view.sentence(s);
      ResolvedMention m = subject(prev.firstToken(), prev.endToken(), token);
      if (m != null) {
        return ref(m);
      }
    }
    return mostRecent(token);
  }

  /**
   * The first person mention between two tokens that is neither the object of a preposition nor
   * quoted and whose gender, as far as the article tells, fits the pronoun at {@code pronoun}.
   */
  private ResolvedMention subject(int from, int to, int pronoun) {
    if (from >= to) {
      return null;
    }
    for (ResolvedMention m : view.within(view.span(from, to))) {
      int t = view.tokenAt(m.mention().span().start());
      if (view.type(m) != EntityType.PERSON || view.quoted()[t]) {
        continue; // a name in the words quoted is not the sentence's subject
      }
      int governor = t - 1; // over titles: "a spokesman for Prime Minister Jonas Lind"
      while (governor > from
          && (view.lower(governor).equals("the")
              || Character.isUpperCase(view.word(governor).charAt(0))
                  && !view.word(governor - 1).equals(",")
              || view.lower(governor).equals("of") // "Secretary of State John Kerry"
                  && Character.isUpperCase(view.word(governor - 1).charAt(0)))) {
        governor--;
      }
      if (!Words.PREPOSITIONS.contains(view.lower(governor)) && genders.fits(pronoun, m)) {
        return m;
      }
    }
    return null;
  }

  /**
   * The person "him" or "her" at {@code token} stands for as the object of a verb whose subject is
   * {@code subject}: the most recent person before it who fits and is not that subject ("Adler met
   * Berg and urged him": Berg). Null when there is none within a few sentences.
   */
  EntityRef object(int token, EntityRef subject) {
    int from = view.sentence(Math.max(0, view.sentenceOf(token) - SENTENCES_BACK)).firstToken();
    int end = view.tokens.get(token).start();
    List<ResolvedMention> ms = view.resolution.mentions();
    for (int i = ms.size() - 1; i >= 0; i--) {
      ResolvedMention m = ms.get(i);
      if (m.mention().span().end() <= end
          && m.mention().span().start() >= view.tokens.get(from).start()
          && view.type(m) == EntityType.PERSON
          && genders.fits(token, m)
          && (subject == null || !m.entityId().equals(subject.id()))) {
        return ref(m);
      }
    }
    return null;
  }

  private EntityRef mostRecent(int token) {
    int end = view.tokens.get(Math.min(token, view.tokens.size() - 1)).start();
    List<ResolvedMention> ms = view.resolution.mentions();
    for (int i = ms.size() - 1; i >= 0; i--) {
      ResolvedMention m = ms.get(i);
      if (m.mention().span().end() <= end
          && view.type(m) == EntityType.PERSON
          && genders.fits(token, m)) {
        return ref(m);
      }
    }
    return null;
  }

  /**
   * The organisation "it" at {@code token} stands for: the first organisation named as the subject
   * of its sentence or of one of the few before ("The ministry met on Monday. It said ..."), or
   * null.
   */
  EntityRef organisation(int token) {
    int sentence = view.sentenceOf(token);
    for (int s = sentence; s >= Math.max(0, sentence - SENTENCES_BACK); s--) {
      Sentence here = view.sentence(s);
      int to = s == sentence ? token : here.endToken();
      if (s < sentence && unnamedBody(here)) {
        return null; // "The Varnian foreign ministry welcomed it. In a statement, it said": unnamed
      }
      int body = spokenBody(here.firstToken(), to);
      if (body >= 0) { // "…, the army said in a statement. … , it said": the army's
        return Speakers.OWNED.contains(view.lower(body)) ? owner(body) : null;
      }
      for (ResolvedMention m :
          view.within(view.span(here.firstToken(), Math.max(here.firstToken() + 1, to)))) {
        int t = view.tokenAt(m.mention().span().start());
        if (agency(m)) {
          continue; // "OUAGADOUGOU, Feb 9 (AFP) -": the agency reports, it is not reported on
        }
        EntityType type = view.type(m);
        if (type == EntityType.PERSON) {
          return null; // a person is the subject: "it" is something else
        }
        boolean state = // "Turkey said it had evacuated": a country acts as "it" in its sentence
            type == EntityType.LOCATION && s == sentence && t == here.firstToken();
        int after = view.tokenAt(m.mention().span().end() - 1) + 1;
        if (Words.POSSESSIVES.contains(view.lower(after))
            && view.mentionStartingAt(after + 1) != null) {
          continue; // "The African Union's Peace and Security Council …": the council is "it"
        }
        int governor = Words.DETERMINERS.contains(view.lower(t - 1)) ? t - 2 : t - 1;
        boolean source = Cues.according(view, governor - 1); // not "according to the CPJ"
        if ((type == EntityType.ORGANIZATION || state)
            && !source
            && !Words.PREPOSITIONS.contains(view.lower(t - 1))) {
          return ref(m);
        }
      }
    }
    return null;
  }

  /**
   * The role noun of a body named by its role alone that speaks between two tokens ("the army
   * said", "the ministry says"), or -1.
   */
  private int spokenBody(int from, int to) {
    for (int k = from + 1; k + 1 < to; k++) {
      if (Words.ORG_ROLES.contains(view.lower(k))
          && view.lower(k - 1).equals("the")
          && Words.isSpeech(view.word(k + 1))) {
        return k;
      }
    }
    return -1;
  }

  /** Whether a name is the agency in brackets of a dateline: "(AFP) -", "(Reuters) —". */
  private boolean agency(ResolvedMention m) {
    int first = view.tokenAt(m.mention().span().start());
    int after = view.tokenAt(m.mention().span().end() - 1) + 1;
    return view.word(first - 1).equals("(")
        && view.word(after).equals(")")
        && Words.DASHES.contains(view.word(after + 1));
  }

  /**
   * Whether a sentence opens with a body named by its role alone, "The Varnian foreign ministry
   * welcomed …", "The company said …": its determiner, lower-case or demonym words, and the role.
   */
  private boolean unnamedBody(Sentence s) {
    int t = s.firstToken();
    if (!view.lower(t).equals("the")) {
      return false;
    }
    for (int k = t + 1; k < Math.min(s.endToken(), t + 5); k++) {
      if (Words.ORG_ROLES.contains(view.lower(k))) {
        return true;
      }
      ResolvedMention m = view.mentionStartingAt(k);
      if (m != null && view.type(m) != EntityType.MISC && !demonym(m)) {
        return false; // "The World Health Organization said": named
      }
    }
    return false;
  }

  /** A one-word name shaped like a people's adjective: "Varnian", "Chinese", "Kurdish", "Iraqi". */
  static boolean demonym(ResolvedMention m) {
    String w = m.mention().text();
    return w.indexOf(' ') < 0
        && (w.endsWith("an") || w.endsWith("ese") || w.endsWith("ish") || w.endsWith("i"));
  }

  /**
   * The holder of the role named by {@code noun} ("minister", "ministry") before {@code token}. An
   * organisation's name must hold the words that qualify the role: "the foreign ministry" is the
   * Turkish Foreign Ministry, "the dock workers union" is not the European Union.
   */
  EntityRef role(String noun, List<String> modifiers, int token) {
    String role = noun.toLowerCase(Locale.ROOT);
    if (Words.ORG_ROLES.contains(role)) {
      return organisation(role, modifiers, token);
    }
    int end = view.tokens.get(token).start();
    List<ResolvedMention> ms = view.resolution.mentions();
    for (int i = ms.size() - 1; i >= 0; i--) {
      ResolvedMention m = ms.get(i);
      if (m.mention().span().end() <= end && view.type(m) == EntityType.PERSON && titled(m, role)) {
        return ref(m);
      }
    }
    // a lede names the role before the person: "…, its prime minister said. … Prime Minister
    // Anja Dahl told reporters": the first holder named in the next few sentences
    int sentence = view.sentenceOf(token);
    int last = Math.min(view.analysis.sentences().size() - 1, sentence + 3);
    int limit = view.sentence(last).span().end();
    for (ResolvedMention m : ms) {
      int start = m.mention().span().start();
      if (start >= end && start < limit && view.type(m) == EntityType.PERSON && titled(m, role)) {
        return ref(m);
      }
    }
    return null;
  }

  /** Whether the words just before the mention, or an apposition after it, hold the role. */
  private boolean titled(ResolvedMention m, String role) {
    int first = view.tokenAt(m.mention().span().start());
    for (int t = first - 1; t >= Math.max(0, first - 4); t--) {
      if (view.lower(t).equals(role) || role.equals(ABBREVIATIONS.get(view.lower(t)))) {
        return true;
      }
      if (!Character.isUpperCase(view.word(t).charAt(0)) && !view.lower(t).equals("of")) {
        break;
      }
    }
    int after = view.tokenAt(m.mention().span().end());
    if (!view.word(after).equals(",")) {
      return false;
    }
    for (int t = after + 1; t < Math.min(view.tokens.size(), after + 6); t++) {
      if (view.lower(t).equals(role)) {
        return true;
      }
      if (view.word(t).equals(",")) {
        break;
      }
    }
    return false;
  }

  private EntityRef organisation(String role, List<String> modifiers, int token) {
    int end = view.tokens.get(token).start();
    if (role.equals("group") && modifiers.stream().anyMatch(ARMED::contains)) {
      return armedGroup(token); // "the terror group", "the militant group"
    }
    EntityRef later = null;
    for (Entity e : view.resolution.entities()) {
      String name = e.name().toLowerCase(Locale.ROOT);
      if (e.type() != EntityType.ORGANIZATION
          || !name.contains(role)
          || !modifiers.stream().allMatch(name::contains)) {
        continue;
      }
      ResolvedMention first = firstMention(e.id());
      if (first != null && first.mention().span().end() <= end) {
        return e.ref();
      }
      later = later == null ? e.ref() : later;
    }
    if (later == null
        && modifiers.isEmpty()
        && GENERIC_BODIES.contains(role)
        && (!role.equals("group") || view.lower(token).equals("the"))) {
      // "the group"; not "a group that endorsed Adler", which may be any
      return lastOrganisation(token); // "According to the World Food Programme, … The agency said"
    }
    return later;
  }

  /** Nouns that any organisation may be called: "the agency", "the organisation". */
  private static final java.util.Set<String> GENERIC_BODIES =
      java.util.Set.of("agency", "organization", "organisation", "group");

  /** The organisation named last before {@code token}, in its sentence or the two before. */
  private EntityRef lastOrganisation(int token) {
    int from = view.sentence(Math.max(0, view.sentenceOf(token) - 2)).firstToken();
    return lastOrganisation(from, view.tokens.get(token).start());
  }

  /** The organisation named last from token {@code from} up to the character {@code end}. */
  private EntityRef lastOrganisation(int from, int end) {
    List<ResolvedMention> ms = view.resolution.mentions();
    for (int i = ms.size() - 1; i >= 0; i--) {
      ResolvedMention m = ms.get(i);
      if (m.mention().span().end() <= end
          && m.mention().span().start() >= view.tokens.get(from).start()
          && view.type(m) == EntityType.ORGANIZATION) {
        return ref(m);
      }
    }
    return null;
  }

  /** A state's missions abroad: the capital they sit in is their host's, not their owner's. */
  private static final java.util.Set<String> MISSIONS =
      java.util.Set.of("embassy", "embassies", "consulate", "consulates");

  /**
   * The country that owns the institution named by the noun at {@code head} when no organisation of
   * the article holds it: "Iraq's foreign ministry", "the Turkish army", and for a bare "the
   * ministry" the owner of the last ministry named so, and "the foreign ministry in Ankara" the
   * country whose capital it is. Null when no country is named with it.
   */
  EntityRef owner(int head) {
    boolean mission = MISSIONS.contains(view.lower(head)); // seated in another state's capital
    ResolvedMention seat =
        !mission && view.lower(head + 1).equals("in") ? view.mentionStartingAt(head + 2) : null;
    EntityRef country = seat == null ? null : view.capitalOf.apply(seat.entityId());
    if (country != null) {
      return country; // "the foreign ministry in Ankara said": Turkey's
    }
    int its = head - 1;
    while (its > head - 4 && its > 0 && view.lower(its).equals(view.word(its))) {
      if (view.lower(its).equals("its")) {
        break;
      }
      its--;
    }
    EntityRef subject = view.lower(its).equals("its") ? subjectState(its) : null;
    if (subject != null) {
      return subject; // "Kessel closed two crossings, its foreign ministry said": Kessel's
    }
    String noun = view.lower(head);
    for (int k = head; k >= 0; k--) {
      if (!view.lower(k).equals(noun)) {
        continue;
      }
      for (int t = k - 1; t >= Math.max(0, k - 4); t--) {
        ResolvedMention m = view.mentionEndingAt(t);
        if (m == null && Words.POSSESSIVES.contains(view.lower(t))) {
          m = view.mentionEndingAt(t - 1); // "Iraq's foreign ministry"
        }
        if (m != null && view.type(m) == EntityType.LOCATION) {
          return ref(m);
        }
        if (m != null && k == head) {
          return null; // "the Philippine foreign ministry": its own owner, unknown, not the last
        }
        if (m != null
            || !Character.isLetter(view.word(t).isEmpty() ? ' ' : view.word(t).charAt(0))
                && !Words.POSSESSIVES.contains(view.lower(t))) {
          break;
        }
      }
    }
    if (mission) {
      return null;
    }
    EntityRef dateline = datelineState();
    return dateline != null ? dateline : openingState(head);
  }

  /**
   * The state that opens the sentence of {@code t} as its subject, after any dateline: "Varnia on
   * Wednesday ordered four diplomats to leave, the foreign ministry said" is Varnia's ministry.
   */
  private EntityRef openingState(int t) {
    Sentence s = view.sentence(view.sentenceOf(t));
    int first = s.firstToken();
    java.util.regex.Matcher dateline =
        Datelines.AT_START.matcher(
            view.text.substring(view.tokens.get(first).start(), view.tokens.get(t).start()));
    if (dateline.lookingAt()) {
      first = view.tokenAt(view.tokens.get(first).start() + dateline.end());
    }
    ResolvedMention m = view.mentionStartingAt(first);
    boolean state =
        m != null
            && view.type(m) == EntityType.LOCATION
            && m.how() != null
            && !m.how().startsWith("demonym")
            && !"demonym".equals(m.mention().rule())
            && view.tokenAt(m.mention().span().end() - 1) < t;
    return state ? ref(m) : null;
  }

  /**
   * The country a dateline names, for a state's institution the article names by its role alone:
   * "TARN, Kessel, Aug. 19 (Vigil Wire) - … The defence ministry denied …" is Kessel's, and under
   * "KABUL (Reuters) -" it is the country whose capital the dateline names. Null with no dateline,
   * or one whose place is no country and no capital ("GENEVA -").
   */
  private EntityRef datelineState() {
    if (datelineState == null) {
      datelineState = java.util.Optional.ofNullable(findDatelineState());
    }
    return datelineState.orElse(null);
  }

  /** Read once per article: the dateline does not change. */
  private java.util.Optional<EntityRef> datelineState;

  private EntityRef findDatelineState() {
    java.util.regex.Matcher m = Datelines.AT_LINE.matcher(view.text);
    if (!m.find()) {
      return null;
    }
    List<ResolvedMention> places =
        view.within(new io.vigil.model.Span(m.start(), m.end())).stream()
            .filter(p -> view.type(p) == EntityType.LOCATION)
            .toList();
    if (places.size() >= 2) {
      return ref(places.get(1)); // "TARN, Kessel, Aug. 19", "JUBA, Tarsa": the country named
    }
    return places.isEmpty()
        ? null
        : view.capitalOf.apply(places.getFirst().entityId()); // "KABUL -"
  }

  /**
   * The country that is the subject of the sentence before {@code its}: the first place named in
   * it, with no preposition before it; or null.
   */
  private EntityRef subjectState(int its) {
    Sentence s = view.sentence(view.sentenceOf(its));
    List<ResolvedMention> before = view.within(view.span(s.firstToken(), its));
    for (int i = before.size() - 1; i >= 0; i--) { // the nearest: "Turkey said …, and the
      ResolvedMention m = before.get(i); // Philippines sent …, according to its labour ministry"
      int t = view.tokenAt(m.mention().span().start());
      String governor = view.lower(Words.DETERMINERS.contains(view.lower(t - 1)) ? t - 2 : t - 1);
      if (view.type(m) == EntityType.MISC
          || Words.PREPOSITIONS.contains(governor) && !governor.equals("and")) {
        continue;
      }
      return view.type(m) == EntityType.LOCATION ? ref(m) : null;
    }
    return null;
  }

  /** Words that describe a group by its arms: "the terror group", "the militant group". */
  private static final java.util.Set<String> ARMED =
      java.util.Set.of(
          "terror",
          "terrorist",
          "militant",
          "jihadist",
          "extremist",
          "armed",
          "rebel",
          "insurgent",
          "islamist",
          "paramilitary");

  /**
   * The organisation an armed-group description stands for: the one named last in the few sentences
   * before its own ("Daesh … . … the terror group, which has sought …"). Null when none is.
   */
  private EntityRef armedGroup(int token) {
    int sentence = view.sentenceOf(token);
    int from = view.sentence(Math.max(0, sentence - SENTENCES_BACK)).firstToken();
    // an earlier sentence's: in "The Pentagon said the militant group …" it is not the Pentagon
    return lastOrganisation(from, view.tokens.get(view.sentence(sentence).firstToken()).start());
  }

  private ResolvedMention firstMention(String id) {
    return view.resolution.mentions().stream()
        .filter(m -> m.entityId().equals(id))
        .findFirst()
        .orElse(null);
  }

  EntityRef ref(ResolvedMention m) {
    return view.ref(m);
  }
}
