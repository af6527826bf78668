package org.ddmconformance.http;

import java.util.Arrays;
import java.util.function.UnaryOperator;

/**
 * Tokens that are nearly the real one, each a different way a token check goes wrong: its last characters
 * changed (only a prefix compared), cut short (a prefix check the wrong way round), its letter case changed
 * (compared ignoring case), one character added at its end (a startsWith check). Each begins with the real
 * token's first half in some letter case, which {@link Masker} masks together with whatever follows it.
 */
public enum AlmostRightTokens {
    LAST_CHARACTERS_CHANGED("with its last characters changed", AlmostRightTokens::tampered),
    CUT_SHORT("cut short", token -> token.substring(0, Math.max(1, token.length() / 2))),
    LETTER_CASE_CHANGED("with its letter case changed", AlmostRightTokens::caseChanged),
    CHARACTER_ADDED("with one character added at its end", token -> token + "x");

    /** The labels as a Cucumber parameter type pattern. */
    public static final String LABELS = "with its last characters changed|cut short|with its letter case changed"
            + "|with one character added at its end";

    static final int CHANGED = 4;

    private final String label;
    private final UnaryOperator<String> alteration;

    AlmostRightTokens(String label, UnaryOperator<String> alteration) {
        this.label = label;
        this.alteration = alteration;
    }

    /** The altered token; equal to the token only for a case change of a token without letters. */
    public String of(String token) {
        return alteration.apply(token);
    }

    public String label() {
        return label;
    }

    public static AlmostRightTokens byLabel(String label) {
        return Arrays.stream(values()).filter(a -> a.label.equals(label)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown token alteration '" + label + "'"));
    }

    static String tampered(String token) {
        StringBuilder altered = new StringBuilder(token);
        for (int i = Math.max(token.length() / 2, token.length() - CHANGED); i < token.length(); i++) {
            char c = token.charAt(i);
            altered.setCharAt(i, c == 'A' ? 'B' : c == 'a' ? 'b' : Character.isUpperCase(c) ? 'A' : 'a');
        }
        return altered.toString();
    }

    /** Every letter of the token's second half in the other case (the first half stays, for the masker). */
    static String caseChanged(String token) {
        StringBuilder altered = new StringBuilder(token);
        for (int i = token.length() / 2; i < token.length(); i++) {
            char c = token.charAt(i);
            altered.setCharAt(i, Character.isUpperCase(c) ? Character.toLowerCase(c) : Character.toUpperCase(c));
        }
        return altered.toString();
    }
}
