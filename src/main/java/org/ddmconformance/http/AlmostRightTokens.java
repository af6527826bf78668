package org.ddmconformance.http;

/**
 * Tokens that are nearly the real one: its last characters changed, or its first half. Both begin with the
 * real token's first half, which {@link Masker} masks together with whatever follows it, so they are never shown.
 */
public final class AlmostRightTokens {

    static final int CHANGED = 4;

    private AlmostRightTokens() {
    }

    public static String tampered(String token) {
        StringBuilder altered = new StringBuilder(token);
        for (int i = Math.max(token.length() / 2, token.length() - CHANGED); i < token.length(); i++) {
            char c = token.charAt(i);
            altered.setCharAt(i, c == 'A' ? 'B' : c == 'a' ? 'b' : Character.isUpperCase(c) ? 'A' : 'a');
        }
        return altered.toString();
    }

    public static String cut(String token) {
        return token.substring(0, Math.max(1, token.length() / 2));
    }
}
