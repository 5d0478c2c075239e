package io.vigil.nlp.extract;

import io.vigil.model.Count;
import io.vigil.model.EntityRef;
import io.vigil.model.Event;
import io.vigil.model.Sentence;
import io.vigil.model.Span;
import io.vigil.nlp.analyse.Analysis;
import io.vigil.nlp.extract.EventActors.Found;
import io.vigil.nlp.resolve.Resolution;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What happened in one article, as CAMEO-coded events. Each sentence is read for trigger words (a
 * lexicon of base forms found by a light lemmatiser, no tagger); each trigger that is neither
 * denied ("did not meet") nor hypothetical ("could attack", "if they were to strike") nor inside a
 * quotation becomes an event with its source and target actors, place, date (normalised against the
 * publication date), count and spans. A sentence yields one event per CAMEO root, actors, place and
 * count. A definite noun trigger with no actors of its own ("The meeting convened in Washington")
 * takes the actors of the previous event of its kind.
 *
 * <p>The actors and place of an event are mentions inside its evidence span; its count carries its
 * own span. Stateless and thread-safe.
 */
public final class EventExtractor {

  private static final int COUNT_WINDOW = 6;
  private static final long MASS = 10;

  /**
   * Extracts the events of one article.
   *
   * @param text the article's clean text
   * @param analysis tokens, sentences and mentions of {@code text}
   * @param resolution the entities of {@code text} and their mentions
   * @param published when the article was published, or null: relative dates then stay relative
   * @return the events in text order
   */
  public List<Event> extract(
      String text, Analysis analysis, Resolution resolution, Instant published) {
    return extractWithEvidence(text, analysis, resolution, published).stream()
        .map(EventEvidence::event)
        .toList();
  }

  /**
   * Extracts the events of one article with the span each field was read from.
   *
   * @see #extract(String, Analysis, Resolution, Instant)
   */
  public List<EventEvidence> extractWithEvidence(
      String text, Analysis analysis, Resolution resolution, Instant published) {
    if (analysis.tokens().isEmpty()) {
      return List.of();
    }
    ArticleView view = new ArticleView(text, analysis, resolution);
    boolean[] quoted = view.quoted();
    EventActors actors = new EventActors(view, new Speakers(view));
    List<EventEvidence> out = new ArrayList<>();
    for (Sentence s : analysis.sentences()) {
      Set<String> roots = new HashSet<>();
      for (int t = s.firstToken(); t < s.endToken(); t++) {
        Trigger trigger = quoted[t] ? null : Triggers.at(view, t);
        if (trigger == null
            || blocked(view, s, t, trigger)
            || alleged(view, t)
            || cumulative(view, s, t)
            || accident(view, s, t, trigger)) {
          continue;
        }
        EventEvidence e = event(view, s, t, trigger, actors, published, out);
        if (e == null || !worthReporting(e.event())) {
          continue;
        }
        int restated = restated(e.event(), out, s);
        int fuller = restated >= 0 ? -1 : fuller(e.event(), out, s);
        if (restated >= 0 && agentOfNoun(e.event(), out.get(restated).event())) {
          out.set(restated, counted(e, out.get(restated).event().count()));
        } else if (restated >= 0) {
          out.set(restated, counted(out.get(restated), e.event().count()));
        } else if (fuller >= 0) {
          out.set(fuller, counted(e, out.get(fuller).event().count()));
        } else if (roots.add(key(e.event()))) {
          out.add(e);
        }
      }
      claimed(view, s, actors, out);
    }
    return out;
  }

