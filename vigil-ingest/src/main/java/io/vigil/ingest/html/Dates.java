package io.vigil.ingest.html;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Reads the date formats news pages put in their markup: ISO 8601 with or without an offset ({@code
 * 2024-03-05T10:15:00Z}, {@code 2024-03-05T10:15:00+0100}, {@code 2024-03-05 10:15}), a bare date,
 * and RFC 1123. A time without an offset is taken as UTC. Anything else is unknown.
 */
final class Dates {

  private static final DateTimeFormatter OFFSET_NO_COLON =
      new DateTimeFormatterBuilder()
          .append(DateTimeFormatter.ISO_LOCAL_DATE)
          .appendLiteral('T')
          .append(DateTimeFormatter.ISO_LOCAL_TIME)
          .appendPattern("xx")
          .toFormatter(Locale.ROOT);

  private static final List<Function<String, Instant>> PARSERS =
      List.of(
          s -> OffsetDateTime.parse(s).toInstant(),
          s -> ZonedDateTime.parse(s).toInstant(),
          s -> OffsetDateTime.parse(s, OFFSET_NO_COLON).toInstant(),
          s -> LocalDateTime.parse(s).toInstant(ZoneOffset.UTC),
          s -> LocalDate.parse(s).atStartOfDay().toInstant(ZoneOffset.UTC),
          s -> ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());

  private Dates() {}

  /** The instant {@code text} names, or null when it is blank or in no known format. */
  static Instant parse(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String s = text.strip();
    if (s.length() > 10 && s.charAt(10) == ' ' && Character.isDigit(s.charAt(0))) {
      s = s.substring(0, 10) + 'T' + s.substring(11).replace(" ", "");
    }
    for (Function<String, Instant> parser : PARSERS) {
      try {
        return parser.apply(s);
      } catch (DateTimeParseException e) {
        // try the next format
      }
    }
    return null;
  }
}
