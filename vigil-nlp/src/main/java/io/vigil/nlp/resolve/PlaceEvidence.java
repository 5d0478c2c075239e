package io.vigil.nlp.resolve;

import io.vigil.model.EntityType;
import io.vigil.nlp.resolve.WorkingSet.Item;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A one-word name the recogniser took for a person or an organisation that the article uses as a
 * country or a region: "Kessel's foreign minister", "the government of Kessel", "the envoy for
 * Kessel", the dateline "MARSA, Kessel, April 9", or the same name tagged a place elsewhere in the
 * article ("The ministry in Valora"). Only names no knowledge source knows are retyped, and none
 * that anything marks as a person: a title before it ("Mr. Kessel") or a person named in full with
 * it as surname ("Anna Kessel").
 */
final class PlaceEvidence {

  /** What only a state or a region has, after its possessive: "Kessel's prime minister". */
  private static final Pattern STATE_AFTER =
      Pattern.compile(
          "(?i)^['’]s\\s+(?:(?:new|former|interim|acting|current|elected|military-led|military"
              + "|civilian|transitional)\\s+)?(?:prime minister|government|army|armed forces"
              + "|military|foreign minister|foreign ministry|defen[cs]e minister"
              + "|defen[cs]e ministry|interior minister|interior ministry|capital|parliament"
              + "|borders?|navy|air force|security forces|constitution|currency|ambassador"
              + "|embassy|junta|regime|northern|southern|eastern|western|north|south|east"
              + "|west)\\b");

  /** A person has no president; a state does: "Kessel's president", read for PERSON only. */
  private static final Pattern PRESIDENT_AFTER =
      Pattern.compile("(?i)^['’]s\\s+(?:(?:new|former|interim|acting)\\s+)?president\\b");

  /** What governs a state's or a region's name: "the government of", "the envoy for". */
  private static final Pattern STATE_BEFORE =
      Pattern.compile(
          "(?i)\\b(?:(?:government|prime minister|capital|people|parliament|army|republic"
              + "|kingdom|province|region|embassy|ambassador|borders?|north|south|east|west"
              + "|northeast|northwest|southeast|southwest|northern|southern|eastern|western"
              + "|village|town|city|port|district|county|municipality|governorate)"
              + " of|(?:envoy|ambassador|embassy) (?:for|to|in)|border with|invasion of"
              + "|capital,?)" // "the Dravian capital, Tarn"
              + " (?:the )?$");

  /** A place noun after the name: "the Al-Nour district", "the Zamzam camp". */
  private static final Pattern PLACE_NOUN_AFTER =
      Pattern.compile(
          "^\\s+(?:district|neighbou?rhood|quarter|province|governorate|region|camp|square"
              + "|county|valley|suburb|refugee camp|border crossing|crossing)\\b");

  /**
   * A feature of the land or the sea named by its kind: "the Strait of Varos", "Gulf of Aden", "the
   * Red Sea", "Lake Chad", "the Tarsa River", "the Varnian Mountains".
   */
  private static final Pattern FEATURE =
      Pattern.compile(
          "(?:(?:the|The) )?(?:(?:Strait|Straits|Gulf|Bay|Sea|Isle|Cape|Lake|Mount|Mouth) of"
              + " (?:the )?\\p{Lu}[\\p{L}'’-]*(?: \\p{Lu}[\\p{L}'’-]*)?"
              + "|(?:Lake|Mount|Cape) \\p{Lu}[\\p{L}'’-]*"
              + "|(?:\\p{Lu}[\\p{L}'’-]* ){1,2}(?:River|Sea|Ocean|Strait|Straits|Gulf|Bay|Lake"
              + "|Mountains|Hills|Desert|Valley|Peninsula|Island|Islands|Canal|Plateau|Basin"
              + "|Delta|Coast))");

  /** A dash right after a name in capitals: a section's or a paper's name as much as a city. */
  private static final Pattern BARE_DASH = Pattern.compile("\\s*[-—–―]\\s");

