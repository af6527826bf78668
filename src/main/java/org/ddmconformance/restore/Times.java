package org.ddmconformance.restore;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.OptionalLong;
import tools.jackson.databind.JsonNode;

/**
 * Timestamps of the related APIs, read leniently: the documented {@code 2025-05-20T09:40:40+0000}, ISO-8601
 * variants ({@code Z}, {@code +00:00}, fractions of a second), or epoch milliseconds as a number or a string.
 */
public final class Times {

    /** The documented format, as the mock writes it. */
    public static final DateTimeFormatter DOCUMENTED = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssZ");
    private static final DateTimeFormatter LENIENT = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
            .optionalStart().appendOffset("+HH:MM", "Z").optionalEnd()
            .optionalStart().appendOffset("+HHMM", "Z").optionalEnd()
            .optionalStart().appendOffset("+HH", "Z").optionalEnd()
            .toFormatter();

    private Times() {
    }

    public static OptionalLong parse(JsonNode node) {
        if (node == null || node.isMissingNode() || node.isNull()) {
            return OptionalLong.empty();
        }
        if (node.isIntegralNumber() && node.canConvertToLong()) {
            return OptionalLong.of(node.asLong(0));
        }
        return node.isString() ? parse(node.stringValue()) : OptionalLong.empty();
    }

    public static OptionalLong parse(String text) {
        if (text == null || text.isBlank()) {
            return OptionalLong.empty();
        }
        String value = text.trim();
        if (value.matches("\\d{10,}")) {
            return OptionalLong.of(Long.parseLong(value));
        }
        try {
            return OptionalLong.of(OffsetDateTime.parse(value, LENIENT).toInstant().toEpochMilli());
        } catch (DateTimeParseException notWithOffset) {
            try {
                // no offset at all: UTC, as the documentation says of its timestamps
                return OptionalLong.of(LocalDateTime.parse(value, DateTimeFormatter.ISO_LOCAL_DATE_TIME)
                        .toInstant(ZoneOffset.UTC).toEpochMilli());
            } catch (DateTimeParseException unreadable) {
                return OptionalLong.empty();
            }
        }
    }

    /** {@code 2025-05-20T09:40:40+0000} */
    public static String format(long millis) {
        return DOCUMENTED.format(Instant.ofEpochMilli(millis).atOffset(ZoneOffset.UTC));
    }

    /** Human duration: 850 ms, 12.3 s, 4 min 5 s. */
    public static String duration(long millis) {
        if (millis < 1000) {
            return millis + " ms";
        }
        if (millis < 60_000) {
            return String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
        }
        return (millis / 60_000) + " min " + (millis % 60_000) / 1000 + " s";
    }
}
