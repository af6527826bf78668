package org.ddmconformance.config;

/**
 * How the suite finds its fixture and follows restores: discovery through the related APIs, a restorable window
 * given by hand, how long a job is followed and how often it is polled at first, and whether the endpoint has a job
 * API at all.
 *
 * @param windowStart start of DDM_RESTORE_WINDOW in ms, or null when not given
 * @param windowEnd   end of DDM_RESTORE_WINDOW in ms, or null when not given
 * @param jobApi       false: DDM_JOB_API=false, the endpoint has no job API
 * @param secondTarget DDM_SECOND_TARGET_INSTANCE_ID and its data nodes (empty: to discover), or null when not given
 */
public record Lifecycle(boolean discover, Long windowStart, Long windowEnd, int jobTimeoutS, int firstPollMs,
                        boolean jobApi, Target secondTarget) {

    /** With a job API (DDM_JOB_API=true, the default) and no second target given. */
    public Lifecycle(boolean discover, Long windowStart, Long windowEnd, int jobTimeoutS, int firstPollMs) {
        this(discover, windowStart, windowEnd, jobTimeoutS, firstPollMs, true, null);
    }

    /** Discovery on, no window given, the documented defaults. */
    public static Lifecycle defaults() {
        return new Lifecycle(true, null, null, 1800, 1000);
    }

    public boolean windowGiven() {
        return windowStart != null && windowEnd != null;
    }
}
