package org.ddmconformance.work;

import java.util.concurrent.TimeUnit;
import org.opentest4j.TestAbortedException;

/**
 * The deadline of a whole run (DDM_RUN_TIMEOUT_S), started when the run opens. Every exchange ends by it, every
 * wait (429 retries, restore spacing, job follow-up) consults it, and once it has passed no further request is
 * sent: the scenarios still to run are reported NOT RUN with {@link #REASON_PREFIX the reason}.
 */
public final class RunDeadline {

    /** Scenarios stopped by the run deadline are aborted with a message starting with this. */
    public static final String REASON_PREFIX = "run deadline: ";
    private static final RunDeadline NONE = new RunDeadline(0, 0);

    private final long seconds;
    private final long endNanos;

    private RunDeadline(long seconds, long endNanos) {
        this.seconds = seconds;
        this.endNanos = endNanos;
    }

    /** No deadline: the run lasts as long as its requests and waits (each of them bounded). */
    public static RunDeadline none() {
        return NONE;
    }

    /** A deadline {@code seconds} from now; 0 means none. */
    public static RunDeadline startingNow(long seconds) {
        return seconds <= 0 ? NONE : new RunDeadline(seconds, System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds));
    }

    public boolean isSet() {
        return seconds > 0;
    }

    public long seconds() {
        return seconds;
    }

    /** Milliseconds left, 0 once passed; {@link Long#MAX_VALUE} without a deadline. */
    public long remainingMillis() {
        if (!isSet()) {
            return Long.MAX_VALUE;
        }
        return Math.max(0, TimeUnit.NANOSECONDS.toMillis(endNanos - System.nanoTime()));
    }

    public boolean passed() {
        return isSet() && endNanos - System.nanoTime() <= 0;
    }

    /** The sentence naming the deadline, e.g. {@code The run deadline of 1800 s (DDM_RUN_TIMEOUT_S) passed}. */
    public String sentence() {
        return "The run deadline of " + seconds + " s (DDM_RUN_TIMEOUT_S) passed";
    }

    /** Aborts the scenario (reported NOT RUN with the reason) once the deadline has passed. */
    public void checkNotPassed(String what) {
        if (passed()) {
            throw notRun(what);
        }
    }

    /** The exception that reports the current scenario NOT RUN: {@code what} says what was not done. */
    public TestAbortedException notRun(String what) {
        return new TestAbortedException(REASON_PREFIX + seconds + " s (DDM_RUN_TIMEOUT_S) passed, so " + what);
    }

    /**
     * Waits {@code millis}, but never past the deadline; a wait the deadline cuts short aborts the scenario.
     *
     * @param why what the wait is for, e.g. "waiting to retry after a 429 answer"
     */
    public void sleep(long millis, String why) {
        long remaining = remainingMillis();
        boolean outlasts = isSet() && millis >= remaining;
        try {
            if (millis > 0) {
                Thread.sleep(outlasts ? remaining + 1 : millis);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TestAbortedException("interrupted while " + why);
        }
        if (outlasts || passed()) {
            throw notRun("the scenario stopped while " + why);
        }
    }
}
