package org.ddmconformance.http;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** Replaces every secret value in a text with {@code ****}, so evidence can be shown and kept safely. */
public final class Masker {

    public static final String MASK = "****";

    private final List<String> secrets;

    public Masker(Collection<String> secrets) {
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
        return masked;
    }
}
