package io.vigil.nlp.extract;

import io.vigil.model.EntityRef;
import io.vigil.model.EntityType;
import io.vigil.model.ResolvedMention;
import io.vigil.model.Sentence;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads the words naming a speaker next to a speech cue, and resolves them to an entity: a resolved
 * name, a pronoun, a relative pronoun after a name, a role ("the minister"), or a group of people
 * that is no entity ("officials").
 */
final class Speakers {

  /** Plural nouns for groups that speak without being named entities. */
  static final Set<String> GROUPS =
      Set.of(
          "officials",
          "experts",
          "analysts",
          "critics",
          "sources",
          "residents",
          "witnesses",
          "protesters",
          "supporters",
          "observers",
          "aides",
          "authorities",
          "lawmakers",
          "democrats",
          "republicans",
          "voters",
          "people",
          "polls",
          "poll",
          "reports",
          "report",
          "statement",
          "study",
          "survey",
          "documents",
          "data",
          "diplomats",
          "investigators",
          "police",
          "prosecutors",
          "researchers",
          "scientists",
          "activists",
          "leaders",
          "others",
          "organizers",
          "spokesmen",
          "members",
          "advocates",
          "economists",
          "conservatives",
          "liberals",
          "percent",
          "most",
          "majority",
          "half",
          "many",
          "senators",
          "candidates",
          "reporters",
          "media");

  private static final Set<String> SOMEONE =
      Set.of("someone", "somebody", "everyone", "everybody", "anyone", "anybody");

  private static final Set<String> INDEFINITE =
      Set.of("a", "an", "one", "another", "the", "his", "her", "their", "its", "this");

  private static final Set<String> OF = Set.of("of", "for", "at", "in", "on");

  /** Words that end a source's noun phrase: "asked by Baker whether ...". */
  private static final Set<String> CLAUSE_WORDS =
      Set.of("whether", "that", "if", "why", "how", "what", "when", "where");

  private final ArticleView view;
  private final Referents referents;

  Speakers(ArticleView view) {
    this.view = view;
    this.referents = new Referents(view);
  }

  /**
   * The owner of the noun at {@code noun}: "Trump's claim", "his repeated call", "the ministry's
   * latest statement". Null when the noun has no possessor.
   */
  Speaker possessor(int noun) {
    int sentenceStart = view.sentence(view.sentenceOf(noun)).firstToken();
    for (int t = noun - 1; t >= Math.max(sentenceStart, noun - 3); t--) {
      String w = view.lower(t);
      if (Words.POSSESSIVES.contains(w)) {
        Speaker owner = endingAt(t - 1);
        return owner != null && owner.ref() != null ? owner : null;
      }
      if (w.equals("his") || w.equals("her")) {
        return new Speaker(referents.person(t), view.span(t, t + 1), t, t);
      }
      if (w.equals("their") || w.equals("its")) {
        return new Speaker(null, view.span(t, t + 1), t, t);
      }
      if (w.isEmpty() || !Character.isLowerCase(w.charAt(0)) || !describes(t)) {
        return null;
      }
    }
    return null;
  }

  /**
   * The speaker whose words end at token {@code last}, or null. A phrase closing a relative clause
   * gives way to the head the clause qualifies, with the clause: "a soldier who survived the attack
   * told AFP" is the soldier's.
   */
  Speaker endingAt(int last) {
    Speaker s = phraseEndingAt(last);
    if (s == null) {
      return null;
    }
    String first = view.lower(s.first());
    if (Words.PERSON_PRONOUNS.contains(first)
        || Words.OTHER_PRONOUNS.contains(first)
        || Words.RELATIVES.contains(view.lower(last + 1))) {
      return s; // "… as they accepted" is a clause of its own; "the raid that killed" the raid's
    }
    int t = s.first() - 1;
    while (t > s.first() - 8
        && t > 0
        && lowerWord(view.word(t))
        && !view.lower(t).equals("who")
        && !Words.SUBORDINATORS.contains(view.lower(t))) {
      t--;
    }
    boolean relative = t < s.first() - 1 && view.lower(t).equals("who");
    Speaker head = relative && !view.word(t - 1).equals(",") ? phraseEndingAt(t - 1) : null;
    return head == null
        ? s
        : new Speaker(head.ref(), view.span(head.first(), last + 1), head.first(), last);
  }