  /** A dateline's city opening a line in capitals: "TARN, Dravia", "MARSA (Reuters) —". */
  private static final Pattern DATELINE_CITY =
      Pattern.compile("^(?:,\\s+\\p{Lu}|\\s*\\([^()\\n]{1,40}\\)\\s*[-—–―]|\\s*[-—–―]\\s)");

  /** A preposition of place right before the name: "In Dravia, …", "into Kessel". */
  private static final Pattern PLACE_PREPOSITION =
      Pattern.compile(
          "(?i)\\b(?:in|into|inside|throughout|across)\\s+(?:(?:northern|southern|eastern"
              + "|western|central|north|south|east|west|rural|coastal)\\s+)?$");

  /** A dateline's city before the name: "MARSA, " at the start of a line. */
  private static final Pattern DATELINE_BEFORE =
      Pattern.compile("(?:^|\\n)\\p{Lu}[\\p{Lu} .'’-]+, $");

  /** A dateline's date or agency after the name: ", April 9", " (Reuters)". */
  private static final Pattern DATELINE_AFTER =
      Pattern.compile(
          "^(?:, (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.? \\d| \\(|\\s+[-—–])");

  /** Titles that mark a person: "Mr. Kessel", "General Kessel". */
  private static final Pattern PERSON_BEFORE =
      Pattern.compile(
          "\\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gen|Gov|Col|Lt|Sgt|Prof|President|Minister|General"
              + "|Senator|Governor|Judge|Mayor|Chancellor)\\.?\\s+$");

  /** Names whose adjective is no people's, whatever the recogniser tags them: "Christian". */
  private static final java.util.Set<String> NOT_PEOPLES = java.util.Set.of("Christ", "Jesus");

  private static final String ADJECTIVE = "demonym of ";

  private PlaceEvidence() {}

  /** Whether a mention is a people's adjective this class linked to its place. */
  static boolean adjective(Item item) {
    return item.how != null && item.how.startsWith(ADJECTIVE);
  }

  static void resolve(WorkingSet set) {
    Map<String, List<Item>> bySurface = new LinkedHashMap<>();
    for (Item item : set.items) {
      String surface = set.textOf(item);
      if (item.kb == null && surface.indexOf(' ') < 0) {
        bySurface.computeIfAbsent(surface, k -> new ArrayList<>()).add(item);
      }
    }
    for (Map.Entry<String, List<Item>> e : bySurface.entrySet()) {
      List<Item> items = e.getValue();
      boolean retypable =
          items.stream()
              .anyMatch(i -> i.type == EntityType.PERSON || i.type == EntityType.ORGANIZATION);
      if (retypable && !person(set, e.getKey(), items) && place(set, items)) {
        for (Item i : items) {
          i.type = EntityType.LOCATION;
          i.how = "typed LOCATION: the article uses the name as a place";
        }
      }
    }
    for (Item i : set.items) {
      if (i.kb != null || i.type == EntityType.LOCATION) {
        continue;
      }
      String surface = set.textOf(i);
      String before = set.text.substring(Math.max(0, i.span.start() - 40), i.span.start());
      String after =
          set.text.substring(i.span.end(), Math.min(set.text.length(), i.span.end() + 40));
      boolean named = // "Michael Bay" is a person
          i.type == EntityType.PERSON
              && (io.vigil.nlp.kb.GivenNames.given(surface, true)
                  || io.vigil.nlp.kb.GivenNames.given(surface, false));
      if (FEATURE.matcher(surface).matches() && !named) {
        i.type = EntityType.LOCATION;
        i.how = "typed LOCATION: a sea, strait, river or other feature of the land";
      } else if (surface.indexOf(' ') > 0
          && datelineCity(set, i, before, after)
          && !BARE_DASH.matcher(after).lookingAt()) { // not a paper's name: "LA PRESSE - …"

        i.type = EntityType.LOCATION; // "PORTO LEMO, March 4 (Reuters) -"
        i.how = "typed LOCATION: a dateline's city";
      }
    }
    for (Map.Entry<String, List<Item>> e : bySurface.entrySet()) {
      Item place = e.getValue().getFirst();
      if (place.type != EntityType.LOCATION) {
        continue;
      }
      List<Item> adjective = bySurface.get(demonym(set.text, e.getKey()));
      for (Item i : adjective == null ? List.<Item>of() : adjective) {
        // "her Kesseli counterpart", "Dravian forces": the people's word, the place's mention
        if (!NOT_PEOPLES.contains(e.getKey())
            && (i.type != EntityType.PERSON || !person(set, set.textOf(i), List.of(i)))) {
          i.type = EntityType.MISC; // the word is an adjective; its entity is the place
          set.link(i, place, ADJECTIVE + e.getKey() + ", as the article uses it");
        }
      }
    }
  }

