package io.vigil.nlp.extract;

import io.vigil.model.EntityRef;
import io.vigil.model.EntityType;
import io.vigil.model.ResolvedMention;
import io.vigil.model.Sentence;
import io.vigil.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds who does an event to whom, and where: the source is the subject before the trigger (a name,
 * pronoun or role; a possessive before a noun trigger, "his visit"), the targets the names after
 * it, and the place a location after "in" or "at", else a location modifying a noun ("a Los Angeles
 * grand jury"), else any location in the sentence. In the passive ("were charged") the subject is
 * the target and the "by" phrase the source. Locations inside an apposition ("Alsheikh, a former
 * prison head in Damascus,") describe a person, not the event's place.
 */
final class EventActors {

  private static final Set<String> PASSIVE =
      Set.of("was", "were", "been", "being", "be", "is", "are");
  private static final Set<String> PLACE_WORDS = Places.PLACE_WORDS;
  private static final Set<String> POSSESSIVES = Set.of("his", "her");

  private static final Set<String> REPORTING_GROUPS =
      Set.of("officials", "sources", "authorities", "media", "officers", "diplomats", "police");

  private static final Set<String> SUBJECT_PRONOUNS = Set.of("they", "we", "he", "she", "i");

  /** Nouns for a place's state authorities: "police in Oslo", "troops from Chad". */
  private static final Set<String> AUTHORITIES =
      Set.of(
          "police",
          "troops",
          "soldiers",
          "forces",
          "army",
          "military",
          "authorities",
          "officials",
          "government",
          "officers",
          "prosecutors",
          "judges",
          "court",
          "courts");

  /**
   * Whether another verb starts at {@code t}, whose objects are its own: a coordinated verb ("and
   * said", "and accused") or an infinitive ("to freeze the assets of Orlov's family").
   */
  private boolean nextVerb(int t) {
    String next = view.word(t + 1);
    if (next.isEmpty() || !Character.isLowerCase(next.charAt(0))) {
      return false;
    }
    String w = view.lower(t);
    if (Words.COORDINATORS.contains(w)) {
      return Words.isSpeech(next) || next.endsWith("ed") && !view.lower(t + 2).equals("by");
    }
    return w.equals("to")
        && !Words.DETERMINERS.contains(next)
        && !Words.POSSESSIVES.contains(next)
        && !next.endsWith("s")
        && Lemmas.candidates(next).contains(next);
  }

  /** Roots of acts two parties do together: consulting, cooperating, agreeing. */
  private static final Set<String> JOINT = Set.of("03", "04", "05", "06", "08");

  /** The second of two coordinated subjects before the trigger: "Kessel and [Dravia] signed". */
  private Speaker partner(Speaker subject, int trigger) {
    if (!view.lower(subject.last() + 1).equals("and")) {
      return null;
    }
    ResolvedMention m = view.mentionStartingAt(subject.last() + 2);
    if (m == null || !actorLike(m)) {
      return null;
    }
    int end = view.tokenAt(m.mention().span().end() - 1) + 1;
    while (end < trigger && Words.BETWEEN.contains(view.lower(end))) {
      end++;
    }
    return end == trigger ? actor(m) : null;
  }

  /** People an organisation or a state acts through: "its teams", "its forces". */
  private static final Set<String> OWN_PEOPLE =
      Set.of(
          "teams",
          "team",
          "forces",
          "troops",
          "soldiers",
          "fighters",
          "staff",
          "workers",
          "officials",
          "police",
          "army",
          "military",
          "navy",
          "jets",
          "aircraft",
          "warplanes",
          "drones",
          "convoy",
          "convoys",
          "diplomats",
          "envoy",
          "agents");

  /** Participles that open what an object is said to be or have done: "men suspected of". */
  private static final Set<String> REDUCED_RELATIVE =
      Set.of("suspected", "accused", "charged", "linked", "believed", "thought", "allegedly");

  private static final Set<String> STOP =
      Set.of(
          ";",
          ":",
          "“",
          "”",
          "\"",
          "which",
          "who",
          "while",
          "but",
          "after",
          "because",
          "when",
          "since",
          "if",
          "that",
          "although",
          "though",
          "whereas",
          "until",
          "unless");

  /**
   * The actors and place of one event.
   *
   * @param actors source first when there is one, then targets
   * @param place where it happened, or null
   */
  record Found(
      List<EntityRef> actors,
      List<Span> actorSpans,
      EntityRef place,
      Span placeSpan,
      boolean hasSource) {}

  private final ArticleView view;
  private final Speakers speakers;
  private final Referents referents;
  private final Places places;

  EventActors(ArticleView view, Speakers speakers) {
    this.view = view;
    this.speakers = speakers;
    this.referents = new Referents(view);
    this.places = new Places(view);
  }

  /**
   * Who claims responsibility at {@code claimed} ("The Northern Front, an armed group …, claimed
   * responsibility in a statement"), as the subject of that verb; null when no one is named.
   */
  Speaker claimant(int claimed, Sentence s) {
    Speaker subject = subject(claimed, new Trigger("180", "claim", false), s, null);
    return subject == null || subject.ref() == null || dateline(subject) ? null : subject;
  }

  Found find(int trigger, Trigger kind, Sentence s) {
    ResolvedMention place = places.of(s, trigger);
    boolean reduced = // "talks hosted by Switzerland": a passive with no subject of its own
        !kind.noun()
            && view.lower(trigger).endsWith("ed")
            && view.lower(trigger + 1).equals("by")
            && !PASSIVE.contains(view.lower(trigger - 1))
            && !PASSIVE.contains(view.lower(trigger - 2))
            && !view.lower(trigger - 1).equals("and"); // "was shot and killed by": its subject
    boolean passive =
        !view.lower(trigger).endsWith("ing") // "is promising to help": progressive, not passive
            && (PASSIVE.contains(view.lower(trigger - 1))
                || reduced
                || PASSIVE.contains(view.lower(trigger - 2))
                || view.lower(trigger - 1).equals("and") // "was shot and killed by police"
                    && view.lower(trigger - 2).endsWith("ed")
                    && PASSIVE.contains(view.lower(trigger - 3)));
    Speaker subject = reduced ? null : subject(trigger, kind, s, place);
    List<Speaker> objects = objects(trigger, s, place, passive);
    int light = kind.noun() ? lightVerb(trigger, s) : -1; // "Kessel and Dravia agreed to a truce"
    Speaker partner =
        subject == null || passive ? null : partner(subject, light >= 0 ? light : trigger);
    if (partner != null && JOINT.contains(kind.cameo().substring(0, 2))) {
      objects.addFirst(partner); // "Kessel and Dravia signed an agreement": the other party
    }
    String object = view.lower(trigger + 1);
    String afterObject = view.word(trigger + 2);
    boolean possessive = // "urged her supporters to stay": hers, not her
        object.equals("her")
            && !afterObject.isEmpty()
            && Character.isLowerCase(afterObject.charAt(0))
            && !Words.PREPOSITIONS.contains(afterObject)
            && !Words.COORDINATORS.contains(afterObject)
            && !afterObject.equals("that");
    if (objects.isEmpty()
        && !passive
        && !possessive
        && (object.equals("him") || object.equals("her"))) {
      EntityRef whom = referents.object(trigger + 1, subject == null ? null : subject.ref());
      if (whom != null) { // "Adler met Berg and urged him to …": Berg
        objects.add(
            new Speaker(whom, view.span(trigger + 1, trigger + 2), trigger + 1, trigger + 1));
      }
    }
    List<Speaker> actors = new ArrayList<>();
    if (passive) {
      objects.forEach(o -> add(actors, o));
      add(actors, subject);
    } else {
      add(actors, subject);
      objects.forEach(o -> add(actors, o));
    }
    return new Found(
        actors.stream().map(Speaker::ref).toList(),
        actors.stream().map(Speaker::span).toList(),
        place == null ? null : referents.ref(place),
        place == null ? null : place.mention().span(),
        passive // "were killed by police": the source is the "by" phrase, when it names someone
            ? objects.stream().anyMatch(o -> o.ref() != null)
            : subject != null && subject.ref() != null && !dateline(subject));
  }

  private void add(List<Speaker> actors, Speaker actor) {
    if (actor != null
        && actor.ref() != null
        && !dateline(actor)
        && actors.stream().noneMatch(a -> a.ref().id().equals(actor.ref().id()))) {
      actors.add(actor);
    }
  }

  /** Whether a name is the dateline that opens the text: "BRUSSELS -", "WASHINGTON (AP) —". */
  private boolean dateline(Speaker actor) {
    String w = view.word(actor.first());
    boolean capitals = w.length() > 1 && w.equals(w.toUpperCase(java.util.Locale.ROOT));
    int first = view.sentence(view.sentenceOf(actor.first())).firstToken();
    String next = view.word(actor.last() + 1);
    boolean marked =
        next.equals(":") // "NEW DELHI: Their American dream …"
            || next.equals("-")
            || next.equals("—")
            || next.equals("―")
            || next.equals("--")
            || next.equals("(")
            || next.equals(",");
    if (capitals && actor.first() - first <= 1 && marked) {
      return true;
    }
    String closeAndDash = view.word(actor.last() + 1) + view.word(actor.last() + 2);
    if (view.word(actor.first() - 1).equals("(")
        && actor.first() - first <= 8
        && closeAndDash.matches("\\)[-—–―]+")) {
      return true; // "BRUSSELS, May 14 (Harbour Wire) -": the agency that files the story
    }
    // "Kessel, March 3 (Reuters) - …": a place, a date, an agency and a dash open the text
    int end = view.tokens.get(actor.last()).end();
    String after = view.text.substring(end, Math.min(view.text.length(), end + 60));
    return actor.first() - first <= 1 && DATELINE_TAIL.matcher(after).lookingAt();
  }

  private static final java.util.regex.Pattern DATELINE_TAIL =
      java.util.regex.Pattern.compile(
          "(?:,\\s*[A-Z][a-z]{2,8}\\.?\\s+\\d{1,2}(?:,\\s*\\d{4})?)?\\s*"
              + "\\([^()\\n]{1,40}\\)\\s*[-—–―]"
              + "|,\\s*[A-Z][a-z]{2,8}\\.?\\s+\\d{1,2}(?:,\\s*\\d{4})?\\s*[-—–―]");

  private Speaker actor(ResolvedMention m) {
    Span span = m.mention().span();
    return new Speaker(
        referents.ref(m), span, view.tokenAt(span.start()), view.tokenAt(span.end() - 1));
  }

  private Speaker subject(int trigger, Trigger kind, Sentence s, ResolvedMention place) {
    if (kind.noun() && POSSESSIVES.contains(view.lower(trigger - 1))) {
      int t = trigger - 1;
      return new Speaker(referents.person(t), view.span(t, t + 1), t, t);
    }
    int light = kind.noun() ? lightVerb(trigger, s) : -1;
    if (light >= 0) { // "carried out airstrikes", "agreed to a ceasefire": the verb's subject
      return subject(light, new Trigger(kind.cameo(), kind.label(), false), s, place);
    }
    if (kind.noun() && governedByPreposition(trigger, s)) {
      return null;
    }
    Speaker main = mainSubject(trigger, s);
    if (main != null) {
      return main;
    }
    if (!kind.noun()
        && FORCEFUL.contains(kind.root())
        && view.lower(trigger).endsWith("ing")
        && view.word(trigger - 1).equals(",")) {
      Speaker actor = actorOfClause(trigger - 1, s, place);
      if (actor != null) {
        return actor; // "Kesseli drones struck a Dravian depot, killing four workers": Kessel
      }
    }
    Speaker planner = kind.noun() || !kind.root().equals("04") ? null : planner(trigger, s);
    if (planner != null) {
      return planner;
    }
    int left = trigger - 1;
    while (left >= s.firstToken()
        && (Words.BETWEEN.contains(view.lower(left)) || PASSIVE.contains(view.lower(left)))) {
      left--;
    }
    left = beforeTime(left, s.firstToken());
    if (!kind.noun() && left > s.firstToken() && Words.COORDINATORS.contains(view.lower(left))) {
      String first = view.lower(left - 1);
      if (first.endsWith("ed") || first.endsWith("ing")) { // "who shot and killed": as the first
        return subject(left - 1, new Trigger(kind.cameo(), kind.label(), false), s, place);
      }
      return openingSubject(s); // "The government accused the Front … and vowed to retaliate"
    }
    if (!kind.noun() && left == trigger - 1 && reducedPassive(trigger)) {
      return null; // "relatives of the 49 people killed on Thursday": killed by someone unnamed
    }
    Speaker near = left >= s.firstToken() ? speakers.endingAt(left) : null;
    if ((near == null || near.ref() == null) && REPORTED_SUBJECTS.contains(view.lower(left))) {
      Speaker reporter = reporterOf(left, s);
      near = reporter != null ? reporter : near; // "the ministry said it had sent boats": its
    }
    if ((near == null || near.ref() == null) && !kind.noun() && left == trigger - 1) {
      Speaker owner = ownerOfSubject(left, s);
      near = owner != null ? owner : near; // "after Kesseli drones struck": Kessel's drones
    }
    if (left - 1 >= s.firstToken()
        && view.lower(left - 1).equals("its")
        && OWN_PEOPLE.contains(view.lower(left))) {
      EntityRef owner = referents.organisation(left - 1); // "the ICRC said its teams delivered"
      near =
          owner == null ? near : new Speaker(owner, view.span(left - 1, left + 1), left - 1, left);
    }
    if (left >= s.firstToken() && Words.RELATIVES.contains(view.lower(left))) {
      return near != null && near.ref() != null ? near : null; // "the attack, which killed"
    }
    if (near != null
        && near.ref() == null
        && near.first() - 1 >= s.firstToken()
        && (Words.RELATIVES.contains(view.lower(near.first() - 1))
            || view.lower(near.first() - 1).equals("whom"))) {
      return null; // "Sandworm, which Western governments have blamed": unnamed governments blame
    }
    if (near != null && view.lower(near.first() - 1).equals("and")) {
      Speaker first = speakers.endingAt(near.first() - 2);
      near = first != null && first.ref() != null ? first : near;
    }
    if (near != null && near.ref() != null && !isPlace(near, place)) {
      return near;
    }
    boolean active = left == trigger - 1; // no auxiliary or passive between
    if (active && SUBJECT_PRONOUNS.contains(view.lower(left)) && !kind.noun()) {
      return null; // "whom they accuse of …": they, whoever they are, not a name before
    }
    if (near != null
        && near.ref() != null
        && Set.of("in", "from").contains(view.lower(near.first() - 1))
        && AUTHORITIES.contains(view.lower(near.first() - 2))) {
      return near; // "Police in Oslo arrested": the place's authorities act
    }
    if (kind.noun()) {
      // "Obama's landmark 2012 visit"; "condemned the attack": a noun's source is named with it,
      // or not at all
      return owner(trigger, s);
    }
    int clause = clauseStart(trigger, s);
    if (clause > afterDateline(s) && Words.PERSON_PRONOUNS.contains(view.lower(clause))) {
      EntityRef who = referents.person(clause); // "…, but he did call for more accountability"
      return who == null ? null : new Speaker(who, view.span(clause, clause + 1), clause, clause);
    }
    for (ResolvedMention m : view.within(view.span(clause, trigger))) {
      if (actorLike(m)
          && !inPrepositionalPhrase(m)
          && m != place
          && !modifiesName(m)
          && !reports(view.tokenAt(m.mention().span().end() - 1), trigger)
          && !sourced(view.tokenAt(m.mention().span().start()))) {
        return actor(m);
      }
    }
    return null;
  }

  /**
   * Whether a name is the source of "according to (the) ...", or the short form in brackets after a
   * name ("the World Health Organization (WHO)"), which stands where its long form does.
   */
  private boolean sourced(int first) {
    if (view.word(first - 1).equals("(")) {
      ResolvedMention longForm = view.mentionEndingAt(first - 2);
      return longForm != null && sourced(view.tokenAt(longForm.mention().span().start()));
    }
    int t = first - 1;
    while (t > 0 && Words.DETERMINERS.contains(view.lower(t))) {
      t--;
    }
    return Cues.according(view, t - 1);
  }

  /**
   * The name that owns a noun trigger over its modifiers: "McConnell's trip", "Russia's new
   * offensive".
   */
  private Speaker owner(int trigger, Sentence s) {
    for (int t = trigger - 1; t > Math.max(s.firstToken(), trigger - 5); t--) {
      if (Words.POSSESSIVES.contains(view.lower(t))) {
        ResolvedMention m = view.mentionEndingAt(t - 1);
        return m != null && actorLike(m) ? actor(m) : null;
      }
      String w = view.word(t);
      if (w.isEmpty() || !Character.isLetterOrDigit(w.charAt(0)) || !w.equals(view.lower(t))) {
        return null;
      }
    }
    return null;
  }

  /**
   * The verb a noun trigger is the object of when the verb only says that it was done: "carried out
   * airstrikes", "launched an offensive", "held talks", "paid a visit". Its subject is the noun's
   * source. The position of the verb, or -1.
   */
  /** Words of a time between a verb and its object: "on Sunday", "late on Friday", "today". */
  private static final Set<String> WHEN =
      Words.with(Words.DAYS, "on", "late", "early", "today", "yesterday", "overnight");

  private int lightVerb(int trigger, Sentence s) {
    int reach = trigger - 4;
    for (int t = trigger - 1; t >= Math.max(s.firstToken(), reach); t--) {
      String w = view.lower(t);
      if (w.equals("of") && Triggers.NOTES.contains(view.lower(t - 1))) {
        reach -= 4; // "handed the envoy a note of protest": the note's verb
        continue;
      }
      if (LIGHT.contains(w)) {
        return t;
      }
      if ((w.equals("out") || w.equals("up")) && LIGHT.contains(view.lower(t - 1))) {
        return t - 1; // "carried out", "stepped up"
      }
      if (w.equals("to") || w.equals("on")) {
        int k = t - 1;
        while (k > s.firstToken() && k > t - 4 && WHEN.contains(view.lower(k))) {
          k--; // "agreed on Sunday to a 30-day ceasefire"
        }
        if (view.lower(k).startsWith("agree")) {
          return k; // "agreed to a ceasefire", "agreed on a truce"
        }
      }
      if (w.equals("with") && RESPONDING.contains(view.lower(t - 1))) {
        return t - 1; // "Israel responded with air strikes", "retaliated with shelling"
      }
      if (w.equals("for")
          && view.lower(t - 1).equals("responsibility")
          && view.lower(t - 2).startsWith("claim")) {
        return t - 2; // "The Houthis claimed responsibility for a drone attack"
      }
      if (!Character.isLetterOrDigit(w.isEmpty() ? ' ' : w.charAt(0))
          || Words.PREPOSITIONS.contains(w)
          || view.mentionStartingAt(t) != null && !Words.DETERMINERS.contains(w)) {
        return -1;
      }
    }
    return -1;
  }

  private static final Set<String> RESPONDING =
      Set.of("responded", "responds", "retaliated", "retaliates", "replied", "answered", "hit");

  private static final Set<String> LIGHT =
      Set.of(
          "carried",
          "carries",
          "carry",
          "carrying",
          "launched",
          "launches",
          "launch",
          "launching",
          "conducted",
          "conducts",
          "conduct",
          "staged",
          "stages",
          "stage",
          "held",
          "holds",
          "hold",
          "mounted",
          "mounts",
          "paid",
          "pays",
          "made",
          "makes",
          "stepped",
          "steps",
          "intensified",
          "resumed",
          "began",
          "begins",
          "started",
          "starts",
          "led",
          "leads",
          "organized",
          "organised",
          "organizes",
          "organises",
          "declared",
          "declares",
          "announced",
          "announces",
          "signed",
          "signs",
          "brokered",
          "imposed",
          "imposes",
          "impose",
          "imposing",
          "slapped",
          "tightened",
          "unsealed",
          "filed",
          "lodged",
          "handed",
          "delivered",
          "threatened",
          "threatens",
          "suspended",
          "suspending",
          "halted",
          "froze",
          "lifted",
          "eased",
          "relaxed",
          "waived");

  /** Whether a name is followed by a verb of saying: "the Syrian Observatory said". */
  private boolean reporter(ResolvedMention m) {
    int first = view.tokenAt(m.mention().span().start());
    int verb = view.lower(first - 1).equals("the") ? first - 2 : first - 1;
    if (Words.SAYING.contains(view.lower(verb)) && view.word(verb - 1).equals(",")) {
      return true; // "… and dozens injured, said the Marsian Red Cross"
    }
    int after = view.tokenAt(m.mention().span().end());
    if (REPORTING_GROUPS.contains(view.lower(after))
        && Words.SAYING.contains(view.lower(after + 1))) {
      return true; // "…, Ukrainian officials said"
    }
    if (Words.POSSESSIVES.contains(view.lower(after))) {
      int k = after + 1; // "…, Qatar's foreign ministry said": the ministry reports
      while (k < after + 4
          && Character.isLowerCase(view.word(k).isEmpty() ? 'A' : view.word(k).charAt(0))
          && !Words.SAYING.contains(view.lower(k))) {
        k++;
      }
      boolean role = Words.PERSON_ROLES.contains(view.lower(k - 1)); // not "editorial board"
      ResolvedMention named =
          role && view.word(k).equals(",") ? view.mentionStartingAt(k + 1) : null;
      if (named != null && view.type(named) == EntityType.PERSON) { // "Tarn's governor, Ivo
        k = view.tokenAt(named.mention().span().end()); // Marek, said"
        k += view.word(k).equals(",") ? 1 : 0;
      }
      after = Words.SAYING.contains(view.lower(k)) ? k : after;
    }
    boolean apposed =
        view.word(view.tokenAt(m.mention().span().start()) - 1).equals(",")
            && view.type(m) == EntityType.PERSON;
    if (apposed
        && view.word(after).equals(",")
        && Set.of("said", "says", "say", "told", "tells").contains(view.lower(after + 1))) {
      return true; // "…, Tarn's governor, Ivo Marek, said": the name set off before the verb
    }
    if (view.lower(after).equals("has") || view.lower(after).equals("have")) {
      after++;
    }
    return Words.SAYING.contains(view.lower(after));
  }

  private boolean reports(int name, int trigger) {
    for (int t = name + 1; t < trigger; t++) {
      if (Words.SAYING.contains(view.lower(t))) {
        return true;
      }
    }
    return false;
  }

  /** "after the attacks": a noun trigger in a prepositional phrase has no subject of its own. */
  private boolean governedByPreposition(int trigger, Sentence s) {
    for (int t = trigger - 1; t >= Math.max(s.firstToken(), trigger - 4); t--) {
      String w = view.lower(t);
      if (Words.PREPOSITIONS.contains(w) && !w.equals("and") && !w.equals("or")) {
        return !w.equals("of")
            || !Triggers.NOTES.contains(view.lower(t - 1)); // "a note of protest"
      }
      if (!Character.isLetter(w.isEmpty() ? ' ' : w.charAt(0)) || view.mentionEndingAt(t) != null) {
        return false;
      }
    }
    return false;
  }

  /**
   * The subject of the future or the plan that governs an infinitive: "Kessel's President Ana Kovac
   * will travel to Kessa to meet Vask", "Berg is expected to visit": Kovac meets, Berg visits.
   */
  private Speaker planner(int trigger, Sentence s) {
    if (!view.lower(trigger - 1).equals("to")) {
      return null;
    }
    for (int k = trigger - 2; k > s.firstToken() && k >= trigger - 12; k--) {
      String w = view.lower(k);
      if (w.equals(",") || w.equals(";") || Words.SUBORDINATORS.contains(w)) {
        return null;
      }
      if (w.equals("will") || PLANS.contains(w)) {
        int left = k - 1;
        while (left > s.firstToken() && PASSIVE.contains(view.lower(left))) {
          left--; // "is expected to"
        }
        Speaker subject = speakers.endingAt(left);
        return subject != null && subject.ref() != null ? subject : null;
      }
    }
    return null;
  }

  private static final Set<String> PLANS =
      Set.of("plans", "planned", "expected", "due", "scheduled", "hopes", "intends");

  private Speaker mainSubject(int trigger, Sentence s) {
    int comma = -1;
    for (int t = trigger + 1; t < Math.min(s.endToken(), trigger + 12) && comma < 0; t++) {
      comma = view.word(t).equals(",") ? t : -1;
    }
    String opener = view.lower(s.firstToken());
    String second = view.lower(s.firstToken() + 1);
    boolean counted = // "About 300 foreign nationals were evacuated, …": a count, no phrase
        !second.isEmpty() && (Character.isDigit(second.charAt(0)) || Counts.isNumberWord(second));
    boolean opening =
        !counted
            && (opener.endsWith("ing")
                || Words.PREPOSITIONS.contains(opener)
                || opener.equals("during"));
    for (int t = s.firstToken(); t < trigger && opening; t++) {
      opening = !view.word(t).equals(",");
    }
    if (comma < 0 || !opening) {
      return null;
    }
    Speaker main = speakers.startingAt(comma + 1);
    return main == null || main.ref() == null ? null : main;
  }

  /**
   * The token before a time phrase that ends at {@code left} between a subject and its verb ("The
   * European Union on Monday imposed", "A court in Varna on Tuesday sentenced"), else {@code left}.
   */
  private int beforeTime(int left, int first) {
    String w = view.lower(left);
    String before = view.lower(left - 1);
    if (left - 1 > first && WEEKDAYS.contains(w) && TIME_OPENERS.contains(before)) {
      return left - 2; // "on Monday", "last Tuesday"
    }
    boolean day = !w.isEmpty() && Character.isDigit(w.charAt(0)) && w.length() <= 2;
    if (left - 2 > first && day && Dates.isMonth(before) && view.lower(left - 2).equals("on")) {
      return left - 3; // "on May 14"
    }
    return left;
  }

  /** Days and parts of them after "on", "last", "this": "on Monday", "late Tuesday night". */
  private static final Set<String> WEEKDAYS =
      Words.with(Words.DAYS, "week", "weekend", "night", "morning", "evening");

  private static final Set<String> TIME_OPENERS = Set.of("on", "last", "this", "late", "early");

  private boolean personStartsAt(int t) {
    ResolvedMention m = view.mentionStartingAt(t);
    return m != null && view.type(m) == EntityType.PERSON;
  }

  /** The name that opens a sentence as its subject ("Turkey deployed …"), or null. */
  private Speaker openingSubject(Sentence s) {
    int t = s.firstToken();
    String opener = view.lower(t);
    if (opener.endsWith("ing") || Words.PREPOSITIONS.contains(opener)) {
      while (t < s.endToken() && !view.word(t).equals(",")) {
        t++; // "In a speech on Monday, Graham urged … and criticized": after the opening phrase
      }
      t++;
    }
    // the first name, over determiners and titles ("The UN Security Council", "Chancellor Holm");
    // a name, not a role read back to someone ("The Republican nominee")
    int end = Math.min(s.endToken(), t + 6);
    for (int k = t; k < end; k++) {
      ResolvedMention m = view.mentionStartingAt(k);
      if (m != null && dateline(actor(m))) {
        k = datelineEnd(k, s); // "GENEVA (Reuters) - The United Nations warned …"
        end = Math.min(s.endToken(), k + 7);
        continue;
      }
      if (m != null && (modifiesName(m) || view.type(m) == EntityType.MISC)) {
        k = view.tokenAt(m.mention().span().end()) - 1; // "New Jersey Gov. Chris Christie",
        continue; // "The West African bloc ECOWAS": a people's word before the name
      }
      if (m != null) {
        Speaker subject = actorLike(m) ? actor(m) : null;
        return subject == null || subject.ref() == null || dateline(subject) ? null : subject;
      }
      String w = view.word(k);
      String lower = view.lower(k);
      boolean modifier = // "the nationalist Homeland Party": an adjective before the name
          k > t
              && view.mentionStartingAt(k + 1) != null
              && !Words.isSpeech(w)
              && !Words.PREPOSITIONS.contains(lower)
              && !Words.SUBORDINATORS.contains(lower)
              && !Words.COORDINATORS.contains(lower)
              && (Words.DETERMINERS.contains(view.lower(k - 1)) // after "the", "a"
                  || misc(view.mentionEndingAt(k - 1))); // "the West African bloc ECOWAS"
      if (!Words.DETERMINERS.contains(view.lower(k))
          && !Words.PERSON_ROLES.contains(view.lower(k)) // "Opposition leader Elena Petrova"
          && !modifier
          && (w.isEmpty() || !Character.isUpperCase(w.charAt(0)))) {
        return null;
      }
    }
    return null;
  }

  private boolean misc(ResolvedMention m) {
    return m != null && view.type(m) == EntityType.MISC;
  }

  /**
   * The subject of the act a participle after a comma continues: in "drones struck a depot, killing
   * four workers" whoever struck killed. Null when no verb of an act comes before the comma.
   */
  private Speaker actorOfClause(int comma, Sentence s, ResolvedMention place) {
    for (int k = comma - 1; k >= s.firstToken(); k--) {
      if (view.word(k).equals(";") || view.word(k).equals(",") && k < comma - 8) {
        return null;
      }
      Trigger act = Triggers.at(view, k);
      if (act != null && !act.noun() && FORCEFUL.contains(act.root())) {
        Speaker actor = subject(k, act, s, place);
        return actor != null && actor.ref() != null ? actor : null;
      }
    }
    return null;
  }

  /**
   * The state or body whose name qualifies the noun right before a verb: "Kesseli drones", "Dravian
   * naval commandos". Null when no such name is there, or it is a person's.
   */
  private Speaker ownerOfSubject(int left, Sentence s) {
    if (!AGENTS.contains(view.lower(left))) {
      return null;
    }
    for (int k = left; k >= Math.max(s.firstToken(), left - 2); k--) {
      ResolvedMention m = view.mentionEndingAt(k);
      if (m != null) {
        boolean body =
            view.type(m) == EntityType.LOCATION || view.type(m) == EntityType.ORGANIZATION;
        return k < left && body ? actor(m) : null;
      }
      String w = view.word(k);
      String lower = view.lower(k);
      if (w.isEmpty()
          || !Character.isLowerCase(w.charAt(0))
          || Words.FINITE.contains(lower)
          || PASSIVE.contains(lower)
          || Words.DETERMINERS.contains(lower)
          || Words.PREPOSITIONS.contains(lower)
          || lower.endsWith("ly")) {
        return null;
      }
    }
    return null;
  }

  /** Pronouns that, right after a verb of saying, stand for whoever says. */
  private static final Set<String> REPORTED_SUBJECTS = Set.of("it", "he", "she");

  /**
   * The one who says, when the pronoun at {@code pronoun} opens the reported words of a verb of
   * saying right before it ("the humanitarian affairs ministry said it had sent boats"). Null when
   * no such verb is there or its subject names no one.
   */
  private Speaker reporterOf(int pronoun, Sentence s) {
    int verb = view.lower(pronoun - 1).equals("that") ? pronoun - 2 : pronoun - 1;
    if (verb <= s.firstToken() || !Words.SAYING.contains(view.lower(verb))) {
      return null;
    }
    Speaker subject = speakers.endingAt(verb - 1);
    if (subject == null || subject.ref() == null) {
      return null;
    }
    boolean person = subject.ref().id().startsWith("per:");
    boolean agrees = // "it" for a body or a state, "he" or "she" for a person
        view.lower(pronoun).equals("it") ? !person : !view.lower(pronoun).equals("they") && person;
    return agrees
        ? new Speaker(subject.ref(), view.span(pronoun, pronoun + 1), pronoun, pronoun)
        : null;
  }

  /** Roots of acts of force, whose participle after a comma continues the act before. */
  private static final Set<String> FORCEFUL = Set.of("17", "18", "19", "20");

  /** Those who act for a state or a body: "Kesseli drones struck", "Dravian troops fired". */
  private static final Set<String> AGENTS =
      Words.with(
          AUTHORITIES,
          "navy",
          "commandos",
          "drones",
          "jets",
          "warplanes",
          "aircraft",
          "planes",
          "helicopters",
          "warships",
          "ships",
          "artillery",
          "missiles",
          "rockets",
          "militants",
          "rebels",
          "fighters",
          "guards",
          "negotiators",
          "diplomats",
          "leaders",
          "ministers",
          "security",
          "militia",
          "militias",
          "gunmen");

  /**
   * Whether a transitive verb of force with no object after it qualifies the noun phrase before it,
   * itself the object of a preposition: "relatives of the 49 people killed on Thursday". The
   * sentence's subject did not kill them.
   */
  private boolean reducedPassive(int trigger) {
    String next = view.lower(trigger + 1);
    boolean objectless =
        next.isEmpty()
            || !Character.isLetterOrDigit(next.charAt(0))
            || Words.PREPOSITIONS.contains(next)
            || Words.COORDINATORS.contains(next)
            || Words.DAYS.contains(next);
    if (!FORCE.contains(view.lower(trigger)) || !objectless) {
      return false;
    }
    for (int k = trigger - 1; k >= Math.max(0, trigger - 5); k--) {
      String w = view.word(k);
      String lower = view.lower(k);
      if (k < trigger - 1 && Set.of("of", "for", "among", "with").contains(lower)) {
        return true;
      }
      boolean inPhrase =
          !w.isEmpty()
              && (Character.isLowerCase(w.charAt(0)) || Character.isDigit(w.charAt(0)))
              && !Words.FINITE.contains(lower)
              && !PASSIVE.contains(lower)
              && !SUBJECT_PRONOUNS.contains(lower)
              && !lower.endsWith("ly");
      if (!inPhrase) {
        return false;
      }
    }
    return false;
  }

  /** Verbs of force whose past participle qualifies its victims: "the people killed". */
  private static final Set<String> FORCE =
      Set.of(
          "killed",
          "wounded",
          "injured",
          "arrested",
          "detained",
          "abducted",
          "kidnapped",
          "executed",
          "shot",
          "captured",
          "jailed",
          "held");

  /**
   * The first token of the clause a trigger is in: after a semicolon, or after a comma and the
   * conjunction that opens a clause of its own ("Marsia's government welcomed the ruling, but
   * nationalist groups staged a rally"), else after the sentence's dateline.
   */
  private int clauseStart(int trigger, Sentence s) {
    int first = afterDateline(s);
    for (int k = trigger - 1; k > first; k--) {
      String w = view.lower(k);
      if (w.equals(";") || view.word(k - 1).equals(",") && CLAUSE_OPENERS.contains(w)) {
        return k + 1;
      }
    }
    return first;
  }

  private static final Set<String> CLAUSE_OPENERS = Set.of("but", "while", "whereas", "yet");

  /**
   * The first token after the dateline that opens a sentence ("PORTO LEMO, March 4 (Reuters) -
   * Dravian commandos seized"), or the sentence's first token.
   */
  private int afterDateline(Sentence s) {
    int first = view.lower(s.firstToken()).equals("the") ? s.firstToken() + 1 : s.firstToken();
    ResolvedMention opening = view.mentionStartingAt(first); // "THE HAGUE, May 20 (Reuters) -"
    if (opening == null || !dateline(actor(opening))) {
      return s.firstToken();
    }
    int dash = datelineEnd(s.firstToken(), s);
    return dash > s.firstToken() ? dash + 1 : s.firstToken();
  }

  /** The token before the first one after a dateline's dash, or {@code t} when none is near. */
  private int datelineEnd(int t, Sentence s) {
    for (int k = t; k < Math.min(s.endToken(), t + 12); k++) {
      String w = view.word(k);
      if (Words.DASHES.contains(w)) {
        return k;
      }
    }
    return t;
  }

  private boolean isPlace(Speaker sp, ResolvedMention place) {
    return place != null && sp.span().equals(place.mention().span());
  }

  /** Names after the trigger in its clause, at most two, or the "by" phrase in the passive. */
  /** Whether the trigger charges someone, with the charge after "with": "charged", "indictment". */
  private boolean charging(int trigger) {
    String w = view.lower(trigger);
    return w.startsWith("indict") || w.startsWith("charg") && !w.equals("charge");
  }

  /**
   * Whether the words at {@code t} name how something was said: "in a statement", "on its website".
   */
  private boolean medium(int t) {
    String w = view.lower(t);
    if (!w.equals("in") && !w.equals("on")) {
      return false;
    }
    for (int k = t + 1; k < Math.min(view.tokens.size(), t + 5); k++) {
      if (MEDIA.contains(view.lower(k))) {
        return true;
      }
      if (!Words.DETERMINERS.contains(view.lower(k))
          && !Words.POSSESSIVES.contains(view.lower(k))
          && view.mentionStartingAt(k) == null
          && !view.lower(k).equals("televised")
          && !view.lower(k).equals("online")) {
        return false;
      }
    }
    return false;
  }

  private static final Set<String> SOME =
      Set.of("some", "many", "most", "others", "several", "one", "few", "all");

  private static final Set<String> MEDIA =
      Set.of(
          "statement",
          "video",
          "post",
          "message",
          "interview",
          "speech",
          "tweet",
          "channel",
          "website",
          "broadcast",
          "communique",
          "communiqué");

  private List<Speaker> objects(int trigger, Sentence s, ResolvedMention place, boolean passive) {
    List<Speaker> out = new ArrayList<>();
    for (int t = trigger + 1; t < s.endToken() && out.size() < 2; t++) {
      if (STOP.contains(view.lower(t))
          || view.word(t).equals(",")
              && Words.COORDINATORS.contains(view.lower(t + 1))
              && view.mentionStartingAt(t + 2) != null) {
        break; // "…, and Israel responded": another clause, with its own actors
      }
      if (nextVerb(t)) {
        break; // "condemned the move and said it would veto …", "urged Europe to freeze …"
      }
      if (Words.FINITE.contains(view.lower(t))) {
        break; // "the attack was revenge for the arrest of Ilya Dorn": the noun's verb
      }
      String after = view.word(t + 1);
      if (view.word(t).equals(",")
          && !after.isEmpty()
          && Character.isLowerCase(after.charAt(0))
          && view.lower(t + 1).endsWith("ed")
          && !view.lower(t + 2).equals("by")) {
        break; // "a group that has fought the government for a decade, claimed …": the main verb
      }
      if (!out.isEmpty()
          && view.word(t).equals(",")
          && Words.DETERMINERS.contains(view.lower(t + 1))) {
        break; // "sentenced Melnik to 20 years, the first conviction of an official of Rell's"
      }
      if (medium(t)) {
        break; // "claimed responsibility in a statement on its Telegram channel": how it was said
      }
      if (Words.SAYING.contains(view.word(t))) {
        break; // "a soldier who survived the attack told AFP": whom he told, not whom it hit
      }
      if (view.word(t).equals(",")
          && SOME.contains(view.lower(t + 1))
          && (view.lower(t + 2).endsWith("ing") || view.lower(t + 2).equals("of"))) {
        break; // "rallied on Thursday, some waving Russian flags": a clause of its own
      }
      if (view.lower(t).equals("with") && charging(trigger)) {
        break; // "charging two officials with torturing detainees, including Americans"
      }
      if (REDUCED_RELATIVE.contains(view.lower(t))
          && t > trigger + 1
          && !Words.COORDINATORS.contains(view.lower(t - 1))) {
        break; // "arrested three men suspected of selling parts to the Front": not the Front
      }
      ResolvedMention m = view.mentionStartingAt(t);
      if (m == null
          || m == place
          || !actorLike(m)
          || modifiesName(m)
          || PLACE_WORDS.contains(view.lower(t - 1))
          || view.lower(t - 1).equals("the") && PLACE_WORDS.contains(view.lower(t - 2))) {
        continue; // "jailed at the Capitol": a place, not whom the event is done to
      }
      if (reporter(m) || sourced(t)) {
        break; // "…, the Syrian Observatory said": who tells of the event, not who it touched
      }
      int governor = view.lower(t - 1).equals("the") ? t - 2 : t - 1;
      String head = view.lower(governor - 1);
      boolean inPhrase = // a noun phrase between: "members of the coalition against"
          governor - trigger >= 3 && !head.endsWith("ly") && !head.equals("ever");
      if (view.lower(governor).equals("against") && inPhrase
          || view.word(t - 1).equals("(")) { // "… the Levant (ISIL)": the name before, again
        continue; // "asked members of the coalition against the Islamic State to …": not whom
      }
      if (!passive || agent(t)) {
        out.add(actor(m));
      }
      if (view.word(view.tokenAt(m.mention().span().end())).equals(",")) {
        break;
      }
    }
    return out;
  }

  /**
   * Whether "by" governs the name at {@code t}, over titles and a coordinated agent: "were
   * evacuated by the Red Cross", "signed by Foreign Minister Lena Osei and her counterpart, Jonas
   * Brandt".
   */
  private boolean agent(int t) {
    for (int k = t - 1; k >= Math.max(0, t - 14); k--) {
      String w = view.lower(k);
      if (w.equals("by")) {
        return true;
      }
      String word = view.word(k);
      boolean title = !word.isEmpty() && Character.isUpperCase(word.charAt(0));
      boolean between =
          title
              || Words.DETERMINERS.contains(w)
              || Words.PERSON_ROLES.contains(w)
              || AGENT_LINKS.contains(w);
      if (!between) {
        return false;
      }
    }
    return false;
  }

  private static final Set<String> AGENT_LINKS = Set.of("and", ",", "counterpart", "our", "my");

  private boolean actorLike(ResolvedMention m) {
    return view.type(m) != EntityType.MISC;
  }

  /** "Turkish Foreign Minister Hakan Fidan": the place name only qualifies the person's title. */
  private boolean modifiesName(ResolvedMention m) {
    // also "Varnian Prime Minister Ana Kovac" with "Varnian" taken for a body
    if (view.type(m) != EntityType.LOCATION && !Referents.demonym(m)) {
      return false;
    }
    int t = view.tokenAt(m.mention().span().end());
    for (int k = 0; k < 6; k++, t++) {
      if (view.mentionStartingAt(t) != null) {
        return true;
      }
      String w = view.word(t);
      if (w.equals(",") && k > 0 && personStartsAt(t + 1)) {
        return true; // "the Norwegian envoy, Ola Berg,"
      }
      boolean role = // "her Turkish counterpart Hakan Fidan", "the Iraqi foreign minister, …"
          Words.PERSON_ROLES.contains(view.lower(t)) || view.lower(t).equals("counterpart");
      if (w.isEmpty() || (!Character.isUpperCase(w.charAt(0)) && !w.equals("of") && !role)) {
        return false;
      }
    }
    return false;
  }

  private boolean inPrepositionalPhrase(ResolvedMention m) {
    int first = view.tokenAt(m.mention().span().start());
    for (int t = first - 1; t >= Math.max(0, first - 3); t--) {
      String w = view.lower(t);
      if (Words.PREPOSITIONS.contains(w)
          || w.equals("amid")
          || w.equals("following")
          || w.equals("responding")) {
        return true;
      }
      String word = view.word(t);
      boolean title = !word.isEmpty() && Character.isUpperCase(word.charAt(0));
      if (title || w.equals(",") || !Character.isLetter(w.isEmpty() ? ' ' : w.charAt(0))) {
        return false;
      }
    }
    return false;
  }
}
