package org.ddmconformance.explore;

import java.util.Arrays;

/** A family of generated cases: one requirement of the catalogue each, named in the features by its label. */
public enum Family {
    TYPES("RM-EXPLORE-001", "type"),
    ABSENCE("RM-EXPLORE-002", "absence"),
    IDENTIFIERS("RM-EXPLORE-003", "identifier"),
    RANGES("RM-EXPLORE-004", "range"),
    BODIES("RM-EXPLORE-005", "body"),
    EQUIVALENTS("RM-EXPLORE-006", "equivalent form"),
    UNDECIDED("RM-EXPLORE-007", "undecided"),
    JSON_TEXT("RM-EXPLORE-008", "JSON text"),
    OPEN_JSON_TEXT("RM-EXPLORE-009", "open JSON text"),
    RUNTIME_NAMES("RM-EXPLORE-010", "runtime name"),
    PATH_IDENTIFIERS("RM-EXPLORE-011", "path identifier"),
    SPELLINGS("RM-EXPLORE-012", "spelling");

    /** The labels as a Cucumber parameter type pattern. */
    public static final String LABELS = "type|absence|identifier|range|body|equivalent form|undecided|JSON text"
            + "|open JSON text|runtime name|path identifier|spelling";

    private final String requirement;
    private final String label;

    Family(String requirement, String label) {
        this.requirement = requirement;
        this.label = label;
    }

    public String requirement() {
        return requirement;
    }

    public String label() {
        return label;
    }

    /** INFO: the document does not decide, so the answer is recorded and never fails. */
    public boolean informative() {
        return this == UNDECIDED || this == OPEN_JSON_TEXT;
    }

    /**
     * Its answers' bodies are not judged: the request may name another resource (another spelling of the path),
     * whose 404 is the framework's, not this API's.
     */
    public boolean statusOnly() {
        return this == SPELLINGS;
    }

    public static Family byLabel(String label) {
        return Arrays.stream(values()).filter(f -> f.label.equals(label)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown family of cases '" + label + "'"));
    }
}