  private static boolean place(WorkingSet set, List<Item> items) {
    // a name also tagged an organisation may be a club or a firm named after a town ("Leeds")
    boolean organisation = items.stream().anyMatch(i -> i.type == EntityType.ORGANIZATION);
    long places = items.stream().filter(i -> i.type == EntityType.LOCATION).count();
    if (places * 2 > items.size()) {
      return true; // mostly a place: "the ministry in Valora", "from Valora", "Valora said"
    }
    if (demonym(set.text, set.textOf(items.getFirst())) != null) {
      return true; // "Dravia" beside "Dravian troops", "Kessel" beside "her Kesseli counterpart"
    }
    for (Item i : items) {
      String before = set.text.substring(Math.max(0, i.span.start() - 40), i.span.start());
      String after =
          set.text.substring(i.span.end(), Math.min(set.text.length(), i.span.end() + 40));
      if (STATE_AFTER.matcher(after).find()
          || i.type == EntityType.PERSON && PRESIDENT_AFTER.matcher(after).find()
          || STATE_BEFORE.matcher(before).find()
          || DATELINE_BEFORE.matcher(before).find() && DATELINE_AFTER.matcher(after).find()
          || the(before) && PLACE_NOUN_AFTER.matcher(after).find()
          || PLACE_PREPOSITION.matcher(before).find()
              && !organisation
              && !after.startsWith("'s")
              && !after.startsWith("’s") // "In Dravia, …", not "in Martha's Vineyard"
          || datelineCity(set, i, before, after)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the text holds the adjective of a people made from the name: Dravia, Dravian; Kessel,
   * Kesseli; Marsa, Marsan; Tarnia, Tarnian; Valor, Valorese. Names of people make such words too
   * ("Trumpian"), so the caller has ruled out a person first.
   */
  static String demonym(String text, String name) {
    if (name.length() < 4) {
      return null;
    }
    String stem = name.replaceAll("[aeiy]$", "");
    String forms =
        Pattern.quote(name)
            + "(?:n|an|ian|i|ese|ish)"
            + (stem.equals(name) ? "" : "|" + Pattern.quote(stem) + "(?:an|ian|ese|i)");
    java.util.regex.Matcher m = Pattern.compile("\\b(" + forms + ")s?\\b").matcher(text);
    while (m.find()) {
      if (!m.group(1).equals(name)) {
        return m.group(1);
      }
    }
    return null;
  }

  private static boolean the(String before) {
    return before.endsWith("the ") || before.endsWith("The ");
  }

  /** A name in capitals that opens a line before a dateline's country, agency or dash. */
  private static boolean datelineCity(WorkingSet set, Item i, String before, String after) {
    String name = set.textOf(i);
    boolean opensLine = before.isEmpty() || before.endsWith("\n");
    return opensLine
        && name.length() > 2
        && name.equals(name.toUpperCase(java.util.Locale.ROOT))
        && DATELINE_CITY.matcher(after).find();
  }

  private static boolean person(WorkingSet set, String surface, List<Item> items) {
    for (Item i : items) {
      String before = set.text.substring(Math.max(0, i.span.start() - 16), i.span.start());
      if (PERSON_BEFORE.matcher(before).find()) {
        return true;
      }
    }
    for (Item other : set.items) {
      String name = set.textOf(other);
      if (other.type == EntityType.PERSON && name.endsWith(" " + surface)) {
        return true; // "Anna Kessel" makes "Kessel" her surname
      }
    }
    return false;
  }
}