  /**
   * Gives whoever claims responsibility in a sentence of its own ("The Northern Front … claimed
   * responsibility in a statement") as source to the attacks of the sentences just before that name
   * none: the claim names who attacked.
   */
  private static void claimed(
      ArticleView view, Sentence s, EventActors actors, List<EventEvidence> out) {
    int claimed = -1;
    for (int t = s.firstToken(); t < s.endToken() - 1 && claimed < 0; t++) {
      boolean claim =
          view.lower(t).startsWith("claim")
              && view.lower(t + 1).equals("responsibility")
              && !view.lower(t + 2).equals("for");
      claimed = claim ? t : -1;
    }
    Speaker claimant = claimed < 0 ? null : actors.claimant(claimed, s);
    if (claimant == null) {
      return;
    }
    int from = view.sentence(Math.max(0, view.sentenceOf(claimed) - CLAIM_REACH)).span().start();
    for (int i = out.size() - 1; i >= 0; i--) {
      EventEvidence e = out.get(i);
      Event b = e.event();
      if (b.evidence().start() < from) {
        break;
      }
      boolean violent = b.cameo().startsWith("18") || b.cameo().startsWith("20");
      if (!violent || b.sourced() || b.actors().contains(claimant.ref())) {
        continue;
      }
      List<EntityRef> who = new ArrayList<>(b.actors());
      who.addFirst(claimant.ref());
      List<Span> spans = new ArrayList<>(e.actors());
      spans.addFirst(claimant.span());
      Event sourced =
          new Event(
              b.cameo(),
              b.label(),
              who,
              true,
              b.place(),
              b.date(),
              b.count(),
              b.trigger(),
              b.evidence());
      out.set(i, new EventEvidence(sourced, spans, e.place(), e.date()));
    }
  }

  /** How many sentences before a claim of responsibility its attacks may stand. */
  private static final int CLAIM_REACH = 3;

  /** The event a trigger signals, or null when its reading is ruled out. */
  private EventEvidence event(
      ArticleView view,
      Sentence s,
      int t,
      Trigger trigger,
      EventActors actors,
      Instant published,
      List<EventEvidence> before) {
    Found found = actors.find(t, trigger, s);
    List<EntityRef> who = new ArrayList<>(found.actors());
    List<Span> whoSpans = new ArrayList<>(found.actorSpans());
    boolean sourced = found.hasSource();
    if (!found.hasSource() && trigger.noun() && opensWithDefinite(view, s, t)) {
      EventEvidence earlier = previous(before, trigger);
      carryOver(earlier, who, whoSpans);
      sourced = earlier != null && earlier.event().sourced();
    }
    Count hostages = trigger.cameo().equals("181") ? Counts.bare(view, t + 1, "hostages") : null;
    Count count = hostages != null ? hostages : count(view, s, t); // "taking three hostage"
    if (trigger.cameo().equals("202") && count != null && combatants(count)) {
      // "killing 14 soldiers", "killed 30 militants": fighting, not a massacre of civilians
      trigger = new Trigger("190", "Use conventional military force", false);
    } else if (trigger.cameo().equals("202") && count != null && security(count)) {
      // "killing 11 officers": an attack on the forces of order, not a massacre
      trigger = new Trigger("180", "Use unconventional violence", false);
    } else if (trigger.cameo().equals("202") && (count == null || count.value() < MASS)) {
      trigger = new Trigger("180", "Use unconventional violence", false);
    }
    EntityRef place = found.place();
    Span placeSpan = found.placeSpan();
    if (trigger.cameo().equals("192")) {
      for (int i = sourced ? 1 : 0; i < who.size(); i++) {
        if (who.get(i).id().startsWith("loc:")) { // "seized the town of Bel": Bel is the ground
          place = who.get(i);
          placeSpan = whoSpans.get(i);
          break;
        }
      }
    }
    if (trigger.cameo().equals("192") && place == null) {
      return null; // "occupies a position": occupation needs a place
    }
    if (trigger.cameo().startsWith("04") && !trigger.noun() && future(view, t)) {
      // "will meet both sides in Doha next week": a meeting announced, not held
      trigger = new Trigger("036", "Express intent to meet or negotiate", false);
    }
    if (trigger.cameo().equals("180") && Violence.verbal(view, s, t)) {
      trigger = new Trigger("111", "Criticize or denounce", trigger.noun());
    }
    Dates.Dated date =
        Dates.find(view, s.firstToken(), s.endToken(), published, d -> dateOfAnother(view, t, d));
    Event event =
        new Event(
            trigger.cameo(),
            trigger.label(),
            who,
            sourced,
            place,
            date == null ? null : date.value(),
            count,
            view.span(t, t + 1),
            s.span());
    return new EventEvidence(event, whoSpans, placeSpan, date == null ? null : date.span());
  }

