package org.ddmconformance.report;

/** Where a requirement stands after a run. */
public enum RequirementStatus {
    /** Every scenario verifying it passed. */
    PASS,
    /** At least one check of it failed. */
    FAIL,
    /** Its scenarios were skipped, with a reason (the restore guard, not applicable). */
    SKIPPED,
    /** No scenario of it was selected by the tag filter, or the run deadline stopped one (with the reason). */
    NOT_RUN;

    public String label() {
        return this == NOT_RUN ? "NOT RUN" : name();
    }
}