  private static boolean lowerWord(String w) {
    return !w.isEmpty() && w.chars().allMatch(c -> Character.isLowerCase(c) || c == '\'');
  }

  private Speaker phraseEndingAt(int last) {
    if (last < 0 || last >= view.tokens.size()) {
      return null;
    }
    ResolvedMention m = view.mentionEndingAt(last);
    boolean affiliation =
        m != null
            && (view.type(m) == EntityType.LOCATION || view.type(m) == EntityType.ORGANIZATION);
    if (affiliation) {
      int first = view.tokenAt(m.mention().span().start());
      int of = view.lower(first - 1).equals("the") ? first - 2 : first - 1;
      String before = view.lower(of);
      Speaker person = before.equals("of") || before.equals("from") ? endingAt(of - 1) : null;
      boolean named = // "Karin Holm of the Norwegian Helsinki Committee": a person, not a role
          person != null
              && person.ref() != null
              && (view.type(m) == EntityType.LOCATION || personEndingAt(of - 1));
      if (named) {
        // "Representative Mike Coffman of Colorado said": the person, not the state
        return new Speaker(person.ref(), view.span(person.first(), last + 1), person.first(), last);
      }
    }
    if (m != null && view.type(m) == EntityType.MISC) {
      int first = view.tokenAt(m.mention().span().start());
      if (view.word(last).endsWith("s")) {
        return new Speaker(null, m.mention().span(), first, last); // "Hispanics", "Democrats"
      }
      if (view.lower(first - 1).equals("the")) {
        return new Speaker(
            null, view.span(first - 1, last + 1), first - 1, last); // "The Republican"
      }
    }
    if (m != null && view.type(m) != EntityType.MISC) {
      return new Speaker(
          referents.ref(m), m.mention().span(), view.tokenAt(m.mention().span().start()), last);
    }
    String w = view.lower(last);
    if (Words.PERSON_PRONOUNS.contains(w)) {
      return new Speaker(referents.person(last), view.span(last, last + 1), last, last);
    }
    if (w.equals("it")) {
      return new Speaker(referents.organisation(last), view.span(last, last + 1), last, last);
    }
    if (SOMEONE.contains(w)) {
      return new Speaker(null, view.span(last, last + 1), last, last); // "Then someone asked"
    }
    if (Words.OTHER_PRONOUNS.contains(w)) {
      return new Speaker(null, view.span(last, last + 1), last, last);
    }
    if (w.equals("who") || w.equals("which") && view.word(last - 1).equals(",")) {
      // ", who said", "voters who say", "The union, which endorsed": the relative pronoun speaks
      // for the words before it
      Speaker antecedent = endingAt(view.word(last - 1).equals(",") ? last - 2 : last - 1);
      Speaker holder = w.equals("who") ? roleHolder(antecedent) : null;
      antecedent = holder != null ? holder : antecedent;
      return new Speaker(
          antecedent == null ? null : antecedent.ref(), view.span(last, last + 1), last, last);
    }
    if (w.equals("that") && last > 0) {
      Speaker antecedent = endingAt(last - 1); // "a group that endorsed Sanders"
      return antecedent == null || antecedent.ref() == null
          ? null
          : new Speaker(antecedent.ref(), view.span(last, last + 1), last, last);
    }
    Speaker document = issuedBefore(last);
    if (document != null) {
      return document;
    }
    Speaker role = roleOrGroup(last);
    if (role != null) {
      return role;
    }
    Speaker described = described(last);
    if (described != null) {
      return described;
    }
    Speaker surname = surname(last);
    return surname != null ? surname : bare(last);
  }

