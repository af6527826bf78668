package org.ddmconformance.restore;

import java.util.function.BooleanSupplier;
import org.ddmconformance.work.RunDeadline;

/**
 * The one place where the restore lifecycle waits: between job polls, for the previous restore's job, and the
 * DDM_RESTORE_SPACING_MS pause. Every wait is bounded by its own limit and by the run deadline; a wait the
 * deadline cuts short stops the scenario, reported NOT RUN (see {@link RunDeadline#sleep}).
 */
public final class Waits {

    /** How often a wait for another thread's work (a job followed elsewhere) looks again. */
    static final long RECHECK_MS = 20;

    private final RunDeadline runDeadline;

    public Waits(RunDeadline runDeadline) {
        this.runDeadline = runDeadline;
    }

    public static Waits unbounded() {
        return new Waits(RunDeadline.none());
    }

    /** Wall-clock time in ms since the epoch (timestamps of jobs, the restorable window). */
    public long now() {
        return System.currentTimeMillis();
    }

    /** Monotonic time in ms, for durations. */
    public long monotonicMillis() {
        return System.nanoTime() / 1_000_000;
    }

    /** What is left of the run, in ms. */
    public long remainingMillis() {
        return runDeadline.remainingMillis();
    }

    /** Pauses for {@code millis}; when the run has less left, until its end, and then stops the scenario. */
    public void pause(long millis, String why) {
        runDeadline.sleep(millis, why);
    }

    /** Waits until {@code done} holds, for at most {@code limitMs}; says whether it holds. */
    public boolean await(BooleanSupplier done, long limitMs, String why) {
        long runLeft = remainingMillis();
        long until = monotonicMillis() + Math.min(limitMs, runLeft);
        while (!done.getAsBoolean()) {
            long left = until - monotonicMillis();
            if (left <= 0) {
                if (done.getAsBoolean()) {
                    return true;
                }
                if (runLeft < limitMs) {
                    throw runDeadline.notRun("the scenario stopped while " + why);
                }
                return false;
            }
            pause(Math.min(RECHECK_MS, left), why);
        }
        return true;
    }
}
