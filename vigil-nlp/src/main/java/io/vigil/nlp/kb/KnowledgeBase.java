package io.vigil.nlp.kb;

import io.vigil.model.EntityType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Canonical entities and every name they go by. Immutable and thread-safe once built.
 *
 * <p>The bundled base is Vigil's curated table plus every ISO country with its name in several
 * languages from the JDK's locale data; analysts add their own entities with {@link #with}.
 */
public final class KnowledgeBase {

  /** Languages whose country names the JDK supplies as aliases. */
  private static final List<Locale> COUNTRY_NAME_LANGUAGES =
      List.of(
          Locale.ENGLISH,
          Locale.FRENCH,
          Locale.GERMAN,
          Locale.of("es"),
          Locale.of("tr"),
          Locale.of("ar"),
          Locale.of("ru"),
          Locale.CHINESE);

  private final Map<String, KbEntity> byId;
  private final Map<String, List<Name>> byKey;

  /** A name of an entity, and whether it is an alias, an ambiguous alias or a demonym. */
  public record Name(String text, KbEntity entity, Kind kind) {
    /** How a name refers to its entity. */
    public enum Kind {
      NAME,
      CONTEXT_ONLY,
      DEMONYM
    }
  }

  private KnowledgeBase(Collection<KbEntity> entities) {
    this.byId = new LinkedHashMap<>();
    for (KbEntity e : entities) {
      byId.put(e.id(), e);
    }
    this.byKey = new HashMap<>();
    for (KbEntity e : byId.values()) {
      index(e.name(), e, Name.Kind.NAME);
      e.aliases().forEach(a -> index(a, e, Name.Kind.NAME));
      e.contextAliases().forEach(a -> index(a, e, Name.Kind.CONTEXT_ONLY));
      e.demonyms().forEach(a -> index(a, e, Name.Kind.DEMONYM));
    }
  }

  private void index(String text, KbEntity e, Name.Kind kind) {
    byKey.computeIfAbsent(Names.key(text), k -> new ArrayList<>()).add(new Name(text, e, kind));
  }

  /** The bundled knowledge base (loaded once; cheap to call). */
  public static KnowledgeBase bundled() {
    return Bundled.INSTANCE;
  }

  private static final class Bundled {
    static final KnowledgeBase INSTANCE = load();

    private static KnowledgeBase load() {
      try (InputStream in = KnowledgeBase.class.getResourceAsStream("entities.tsv")) {
        if (in == null) {
          throw new IllegalStateException("entities.tsv is missing from the vigil-nlp jar");
        }
        String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        List<KbEntity> curated = KbFile.parse(text.lines().toList(), "entities.tsv");
        return new KnowledgeBase(withCountries(curated));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** A base with {@code lines} (the analyst's file, same format) added; its entries win. */
  public KnowledgeBase with(List<String> lines, String source) {
    Map<String, KbEntity> all = new LinkedHashMap<>(byId);
    for (KbEntity e : KbFile.parse(lines, source)) {
      all.put(e.id(), e);
    }
    return new KnowledgeBase(all.values());
  }

  public Optional<KbEntity> byId(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /** Every name whose key (case, accents and quote style folded) equals that of {@code text}. */
  public List<Name> lookup(String text) {
    return byKey.getOrDefault(Names.key(text), List.of());
  }

  /** Every name of every entity, entities in file order (the first is the default reading). */
  public List<Name> names() {
    List<Name> names = new ArrayList<>();
    for (KbEntity e : byId.values()) {
      names.add(new Name(e.name(), e, Name.Kind.NAME));
      e.aliases().forEach(a -> names.add(new Name(a, e, Name.Kind.NAME)));
      e.contextAliases().forEach(a -> names.add(new Name(a, e, Name.Kind.CONTEXT_ONLY)));
      e.demonyms().forEach(a -> names.add(new Name(a, e, Name.Kind.DEMONYM)));
    }
    return names;
  }

  /** The people who held a role whose title contains {@code title} on {@code date}. */
  public List<KbEntity> holders(String title, java.time.LocalDate date) {
    String key = Names.key(title);
    return byId.values().stream()
        .filter(
            e ->
                e.facts().roles().stream()
                    .anyMatch(r -> Names.key(r.title()).contains(key) && r.heldOn(date)))
        .toList();
  }

  /** Every entity, in file order. */
  public java.util.Collection<KbEntity> entities() {
    return java.util.Collections.unmodifiableCollection(byId.values());
  }

  public int size() {
    return byId.size();
  }

  /** "Myanmar (Burma)" is Myanmar, "Hong Kong SAR China" is Hong Kong: the JDK's display names. */
  static String plainName(String jdkName) {
    return jdkName.replace(" SAR China", "").replaceAll("\\s*\\([^)]*\\)$", "").strip();
  }

  /** Adds every ISO country the curated table lacks, and the JDK's names as aliases. */
  private static List<KbEntity> withCountries(List<KbEntity> curated) {
    Map<String, KbEntity> byKey = new HashMap<>();
    for (KbEntity e : curated) {
      if (e.facts().iso() != null) {
        byKey.put("iso:" + e.facts().iso(), e);
      }
      byKey.putIfAbsent(
          Names.key(e.name()), e); // the first entity of a name is its default reading
      e.aliases().forEach(a -> byKey.putIfAbsent(Names.key(a), e));
    }
    Map<String, KbEntity> result = new LinkedHashMap<>();
    curated.forEach(e -> result.put(e.id(), e));
    for (String code : Locale.getISOCountries()) {
      Locale country = Locale.of("", code);
      String english = plainName(country.getDisplayCountry(Locale.ENGLISH));
      if (english.isBlank() || english.equals(code)) {
        continue;
      }
      KbEntity known = byKey.getOrDefault("iso:" + code, byKey.get(Names.key(english)));
      KbEntity base =
          known != null
              ? result.get(known.id())
              : new KbEntity(
                  "loc:" + Names.slug(english),
                  EntityType.LOCATION,
                  english,
                  List.of(),
                  java.util.Set.of(),
                  List.of(),
                  Facts.NONE);
      List<String> aliases = new ArrayList<>(base.aliases());
      for (Locale language : COUNTRY_NAME_LANGUAGES) {
        String name = country.getDisplayCountry(language);
        KbEntity other = byKey.get(Names.key(name));
        boolean usable = !name.contains("(") && !name.contains(" - ") && !name.equals(code);
        if (usable
            && (other == null || other.id().equals(base.id()))
            && !name.equals(base.name())
            && !aliases.contains(name)) {
          aliases.add(name);
          byKey.put(Names.key(name), base);
        }
      }
      Facts facts = base.facts().iso() == null ? base.facts().withIso(code) : base.facts();
      result.put(
          base.id(),
          new KbEntity(
              base.id(),
              base.type(),
              base.name(),
              aliases,
              base.contextAliases(),
              base.demonyms(),
              facts));
    }
    return List.copyOf(result.values());
  }
}