  /**
   * The person whose role an organisation before "who" completes: "Moussa Faki, chairman of the
   * African Union Commission, who called …" is Faki, not the commission. Null when the words before
   * are no role of a person named before a comma.
   */
  private Speaker roleHolder(Speaker organisation) {
    if (organisation == null || organisation.ref() == null || isPersonRef(organisation)) {
      return null;
    }
    int t = organisation.first() - 1;
    if (Words.DETERMINERS.contains(view.lower(t))) {
      t--;
    }
    if (!ROLE_LINKS.contains(view.lower(t))) {
      return null;
    }
    boolean role = false;
    for (int k = t - 1; k >= Math.max(0, t - 5); k--) {
      String w = view.lower(k);
      if (w.equals(",")) {
        Speaker person = role ? endingAt(k - 1) : null;
        return person != null && isPersonRef(person) ? person : null;
      }
      role |= Words.PERSON_ROLES.contains(w);
    }
    return null;
  }

  /** Words between a role and its organisation: "chairman of", "director at", "envoy for". */
  private static final Set<String> ROLE_LINKS = Set.of("of", "at", "for");

  /**
   * "The statement said" after a sentence that told who issued it: "The Front claimed
   * responsibility in a statement posted on Telegram. … “…,” the statement said." The first name of
   * that sentence before the noun issued it. Null when no earlier sentence of the last three names
   * the document.
   */
  private Speaker issuedBefore(int last) {
    String noun = view.lower(last);
    if (!Words.DOCUMENTS.contains(noun) || !view.lower(last - 1).equals("the")) {
      return null;
    }
    int sentence = view.sentenceOf(last);
    for (int s = sentence - 1; s >= Math.max(0, sentence - 3); s--) {
      Sentence here = view.sentence(s);
      for (int k = here.firstToken(); k < here.endToken(); k++) {
        if (!view.lower(k).equals(noun)) {
          continue;
        }
        for (ResolvedMention m : view.within(view.span(here.firstToken(), k))) {
          EntityType type = view.type(m);
          if (type == EntityType.ORGANIZATION || type == EntityType.PERSON) {
            return new Speaker(referents.ref(m), view.span(last - 1, last + 1), last - 1, last);
          }
        }
        return null;
      }
    }
    return null;
  }

  private boolean isPersonRef(Speaker s) {
    ResolvedMention m = view.mentionEndingAt(s.last());
    return m != null && view.type(m) == EntityType.PERSON;
  }

  private boolean personEndingAt(int t) {
    ResolvedMention m = view.mentionEndingAt(t);
    return m != null && view.type(m) == EntityType.PERSON;
  }

  /**
   * A capitalised word the tagger left out that is the surname of a person the article names
   * elsewhere: "Obama Says Museum Will Tell ..." in a title-case headline.
   */
  private Speaker surname(int last) {
    String w = view.word(last);
    if (w.length() < 3 || !Character.isUpperCase(w.charAt(0)) || view.inName(last)) {
      return null;
    }
    for (io.vigil.model.Entity e : view.resolution.entities()) {
      if (e.type() != EntityType.PERSON) {
        continue;
      }
      String name = e.name();
      int space = name.lastIndexOf(' ');
      if (name.substring(space + 1).equals(w)) {
        return new Speaker(e.ref(), view.span(last, last + 1), last, last);
      }
    }
    return null;
  }