  /** Whether a count is of fighters: "14 soldiers", "30 militants", "dozens of rebels". */
  private static boolean combatants(Count count) {
    String what = count.what().toLowerCase(java.util.Locale.ROOT);
    String head = what.substring(what.lastIndexOf(' ') + 1);
    return COMBATANTS.contains(head);
  }

  /** Whether a count is of police or guards: "11 officers", "four policemen". */
  private static boolean security(Count count) {
    String what = count.what().toLowerCase(java.util.Locale.ROOT);
    return SECURITY.contains(what.substring(what.lastIndexOf(' ') + 1));
  }

  private static final Set<String> SECURITY =
      Set.of("officers", "policemen", "police", "guards", "gendarmes", "personnel", "agents");

  private static final Set<String> COMBATANTS =
      Set.of(
          "soldiers",
          "troops",
          "militants",
          "fighters",
          "rebels",
          "insurgents",
          "jihadists",
          "gunmen",
          "militiamen",
          "combatants",
          "servicemen",
          "marines",
          "paratroopers",
          "guerrillas",
          "attackers",
          "assailants",
          "terrorists",
          "extremists",
          "separatists",
          "bandits");

  /** What kills without anyone acting: a disaster, a disease, an accident. */
  private static final Set<String> ACCIDENTS =
      Set.of(
          "crash",
          "crashes",
          "accident",
          "accidents",
          "collision",
          "derailment",
          "earthquake",
          "quake",
          "flood",
          "floods",
          "flooding",
          "storm",
          "hurricane",
          "typhoon",
          "cyclone",
          "tornado",
          "tsunami",
          "landslide",
          "landslides",
          "avalanche",
          "wildfire",
          "wildfires",
          "blaze",
          "fire",
          "heatwave",
          "drought",
          "famine",
          "pandemic",
          "epidemic",
          "disease",
          "virus",
          "outbreak",
          "overdose",
          "overdoses",
          "lightning");

  /** What makes a death an act of someone's, near the killing. */
  private static final Set<String> VIOLENT =
      Set.of(
          "bomb",
          "bombs",
          "bomber",
          "attack",
          "attacks",
          "attacker",
          "gunman",
          "gunmen",
          "militants",
          "strike",
          "strikes",
          "airstrike",
          "airstrikes",
          "shelling",
          "rocket",
          "rockets",
          "missile",
          "missiles",
          "soldiers",
          "police",
          "troops",
          "forces",
          "arson");

  /**
   * Whether the deaths or injuries at {@code t} are a disaster's, not an act: "the pandemic that
   * killed 25 million", "two crashes … killed 346", "were killed in a car crash".
   */
  private static boolean accident(ArticleView view, Sentence s, int t, Trigger trigger) {
    if (trigger.root().compareTo("18") < 0) {
      return false;
    }
    for (int k = t - 1; k >= Math.max(s.firstToken(), t - 10); k--) {
      String w = view.lower(k);
      if (VIOLENT.contains(w) || w.equals(";") || w.equals(",") || Words.COORDINATORS.contains(w)) {
        break; // "a flood of migrants and a cascade of attacks": the attacks are acts
      }
      if (ACCIDENTS.contains(w)) {
        return true;
      }
    }
    for (int k = t + 1; k < Math.min(s.endToken(), t + 8); k++) {
      String w = view.lower(k);
      if (VIOLENT.contains(w) || w.equals(",") || w.equals(";")) {
        return false;
      }
      if (ACCIDENTS.contains(w)) {
        String governor = view.lower(k - 1);
        for (int j = k - 1; j > t && j >= k - 3; j--) {
          if (view.lower(j).equals("in") || view.lower(j).equals("by")) {
            return true; // "were killed in a car crash", "destroyed by the storm"
          }
        }
        return governor.equals("in") || governor.equals("by");
      }
    }
    return false;
  }

  /** Words that rank an act among others: "the deadliest attack since 2019". */
  private static final Set<String> SUPERLATIVES =
      Set.of("deadliest", "bloodiest", "worst", "biggest", "largest", "heaviest", "fiercest");

