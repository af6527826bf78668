package org.ddmconformance.restore;

/**
 * The restorable window of the source instance: the latest interval [latestStart, latestEnd] and the start of
 * the earliest one, where it came from, and when it was looked up.
 */
public record RestoreWindow(long earliestStart, long latestStart, long latestEnd, String source, long lookedUpAt) {

    /** A second before every window starts. */
    public long justBefore() {
        return earliestStart - 1000;
    }

    /**
     * A second after the latest window ends, as of {@code now}: the end of a live instance's window moves forward
     * at most as fast as time passes, so the time elapsed since the look-up is added.
     */
    public long justAfter(long now) {
        return latestEnd + Math.max(0, now - lookedUpAt) + 1000;
    }

    /** A restore time inside the latest window: one minute before its end, or its middle when it is shorter. */
    public long pick() {
        long oneMinuteBefore = latestEnd - 60_000;
        return oneMinuteBefore > latestStart ? oneMinuteBefore : latestStart + (latestEnd - latestStart) / 2;
    }

    public String describe() {
        return "[" + Times.format(latestStart) + ", " + Times.format(latestEnd) + "]";
    }
}