  /**
   * A subject without a determiner, ending at {@code last} and opening its clause: "Photos",
   * "Supporters of abortion rights", "Each side", "Two-thirds", "32%", "those surveyed". Only a
   * phrase that starts its sentence or follows a clause break is read, and its last word must look
   * like a noun (a capital, a plural, a number).
   */
  private Speaker bare(int last) {
    int sentenceStart = view.sentence(view.sentenceOf(last)).firstToken();
    String head = view.word(last);
    if (!head.isEmpty() && !Character.isLetterOrDigit(head.charAt(0))
        || Words.COORDINATORS.contains(head.toLowerCase(Locale.ROOT))) {
      return null; // "Dravia closed its border and said": no phrase ends in "and"
    }
    int first = last;
    while (first - 1 >= sentenceStart && last - first < 8 && inPhrase(first - 1)) {
      first--;
    }
    while (first < last && Words.PREPOSITIONS.contains(view.lower(first))) {
      first++;
    }
    int opening = first; // "…, as aid agencies warned": the clause opens before "as"
    if (first < last && Words.SUBORDINATORS.contains(view.lower(first))) {
      first++;
    }
    for (int t = first + 1; t < last; t++) {
      if (Words.PREPOSITIONS.contains(view.lower(t))) {
        head = view.word(t - 1); // "Supporters of the plan": the head comes before "of"
        break;
      }
    }
    boolean nounLike =
        !head.isEmpty()
            && (Character.isUpperCase(head.charAt(0))
                || Character.isDigit(head.charAt(0))
                || head.endsWith("%")
                || head.endsWith("s") && !head.endsWith("ss")
                || NUMBERS.contains(head.toLowerCase(Locale.ROOT))
                || head.equals("surveyed")
                || head.equals("polled")
                || head.equals("side"));
    String lowerHead = head.toLowerCase(Locale.ROOT);
    if (!nounLike
        || Words.isSpeech(head)
        || Attitudes.is(head) && !head.endsWith("s")
        || lowerHead.endsWith("ing")
        || Words.BETWEEN.contains(lowerHead)) {
      return null; // "Having announced ..." has no subject yet
    }
    String opener = view.lower(first - 1);
    boolean number =
        NUMBERS.contains(view.lower(last)) || Character.isDigit(view.word(last).charAt(0));
    boolean opens =
        first == sentenceStart
            || BREAKS.contains(view.word(first - 1))
            || opening < first
                && (opening == sentenceStart || BREAKS.contains(view.word(opening - 1)))
            || opener.equals("that")
            || first - 1 == sentenceStart && Words.COORDINATORS.contains(opener) // "But analysts"
            || number && (opener.equals("and") || opener.equals("while") || opener.equals("but"));
    if (!opens || Words.RELATIVES.contains(view.lower(first)) || view.lower(first).equals("it")) {
      return null;
    }
    ResolvedMention m = view.mentionEndingAt(last);
    EntityRef ref = m != null && view.type(m) != EntityType.MISC ? referents.ref(m) : null;
    return new Speaker(ref, view.span(first, last + 1), first, last);
  }

  /** Numbers that head a subject in poll findings: "nine in 10 said", "three-fourths say". */
  private static final Set<String> NUMBERS =
      Set.of(
          "one",
          "two",
          "three",
          "four",
          "five",
          "six",
          "seven",
          "eight",
          "nine",
          "ten",
          "dozen",
          "hundred",
          "thousand",
          "half",
          "third",
          "thirds",
          "quarter",
          "fourths",
          "percent",
          "majority",
          "minority",
          "most",
          "many",
          "few");

  private static final Set<String> BREAKS =
      Set.of(",", ";", ":", "(", "—", "–", "―", "--", "”", "''", "\"");

  /** Whether a word can be inside a bare subject: words, numbers and "of", "for", "in", "on". */
  private boolean inPhrase(int t) {
    String w = view.lower(t);
    if (w.isEmpty() || BREAKS.contains(w)) {
      return false;
    }
    if (w.equals("of") || w.equals("for") || w.equals("in") || w.equals("on") || w.equals("at")) {
      return true;
    }
    return (Character.isLetterOrDigit(w.charAt(0)) || Words.POSSESSIVES.contains(w))
        && !Words.isSpeech(w)
        && !Words.RELATIVES.contains(w)
        && !Words.BETWEEN.contains(w)
        && !w.equals("and")
        && !w.equals("but")
        && !w.equals("or");
  }

  /**
   * An undetermined person or body described by a noun phrase: "a Democratic strategist", "one New
   * Hampshire Democrat", "the insider", "her campaign". Only read next to a speech verb.
   */
  private Speaker described(int last) {
    String head = view.lower(last);
    if (!describes(last)
        || Words.DETERMINERS.contains(head)
        || view.inName(last)
        || head.endsWith("ed")) {
      return null;
    }
    int sentenceStart = view.sentence(view.sentenceOf(last)).firstToken();
    for (int first = last; first >= Math.max(sentenceStart, last - 5); first--) {
      String w = view.lower(first);
      if (INDEFINITE.contains(w) && first < last) {
        Speaker outer = OF.contains(view.lower(first - 1)) ? endingAt(first - 2) : null;
        int from = outer != null && outer.ref() == null ? outer.first() : first;
        return new Speaker(null, view.span(from, last + 1), from, last); // "Supporters of the plan"
      }
      ResolvedMention owner =
          Words.POSSESSIVES.contains(w) ? view.mentionEndingAt(first - 1) : null;
      if (owner != null && first < last) {
        int start = view.tokenAt(owner.mention().span().start());
        return new Speaker(null, view.span(start, last + 1), start, last);
      }
      if (first < last && !describes(first)) {
        return null;
      }
    }
    return null;
  }

