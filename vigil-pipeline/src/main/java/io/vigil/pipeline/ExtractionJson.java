package io.vigil.pipeline;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.vigil.model.Article;
import io.vigil.model.Count;
import io.vigil.model.Entity;
import io.vigil.model.EntityRef;
import io.vigil.model.Event;
import io.vigil.model.Extraction;
import io.vigil.model.Heading;
import io.vigil.model.Place;
import io.vigil.model.Quote;
import io.vigil.model.Removed;
import io.vigil.model.ResolvedMention;
import io.vigil.model.Signal;
import io.vigil.model.Span;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

/**
 * The JSON form of an extraction, one object per article: the {@code extract --json} contract that
 * outside checks read (see {@code ../shared/seeds/README.md}). Field names live here and only here.
 * Thread-safe.
 */
public final class ExtractionJson {

  private static final JsonFactory FACTORY = new JsonFactory();

  private ExtractionJson() {}

  /** One line of JSON, without the line break. */
  public static String toLine(Extraction x) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      write(g, x);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private static void write(JsonGenerator g, Extraction x) throws IOException {
    Article a = x.article();
    g.writeStartObject();
    g.writeStringField("id", a.id());
    g.writeStringField("source", a.location());
    g.writeStringField("kind", a.kind().name().toLowerCase(Locale.ROOT));
    g.writeStringField("url", a.url());
    g.writeStringField("title", a.title());
    strings(g, "byline", a.byline());
    g.writeStringField("published", a.published() == null ? null : a.published().toString());
    g.writeStringField("originalSource", a.originalSource());
    g.writeStringField("siteName", a.siteName());
    g.writeStringField("language", a.language());
    g.writeStringField("text", a.text());
    g.writeArrayFieldStart("headings");
    for (Heading h : a.headings()) {
      g.writeStartObject();
      g.writeStringField("text", h.text());
      span(g, h.span());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("removed");
    for (Removed r : a.removed()) {
      g.writeStartObject();
      g.writeStringField("reason", name(r.reason()));
      g.writeStringField("why", r.reason().description());
      g.writeStringField("text", r.text());
      g.writeNumberField("sourceStart", r.sourceStart());
      g.writeNumberField("sourceEnd", r.sourceEnd());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("signals");
    for (Signal s : a.signals()) {
      g.writeStartObject();
      g.writeStringField("kind", name(s.kind()));
      g.writeStringField("detail", s.detail());
      if (s.span() != null) {
        span(g, s.span());
      }
      g.writeEndObject();
    }
    g.writeEndArray();
    entities(g, x);
    quotes(g, x.quotes(), a.text());
    events(g, x.events());
    g.writeEndObject();
  }

  private static void entities(JsonGenerator g, Extraction x) throws IOException {
    g.writeArrayFieldStart("entities");
    for (Entity e : x.entities()) {
      g.writeStartObject();
      g.writeStringField("id", e.id());
      g.writeStringField("name", e.name());
      g.writeStringField("type", e.type().name());
      if (e.wikidata() != null) {
        g.writeStringField("wikidata", e.wikidata());
      }
      strings(g, "aliases", e.aliases());
      place(g, x.places().get(e.id()));
      g.writeArrayFieldStart("mentions");
      for (ResolvedMention m : x.mentionsOf(e.id())) {
        g.writeStartObject();
        g.writeStringField("text", m.mention().text());
        span(g, m.mention().span());
        g.writeStringField("rule", m.mention().rule());
        g.writeStringField("how", m.how());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  /** {@code "place": {"country", "countryCode", "lat", "lon", "source"}}, null when unknown. */
  private static void place(JsonGenerator g, Place p) throws IOException {
    if (p == null) {
      g.writeNullField("place");
      return;
    }
    g.writeObjectFieldStart("place");
    g.writeStringField("country", p.countryId());
    g.writeStringField("countryCode", p.countryCode());
    if (p.hasCoordinates()) {
      g.writeNumberField("lat", p.lat());
      g.writeNumberField("lon", p.lon());
    } else {
      g.writeNullField("lat");
      g.writeNullField("lon");
    }
    g.writeStringField("source", p.source());
    g.writeEndObject();
  }

  /**
   * Quotes with their speaker. A speaker that is no entity ("a senior diplomat", "Supporters of the
   * plan") is written with a null id and the article's words as its name; {@code speakerText} and
   * {@code cueText} give the words at {@code speakerSpan} and {@code cue}.
   */
  private static void quotes(JsonGenerator g, List<Quote> quotes, String text) throws IOException {
    g.writeArrayFieldStart("quotes");
    for (Quote q : quotes) {
      g.writeStartObject();
      g.writeStringField("text", q.text());
      span(g, q.span());
      g.writeBooleanField("direct", q.direct());
      if (q.speaker() == null && q.speakerSpan() != null) {
        g.writeObjectFieldStart("speaker");
        g.writeNullField("id");
        g.writeStringField("name", q.speakerSpan().of(text));
        g.writeEndObject();
      } else {
        ref(g, "speaker", q.speaker());
      }
      optionalSpan(g, "speakerSpan", q.speakerSpan());
      if (q.speakerSpan() != null) {
        g.writeStringField("speakerText", q.speakerSpan().of(text));
      }
      optionalSpan(g, "cue", q.cue());
      if (q.cue() != null) {
        g.writeStringField("cueText", q.cue().of(text));
      }
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static void events(JsonGenerator g, List<Event> events) throws IOException {
    g.writeArrayFieldStart("events");
    for (Event e : events) {
      g.writeStartObject();
      g.writeStringField("cameo", e.cameo());
      g.writeStringField("label", e.label());
      refs(g, "actors", e.actors());
      ref(g, "source", e.source());
      refs(g, "targets", e.targets());
      ref(g, "place", e.place());
      g.writeStringField("date", e.date());
      Count c = e.count();
      if (c == null) {
        g.writeNullField("count");
      } else {
        g.writeNumberField("count", c.value());
        g.writeStringField("counted", c.what());
        optionalSpan(g, "countSpan", c.span());
      }
      optionalSpan(g, "trigger", e.trigger());
      optionalSpan(g, "evidence", e.evidence());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static void refs(JsonGenerator g, String field, List<EntityRef> refs) throws IOException {
    g.writeArrayFieldStart(field);
    for (EntityRef r : refs) {
      g.writeStartObject();
      g.writeStringField("id", r.id());
      g.writeStringField("name", r.name());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static void ref(JsonGenerator g, String field, EntityRef r) throws IOException {
    if (r == null) {
      g.writeNullField(field);
      return;
    }
    g.writeObjectFieldStart(field);
    g.writeStringField("id", r.id());
    g.writeStringField("name", r.name());
    g.writeEndObject();
  }

  private static void span(JsonGenerator g, Span s) throws IOException {
    g.writeNumberField("start", s.start());
    g.writeNumberField("end", s.end());
  }

  private static void optionalSpan(JsonGenerator g, String field, Span s) throws IOException {
    if (s == null) {
      g.writeNullField(field);
      return;
    }
    g.writeObjectFieldStart(field);
    span(g, s);
    g.writeEndObject();
  }

  private static void strings(JsonGenerator g, String field, List<String> values)
      throws IOException {
    g.writeArrayFieldStart(field);
    for (String v : values) {
      g.writeString(v);
    }
    g.writeEndArray();
  }

  private static String name(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
