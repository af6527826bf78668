package org.ddmconformance.http;

import java.util.Collection;
import java.util.List;

/** Replaces every secret value in a text with {@code ****}, so evidence can be shown and kept safely. */
public final class Masker {

    public static final String MASK = "****";

    private final List<String> secrets;

    public Masker(Collection<String> secrets) {
        this.secrets = secrets.stream().filter(s -> s != null && !s.isEmpty()).toList();
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