  /** A role noun phrase ("the foreign minister") or a group ("Syrian officials") ending here. */
  private Speaker roleOrGroup(int last) {
    String head = view.lower(last);
    Speaker voice = voiceOf(last);
    if (voice != null) {
      return voice;
    }
    boolean role = Words.PERSON_ROLES.contains(head) || Words.ORG_ROLES.contains(head);
    boolean group = GROUPS.contains(head);
    if (!role && !group) {
      return null;
    }
    int first = last;
    int sentenceStart = view.sentence(view.sentenceOf(last)).firstToken();
    while (first - 1 >= sentenceStart && last - first < 4 && modifier(first - 1)) {
      first--;
    }
    ResolvedMention body = first - 1 >= sentenceStart ? view.mentionEndingAt(first - 1) : null;
    boolean whole = // not "a pro-Islamic State group"
        body != null
            && view.tokens.get(view.tokenAt(body.mention().span().start())).start()
                == body.mention().span().start();
    boolean speaksFor = Words.ORG_ROLES.contains(head) || ORG_VOICES.contains(head);
    if (whole && view.type(body) == EntityType.ORGANIZATION && speaksFor) {
      int start = view.tokenAt(body.mention().span().start()); // "the UN humanitarian office"
      start -= Words.DETERMINERS.contains(view.lower(start - 1)) ? 1 : 0;
      return new Speaker(referents.ref(body), view.span(start, last + 1), start, last);
    }
    if (ORG_VOICES.contains(head) && OWNED.contains(view.lower(last - 1)) && last - 1 >= first) {
      EntityRef state = referents.owner(last - 1); // "a ministry spokeswoman said": its state's
      int start = Words.DETERMINERS.contains(view.lower(first - 1)) ? first - 1 : first;
      if (state != null) {
        return new Speaker(state, view.span(start, last + 1), start, last);
      }
    }
    ResolvedMention owner =
        first - 2 >= sentenceStart && Words.POSSESSIVES.contains(view.lower(first - 1))
            ? view.mentionEndingAt(first - 2)
            : null;
    String determiner = first - 1 >= sentenceStart ? view.lower(first - 1) : "";
    if (Words.DETERMINERS.contains(determiner) || DEMONSTRATIVES.contains(determiner)) {
      first--; // "the ministry", "this coalition"
    } else if (owner != null && view.type(owner) == EntityType.LOCATION) {
      first = view.tokenAt(owner.mention().span().start()); // "Iraq's foreign ministry"
    } else if (role && !group && !Character.isUpperCase(view.word(first).charAt(0))) {
      return null;
    }
    List<String> modifiers = new ArrayList<>();
    boolean owned = owner != null && first == view.tokenAt(owner.mention().span().start());
    int from = owned ? view.tokenAt(owner.mention().span().end() - 1) + 2 : first; // after "'s"
    for (int t = from; t < last; t++) {
      if (!Words.DETERMINERS.contains(view.lower(t)) && !DEMONSTRATIVES.contains(view.lower(t))) {
        modifiers.add(view.lower(t));
      }
    }
    EntityRef ref = role ? referents.role(head, modifiers, first) : null;
    if (ref == null && Words.ORG_ROLES.contains(head) && OWNED.contains(head)) {
      ref = referents.owner(last); // "Iraq's foreign ministry", then "the ministry"
    }
    if (ref == null && view.lower(first).equals("its") && Words.PERSON_ROLES.contains(head)) {
      ref = referents.organisation(first); // "the council … its chairman warned": the council
    }
    return new Speaker(ref, view.span(first, last + 1), first, last);
  }

