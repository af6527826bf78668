package org.ddmconformance.config;

/**
 * How the suite finds its fixture and follows restores: discovery through the related APIs, a restorable window
 * given by hand, how long a job is followed and how often it is polled at first.
 *
 * @param windowStart start of DDM_RESTORE_WINDOW in ms, or null when not given
 * @param windowEnd   end of DDM_RESTORE_WINDOW in ms, or null when not given
 */
public record Lifecycle(boolean discover, Long windowStart, Long windowEnd, int jobTimeoutS, int firstPollMs) {

    /** Discovery on, no window given, the documented defaults. */
    public static Lifecycle defaults() {
        return new Lifecycle(true, null, null, 1800, 1000);
    }

    public boolean windowGiven() {
        return windowStart != null && windowEnd != null;
    }
}
