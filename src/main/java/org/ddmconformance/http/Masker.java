package org.ddmconformance.http;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Replaces every secret value in a text with {@code ****}, so evidence can be shown and kept safely. */
public final class Masker {

    public static final String MASK = "****";

    /** A secret at least this long is also masked where only its first half appears (an almost-right token). */
    static final int PREFIX_MASKED_FROM = 16;

    private final List<String> secrets;
    private final List<Pattern> prefixes;

    public Masker(Collection<String> secrets) {
        this.prefixes = secrets.stream().filter(s -> s != null && s.length() >= PREFIX_MASKED_FROM)
                // In any letter case: the suite sends the token with its case changed (AlmostRightTokens).
                .map(s -> Pattern.compile(Pattern.quote(s.substring(0, s.length() / 2)) + "[^\\s\"'&;,<>]*",
                        Pattern.CASE_INSENSITIVE))
                .toList();
        // Longest first, so that a secret containing another is masked whole.
        this.secrets = secrets.stream().filter(s -> s != null && !s.isEmpty()).flatMap(Masker::forms).distinct()
                .sorted(Comparator.comparingInt(String::length).reversed()).toList();
    }

    /** The secret as it is, and as a server may echo it: JSON-escaped (with or without "\/"), URL-encoded. */
    private static Stream<String> forms(String secret) {
        String json = secret.replace("\\", "\\\\").replace("\"", "\\\"");
        return Stream.of(secret, json, json.replace("/", "\\/"), URLEncoder.encode(secret, StandardCharsets.UTF_8));
    }

    public String mask(String text) {
        if (text == null) {
            return null;
        }
        String masked = text;
        for (String secret : secrets) {
            masked = masked.replace(secret, MASK);
        }
        // The suite sends tokens made from the real one (AlmostRightTokens): its first half and what follows.
        for (Pattern prefix : prefixes) {
            masked = prefix.matcher(masked).replaceAll(MASK);
        }
        return masked;
    }
}