  private static final Set<String> DEMONSTRATIVES = Set.of("this", "these");

  /**
   * A person's office, campaign or spokesman, who speaks for the person: "Ombudsman Nadia Cruz's
   * office said", "Donald Trump's campaign said", "Adler's spokeswoman said". Null otherwise.
   */
  private Speaker voiceOf(int last) {
    if (!VOICES.contains(view.lower(last))) {
      return null;
    }
    int owner = last - 1;
    if (owner > 0 && VOICE_MODIFIERS.contains(view.lower(owner))) {
      owner--; // "Trump's presidential campaign", "Adler's press office"
    }
    if (!Words.POSSESSIVES.contains(view.lower(owner))) {
      return null;
    }
    ResolvedMention m = view.mentionEndingAt(owner - 1);
    if (m == null || view.type(m) != EntityType.PERSON) {
      return null;
    }
    int first = view.tokenAt(m.mention().span().start());
    while (first > 0 && view.inName(first - 1)) {
      first--; // "Ombudsman Nadia Cruz's office": with the title
    }
    return new Speaker(referents.ref(m), view.span(first, last + 1), first, last);
  }

  private static final Set<String> VOICES =
      Set.of(
          "office",
          "campaign",
          "spokesman",
          "spokeswoman",
          "spokesperson",
          "aides",
          "staff",
          "team");

  private static final Set<String> VOICE_MODIFIERS = Set.of("press", "presidential", "re-election");

  /**
   * A spokesperson named by the institution before the role speaks for it: "a State Department
   * spokesman", "a Kremlin spokeswoman". Other speakers are returned as they are.
   */
  Speaker forInstitution(Speaker s) {
    if (s == null || s.ref() != null || !SPOKESPEOPLE.contains(view.lower(s.last()))) {
      return s;
    }
    for (int t = s.first(); t < s.last(); t++) {
      ResolvedMention m = view.mentionStartingAt(t);
      if (m != null && view.type(m) != EntityType.MISC) {
        return new Speaker(referents.ref(m), s.span(), s.first(), s.last());
      }
    }
    return s;
  }

  /** Roles that speak for the institution named before them: "a Kremlin spokesman". */
  private static final Set<String> SPOKESPEOPLE =
      Set.of("spokesman", "spokeswoman", "spokesperson");

  /** Unnamed people who speak for the organisation named before them: "a senior UN official". */
  private static final Set<String> ORG_VOICES =
      Words.with(SPOKESPEOPLE, "official", "officials", "diplomat");

  /** Institutions that speak for the country that owns them. */
  static final Set<String> OWNED =
      Set.of(
          "ministry", "government", "army", "military", "embassy", "consulate", "administration");

  private boolean describes(int t) {
    String w = view.lower(t);
    return !w.isEmpty()
        && Character.isLetter(w.charAt(0))
        && !Words.PREPOSITIONS.contains(w)
        && !Words.SPEECH.contains(w)
        && !Words.BETWEEN.contains(w)
        && !Words.RELATIVES.contains(w);
  }

  private boolean modifier(int t) {
    String w = view.word(t);
    if (w.isEmpty() || !Character.isLetter(w.charAt(0))) {
      return false;
    }
    String lower = w.toLowerCase(Locale.ROOT);
    return !Words.DETERMINERS.contains(lower)
        && !Words.PREPOSITIONS.contains(lower)
        && !Words.RELATIVES.contains(lower)
        && !Words.SPEECH.contains(lower)
        && !Words.BETWEEN.contains(lower)
        && !Words.COORDINATORS.contains(lower) // "But some voters": the clause's link
        && (view.mentionEndingAt(t) == null || placeOrKind(view.mentionEndingAt(t)));
  }

  /** A name that may qualify a group or a role: "French officials", "Iowa voters". */
  private boolean placeOrKind(ResolvedMention m) {
    EntityType type = view.type(m);
    return type == EntityType.MISC || type == EntityType.LOCATION;
  }