  /**
   * Whether a ranking or a perfect counts what happened over years, a tally and no one event: "At
   * least 3,000 people have been killed since 2014", "has killed more than 500 since the war
   * began".
   */
  private static boolean cumulative(ArticleView view, Sentence s, int t) {
    String before = view.lower(t - 1);
    if (SUPERLATIVES.contains(before)
        || before.equals("such") && SUPERLATIVES.contains(view.lower(t - 2))) {
      return true; // "the deadliest attack in Dravia since 2019": a ranking, no new attack
    }
    boolean perfect = false;
    for (int k = t - 1; k >= Math.max(s.firstToken(), t - 3); k--) {
      String w = view.lower(k);
      perfect |= w.equals("have") || w.equals("has");
    }
    if (!perfect) {
      return false;
    }
    for (int k = t + 1; k < s.endToken() && k <= t + 12; k++) {
      if (view.lower(k).equals("since")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the date at token {@code date}, after the trigger at {@code t}, follows another act
   * closely: "freed 20 soldiers captured during clashes in 2023" was not in 2023. A meeting or a
   * rally is the setting, and its date the act's: "criticized Clinton during a rally Friday".
   */
  private static boolean dateOfAnother(ArticleView view, int t, int date) {
    for (int u = Math.max(t + 1, date - 3); u < date; u++) {
      Trigger other = Triggers.at(view, u);
      if (other != null && !(other.noun() && SETTINGS.contains(other.root()))) {
        return true;
      }
    }
    return false;
  }

  /** Roots of the gatherings an act takes place at: meetings, visits, rallies. */
  private static final Set<String> SETTINGS = Set.of("04", "14");

  /**
   * Whether the trigger is negated or hypothetical. A meeting or a visit that is planned is not: it
   * is an intent to meet ("is expected to visit Tarn", "plans to meet"), unless it is denied.
   */
  private static boolean blocked(ArticleView view, Sentence s, int t, Trigger trigger) {
    if (!Modality.blocked(view, s.firstToken(), t)) {
      return false;
    }
    if (trigger.cameo().equals("1312") && view.lower(t - 1).startsWith("threat")) {
      return Modality.negated(view, s.firstToken(), t); // "threatened sanctions": the threat
    }
    boolean planned = trigger.root().equals("04") && !trigger.noun() && future(view, t);
    return !planned || Modality.negated(view, s.firstToken(), t);
  }

  /**
   * Whether "will" governs the verb ("will meet", "will also visit", "'ll host"), or a verb of
   * planning or a future governs its infinitive ("plans to visit", "is due to meet", "will travel
   * to Kessa to meet"); not a past ("travelled to Kessa to meet").
   */
  private static boolean future(ArticleView view, int t) {
    if (view.lower(t - 1).equals("to")) {
      int sentence = view.sentenceOf(t);
      for (int k = t - 2; k >= Math.max(0, t - 12) && view.sentenceOf(k) == sentence; k--) {
        String w = view.lower(k);
        if (PLANNING.contains(w) || w.equals("will") || w.equals("'ll") || w.equals("’ll")) {
          return true;
        }
        if (w.equals(",") || w.equals(";") || Words.SUBORDINATORS.contains(w)) {
          return false;
        }
      }
      return false;
    }
    for (int k = t - 1; k >= Math.max(0, t - 3); k--) {
      String w = view.lower(k);
      if (w.equals("will") || w.equals("'ll") || w.equals("’ll")) {
        return true;
      }
      if (!w.endsWith("ly") && !w.equals("also") && !w.equals("then") && !w.equals("soon")) {
        return false;
      }
    }
    return false;
  }

  /** Words of planning before an infinitive: "plans to visit", "is expected to meet". */
  private static final Set<String> PLANNING =
      Set.of(
          "plan",
          "plans",
          "planned",
          "planning",
          "expected",
          "due",
          "scheduled",
          "set",
          "hopes",
          "hoped",
          "hope",
          "wants",
          "wanted",
          "intends",
          "intended",
          "agreed",
          "offered",
          "would");

  /**
   * What someone is only accused of is no event of its own: "12 people suspected of kidnapping a
   * teacher", "charged with attacking", "on suspicion of spying". The arrest or charge is the
   * event.
   */
  private static boolean alleged(ArticleView view, int t) {
    if (view.lower(t - 1).equals("allegedly")) {
      return true;
    }
    // "accused of attacking", "accused the Front of staging the attack", "charged with plotting
    // attacks": the preposition within a few words before the act, its allegation before it
    for (int k = t - 1; k >= Math.max(0, t - 6); k--) { // "… of violating the truce by shelling"
      String w = view.lower(k);
      if (Set.of("of", "with", "for").contains(w)) {
        for (int a = k - 1; a >= Math.max(0, k - 5); a--) {
          if (ALLEGING.contains(view.lower(a))
              && !view.lower(a + 1).startsWith("d'")
              && !view.lower(a + 1).startsWith("d’")) {
            return true; // not "the charge d'affaires"
          }
          if (!Character.isLetterOrDigit(view.word(a).isEmpty() ? ' ' : view.word(a).charAt(0))) {
            return false;
          }
        }
        return false;
      }
      if (w.isEmpty()
          || !Character.isLetter(w.charAt(0))
          || view.sentenceOf(k) != view.sentenceOf(t)) {
        return false;
      }
    }
    return false;
  }

  private static final Set<String> ALLEGING =
      Set.of(
          "suspected",
          "accused",
          "charged",
          "charges",
          "charge",
          "accusations",
          "accusation",
          "allegations",
          "allegation",
          "alleged",
          "suspicion",
          "convicted",
          "indicted",
          "arrested",
          "jailed",
          "detained",
          "sentenced",
          "guilty",
          "acquitted");

  /** Puts the actors of an earlier event first, with their spans there. */
  private static void carryOver(EventEvidence earlier, List<EntityRef> who, List<Span> spans) {
    if (earlier == null) {
      return;
    }
    for (int i = earlier.actors().size() - 1; i >= 0; i--) {
      EntityRef actor = earlier.event().actors().get(i);
      if (!who.contains(actor)) {
        who.addFirst(actor);
        spans.addFirst(earlier.actors().get(i));
      }
    }
  }

  /** "The meeting convened in ...": a definite noun trigger that is its sentence's subject. */
  private static boolean opensWithDefinite(ArticleView view, Sentence s, int t) {
    int det = t - 1;
    while (det > s.firstToken()
        && Character.isLowerCase(view.word(det).charAt(0))
        && !Set.of("the", "this", "that").contains(view.lower(det))) {
      boolean verb =
          view.lower(det).endsWith("ed") && Words.DETERMINERS.contains(view.lower(det + 1));
      if (verb || Words.FINITE.contains(view.lower(det))) {
        return false; // "The junta imposed a nightly curfew": the noun is the verb's object
      }
      det--;
    }
    return det == s.firstToken() && Set.of("the", "this", "that").contains(view.lower(det));
  }

  /** Events need someone acting, except violence and protest, which a count can stand for. */
  /**
   * What makes two events of one sentence different: their CAMEO root, actors, place and count.
   * "Gunmen killed 12 soldiers in Kessel and four police officers in Varna" holds two; "met and
   * talked" one.
   */
  private static String key(Event e) {
    return (e.cameo().startsWith("18") ? e.cameo() : e.cameo().substring(0, 2))
        + '|'
        + e.actors().stream().map(EntityRef::id).toList()
        + '|'
        + (e.place() == null ? "" : e.place().id())
        + '|'
        + (e.count() == null ? "" : e.count().value());
  }

  /**
   * Whether a participle right after a noun of the same root names who did what the noun names,
   * where the noun names no one: "talks mediated by the Red Cross" are the Red Cross's mediation.
   */
  private static boolean agentOfNoun(Event participle, Event noun) {
    boolean attached =
        participle.trigger().start() - noun.trigger().end() <= 1
            && participle.trigger().start() > noun.trigger().end();
    return attached && participle.sourced() && !noun.sourced();
  }

  /**
   * Whether an event of the sentence already says all of this one: "met Fidan in Ankara to discuss
   * a ceasefire" is one consultation, the meeting's, not a second one with fewer actors.
   */
  /**
   * The index of the event of the same sentence that {@code e} restates ("imposed sanctions on 14
   * officials": the verb and the noun), or -1.
   */
  private static int restated(Event e, List<EventEvidence> before, Sentence s) {
    for (int i = before.size() - 1; i >= 0; i--) {
      Event b = before.get(i).event();
      if (!s.span().contains(b.evidence())) {
        return -1;
      }
      boolean sameRoot = // "killing 11 officers and taking three hostage": two acts of root 18
          e.cameo().startsWith("18")
              ? b.cameo().equals(e.cameo())
              : b.cameo().substring(0, 2).equals(e.cameo().substring(0, 2));
      boolean placed = e.place() == null || e.place().equals(b.place());
      boolean adjacent = Math.abs(e.trigger().start() - b.trigger().end()) <= 12;
      boolean counted = // "imposed sanctions on 14 officials": the noun right after gives the count
          e.count() == null || b.count() == null && adjacent || e.count().equals(b.count());
      boolean sameSource = // "X vowed …, and Y is promising …": Y's own, though X's names Y
          e.actors().isEmpty()
              || !b.actors().isEmpty() && b.actors().getFirst().equals(e.actors().getFirst());
      boolean attached = // "an indictment charging two officials": the noun's act, restated
          e.trigger().start() - b.trigger().end() <= 1 && e.trigger().start() > b.trigger().end();
      if (sameRoot && attached) {
        return i;
      }
      if (sameRoot && placed && counted && sameSource && b.actors().containsAll(e.actors())) {
        return i;
      }
    }
    return -1;
  }

  /**
   * The index of an event of the same sentence that {@code e} says more of: "Kovac will travel to
   * Kessa to meet Vask" is one intent to meet, the meeting's with its target, not the travel's
   * without one; or -1.
   */
  private static int fuller(Event e, List<EventEvidence> before, Sentence s) {
    for (int i = before.size() - 1; i >= 0; i--) {
      Event b = before.get(i).event();
      if (!s.span().contains(b.evidence())) {
        return -1;
      }
      boolean same =
          b.cameo().equals(e.cameo())
              && !b.actors().isEmpty()
              && e.actors().containsAll(b.actors())
              && b.actors().getFirst().equals(e.actors().getFirst())
              && (b.place() == null || b.place().equals(e.place()))
              && (b.count() == null || e.count() == null);
      if (same) {
        return i;
      }
    }
    return -1;
  }

  /** The event with the count its restatement gives, when it had none. */
  private static EventEvidence counted(EventEvidence e, Count count) {
    Event b = e.event();
    if (b.count() != null || count == null) {
      return e;
    }
    Event more =
        new Event(
            b.cameo(),
            b.label(),
            b.actors(),
            b.sourced(),
            b.place(),
            b.date(),
            count,
            b.trigger(),
            b.evidence());
    return new EventEvidence(more, e.actors(), e.place(), e.date());
  }

  private static boolean worthReporting(Event e) {
    String root = e.cameo().substring(0, 2);
    boolean actorless =
        root.equals("14")
            || root.equals("17")
                && (e.count() != null
                    || e.cameo().equals("175")
                    || e.cameo().equals("1723") // "a curfew in Tarn": where, whoever imposed it
                    || e.cameo().equals("1724"))
            || root.equals("07") && e.count() != null // "300 foreign nationals were evacuated"
            || root.compareTo("18") >= 0;
    return !e.actors().isEmpty() || (actorless && (e.count() != null || e.place() != null));
  }

  private static EventEvidence previous(List<EventEvidence> before, Trigger trigger) {
    for (int i = before.size() - 1; i >= 0; i--) {
      Event e = before.get(i).event();
      if (e.cameo().startsWith(trigger.root()) && !e.actors().isEmpty()) {
        return before.get(i);
      }
    }
    return null;
  }

  /** The count nearest after the trigger, else nearest before it ("12 people were killed"). */
  private static Count count(ArticleView view, Sentence s, int t) {
    List<Count> counts = Counts.find(view, s.firstToken(), s.endToken());
    int start = view.tokens.get(t).start();
    boolean passive = Set.of("was", "were", "been").contains(view.lower(t - 1));
    Count best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (Count c : counts) {
      int from = view.tokenAt(c.span().start());
      int to = view.tokenAt(c.span().end() - 1);
      boolean after = c.span().start() >= start;
      int number = from;
      while (number < to && !Counts.isNumber(view, number)) {
        number++; // "at least six people": the number, in words or figures
      }
      if (number + 1 != t && Triggers.at(view, number + 1) != null) {
        continue; // "14 were killed and 40 wounded": the 40 are the wounding's
      }
      if (view.lower(from - 1).equals("to") && view.lower(from - 2).equals("according")) {
        continue; // "…, according to two officials": the count of the sources
      }
      int governor = Words.DETERMINERS.contains(view.lower(from - 1)) ? from - 2 : from - 1;
      if (!after && governor >= s.firstToken() && Triggers.at(view, governor) != null) {
        continue; // "freed 20 soldiers captured during clashes": the 20 are the freeing's
      }
      if (passive && after && best != null) {
        continue; // "14 civilians were killed and …": the subject counts the killed
      }
      int d = after ? from - t : (t - to) + 1;
      if (d <= COUNT_WINDOW + 1 && d < bestDistance) {
        best = c;
        bestDistance = d;
      }
    }
    Count bare = bareCasualties(view, s, t);
    if (bare == null && passive) {
      bare = bareSubject(view, s, t);
    }
    return bare != null ? bare : best;
  }

  /**
   * A number with no noun as a passive verb's subject: "12 people were injured and 37 were
   * arrested" counts 37 arrested. What is counted is the participle.
   */
  private static Count bareSubject(ArticleView view, Sentence s, int t) {
    int k = t - 2;
    if (k < s.firstToken()) {
      return null;
    }
    String number = view.word(k);
    boolean digits = whole(number);
    boolean participle = view.lower(t).endsWith("ed") || Lemmas.irregular(view.word(t));
    if (!digits
        || number.length() > 12
        || !participle
        || YEAR_PREPOSITIONS.contains(view.lower(k - 1))) {
      return null; // not "Veterans in 2014 were killing"
    }
    return new Count(Long.parseLong(number.replace(",", "")), view.lower(t), view.span(k, k + 1));
  }

  /**
   * A number right after a verb of casualties, with no noun: "killing at least 30 people and
   * wounding more than 50" counts 50 wounded. What is counted is the verb's participle.
   */
  private static Count bareCasualties(ArticleView view, Sentence s, int t) {
    String verb = view.lower(t);
    String counted = CASUALTIES.get(verb);
    if (counted == null) {
      return null;
    }
    int k = t + 1;
    while (k < s.endToken() && k <= t + 3 && QUALIFIERS.contains(view.lower(k))) {
      k++; // "at least", "more than", "nearly"
    }
    String number = view.word(k);
    String next = view.lower(k + 1);
    boolean bare = whole(number) && AFTER_BARE_NUMBER.contains(next);
    if (!bare) {
      return null;
    }
    long value = Long.parseLong(number.replace(",", ""));
    return new Count(value, counted, view.span(k, k + 1));
  }

  private static final Set<String> YEAR_PREPOSITIONS = Set.of("in", "since", "by", "of", "until");

  /** What follows a bare number of casualties: "wounding more than 50, …", "kills 9 at". */
  private static final Set<String> AFTER_BARE_NUMBER =
      Set.of(",", ".", "and", "in", "at", "on", "near");

  /** Whether a token is a whole number in digits, with thousands commas: "37", "1,200". */
  private static boolean whole(String token) {
    return token.matches("\\d{1,3}(,\\d{3})+|\\d{1,12}");
  }

  private static final java.util.Map<String, String> CASUALTIES =
      java.util.Map.of(
          "kills",
          "killed",
          "killing",
          "killed",
          "wounding",
          "wounded",
          "injuring",
          "injured",
          "killed",
          "killed",
          "wounded",
          "wounded",
          "injured",
          "injured");

  private static final Set<String> QUALIFIERS =
      Set.of("at", "least", "more", "than", "nearly", "about", "around", "some", "over", "almost");
}
