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
    UNDECIDED("RM-EXPLORE-007", "undecided");

    /** The labels as a Cucumber parameter type pattern. */
    public static final String LABELS = "type|absence|identifier|range|body|equivalent form|undecided";

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
        return this == UNDECIDED;
    }

    public static Family byLabel(String label) {
        return Arrays.stream(values()).filter(f -> f.label.equals(label)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown family of cases '" + label + "'"));
    }
}