  /**
   * The source after "according to": the words up to the next comma or the sentence's end, resolved
   * to the first name among them ("according to an FBI summary" has no entity; "according to Fidan"
   * has one).
   */
  Speaker source(int first) {
    int end = view.sentence(view.sentenceOf(Math.max(0, first))).endToken();
    int last = first;
    while (last + 1 < end
        && last - first < 24
        && !view.word(last + 1).equals(",")
        && !CLAUSE_WORDS.contains(view.lower(last + 1))
        && Character.isLetterOrDigit(view.word(last + 1).charAt(0))) {
      last++;
    }
    if (first >= end || !Character.isLetterOrDigit(view.word(first).charAt(0))) {
      return null;
    }
    Speaker apposed = apposedName(first, end);
    if (apposed != null) {
      return apposed; // "according to the ship's operator, Nordline Shipping"
    }
    Speaker named = startingAt(first);
    if (named != null && named.last() >= last) {
      return named;
    }
    EntityRef ref = named != null ? named.ref() : null;
    for (int t = first; t <= last && ref == null; t++) {
      ResolvedMention m = view.mentionStartingAt(t);
      ref = m != null && view.type(m) != EntityType.MISC ? referents.ref(m) : null;
    }
    if (ref == null && last > first) {
      Speaker tail = roleOrGroup(last); // "according to a statement from the council"
      ref = tail != null && tail.first() > first ? tail.ref() : null;
    }
    return new Speaker(ref, view.span(first, last + 1), first, last);
  }

  /**
   * A person or organisation named after a description that holds no name, set off by a comma and
   * ending the sentence or followed by another comma: "the ship's operator, Nordline Shipping".
   */
  private Speaker apposedName(int first, int end) {
    int last = first;
    while (last + 1 < Math.min(end, first + 8)
        && (Character.isLowerCase(view.word(last + 1).charAt(0))
            || Words.POSSESSIVES.contains(view.word(last + 1)))) {
      last++;
    }
    if (!Words.DETERMINERS.contains(view.lower(first)) || !view.word(last + 1).equals(",")) {
      return null;
    }
    ResolvedMention m = view.mentionStartingAt(last + 2);
    if (m == null || view.type(m) != EntityType.PERSON && view.type(m) != EntityType.ORGANIZATION) {
      return null;
    }
    int nameLast = view.tokenAt(m.mention().span().end() - 1);
    String after = view.word(nameLast + 1);
    if (nameLast + 1 < end - 1 && !after.equals(",")) {
      return null;
    }
    return new Speaker(referents.ref(m), view.span(first, nameLast + 1), first, nameLast);
  }

  /** The speaker named by words starting at {@code first} ("said Fidan", "said the minister"). */
  Speaker startingAt(int first) {
    int end = view.sentence(view.sentenceOf(Math.max(0, first))).endToken();
    for (int t = first; t < Math.min(end, first + 6); t++) {
      ResolvedMention m = view.mentionStartingAt(t);
      if (m != null && view.type(m) != EntityType.MISC) {
        if (t > first && !titleWords(first, t)) {
          return null;
        }
        int last = view.tokenAt(m.mention().span().end() - 1);
        Speaker titled = personAfterTitle(t, last, end);
        if (titled != null) {
          return titled; // "said Clinton campaign manager Robby Mook"
        }
        return new Speaker(referents.ref(m), m.mention().span(), t, last);
      }
      String w = view.lower(t);
      if (t == first && (Words.PERSON_PRONOUNS.contains(w) || Words.OTHER_PRONOUNS.contains(w))) {
        return endingAt(t);
      }
      if (Words.PERSON_ROLES.contains(w) || Words.ORG_ROLES.contains(w) || GROUPS.contains(w)) {
        Speaker s = roleOrGroup(t);
        if (s != null && s.first() == first && !personAfter(first, t + 1, end)) {
          return s;
        }
      }
    }
    return describedFrom(first, end);
  }

  /**
   * A person named after a title that opens with another name: "Clinton campaign manager Robby
   * Mook", "Fox News host Chris Wallace". The title words between must be lower-case role words.
   */
  private Speaker personAfterTitle(int first, int nameLast, int end) {
    int t = nameLast + 1;
    boolean owner = view.word(t).equals("'s") || view.word(t).equals("’s");
    if (owner) {
      t++; // "said Tarn's governor, Ivo Marek"
    }
    boolean role = false;
    while (t < end
        && t - nameLast <= 4
        && describes(t)
        && titleWord(view.word(t))
        && !Words.FINITE.contains(view.lower(t))) { // "said Mexico must rebut Trump's claims"
      role |= Words.PERSON_ROLES.contains(view.lower(t));
      t++;
    }
    if (owner && role && view.word(t).equals(",")) {
      t++; // the role, then the name: "Tarn's governor, Ivo Marek"
    }
    if (t == nameLast + 1 || t >= end) {
      return null;
    }
    ResolvedMention person = view.mentionStartingAt(t);
    if (person == null || view.type(person) != EntityType.PERSON) {
      return null;
    }
    int last = view.tokenAt(person.mention().span().end() - 1);
    return new Speaker(referents.ref(person), view.span(first, last + 1), first, last);
  }

  /**
   * A word of a title before a name: lower-case, a role ("Governor") or an abbreviation ("Gov.").
   */
  private static boolean titleWord(String w) {
    return Character.isLowerCase(w.charAt(0))
        || w.length() > 1 && w.endsWith(".")
        || Words.PERSON_ROLES.contains(w.toLowerCase(Locale.ROOT));
  }

  /**
   * An inverted speaker described by a noun phrase up to a comma or the sentence's end: "said the
   * woman", "said one source who ...", "said former secretary of state Hillary Clinton".
   */
  private Speaker describedFrom(int first, int end) {
    if (!INDEFINITE.contains(view.lower(first)) && !view.lower(first).equals("former")) {
      return null;
    }
    int last = first;
    while (last + 1 < end
        && last - first < 7
        && (describes(last + 1)
            || view.lower(last + 1).equals("of")
            || Character.isDigit(view.word(last + 1).charAt(0)))) {
      last++;
      ResolvedMention m = view.mentionStartingAt(last);
      if (m != null && view.type(m) != EntityType.MISC) {
        int mLast = view.tokenAt(m.mention().span().end() - 1);
        boolean modifier =
            view.type(m) == EntityType.LOCATION && mLast + 1 < end && describes(mLast + 1);
        if (modifier) {
          last = mLast; // "said the Florida senator": the place describes the speaker
          continue;
        }
        return new Speaker(referents.ref(m), view.span(first, mLast + 1), first, mLast);
      }
    }
    if (last > first && (Words.PERSON_ROLES.contains(view.lower(last)))) {
      EntityRef role = referents.role(view.lower(last), List.of(), first);
      return new Speaker(role, view.span(first, last + 1), first, last);
    }
    return last > first ? new Speaker(null, view.span(first, last + 1), first, last) : null;
  }

  /**
   * Whether a person's name follows title words soon after {@code from} ("said Senator Joe
   * Donnelly", "said lobbyist and GOP strategist Charlie Black").
   */
  private boolean personAfter(int first, int from, int end) {
    for (int t = from; t < Math.min(end, first + 6); t++) {
      ResolvedMention m = view.mentionStartingAt(t);
      if (m != null && view.type(m) == EntityType.PERSON) {
        return titleWords(first, t);
      }
    }
    return false;
  }

  private static boolean abbreviation(String w) {
    return w.length() <= 4 && !w.isEmpty() && Character.isUpperCase(w.charAt(0));
  }

  private boolean titleWords(int from, int to) {
    for (int t = from; t < to; t++) {
      String w = view.word(t);
      boolean title =
          Words.DETERMINERS.contains(w.toLowerCase(Locale.ROOT))
              || (!w.isEmpty() && Character.isUpperCase(w.charAt(0)))
              || describes(t)
              || w.equals("of")
              || w.equals("and") && t > from // "lobbyist and GOP strategist Charlie Black"
              || w.equals(".") && t > from && abbreviation(view.word(t - 1)); // "Del. Plaskett"
      if (!title) {
        return false;
      }
    }
    return true;
  }
}
