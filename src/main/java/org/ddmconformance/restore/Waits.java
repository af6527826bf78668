package org.ddmconformance.restore;

import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;

/**
 * The one place where the restore lifecycle waits: between job polls, for the previous restore's job, and the
 * DDM_RESTORE_SPACING_MS pause. Every wait is bounded by its own limit and by what is left of the run
 * ({@code remainingMillis}, unbounded until a run deadline is wired in).
 */
public final class Waits {

    /** How often a wait for another thread's work (a job followed elsewhere) looks again. */
    static final long RECHECK_MS = 20;

    private final LongSupplier remainingMillis;

    public Waits(LongSupplier remainingMillis) {
        this.remainingMillis = remainingMillis;
    }

    public static Waits unbounded() {
        return new Waits(() -> Long.MAX_VALUE);
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
        return Math.max(0, remainingMillis.getAsLong());
    }

    /** Pauses for up to {@code millis} (less when the run has less left). */
    public void pause(long millis, String why) {
        long bounded = Math.min(millis, remainingMillis());
        if (bounded <= 0) {
            return;
        }
        try {
            Thread.sleep(bounded);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while " + why);
        }
    }

    /** Waits until {@code done} holds, for at most {@code limitMs}; says whether it holds. */
    public boolean await(BooleanSupplier done, long limitMs, String why) {
        long until = monotonicMillis() + Math.min(limitMs, remainingMillis());
        while (!done.getAsBoolean()) {
            long left = until - monotonicMillis();
            if (left <= 0) {
                return done.getAsBoolean();
            }
            pause(Math.min(RECHECK_MS, left), why);
        }
        return true;
    }
}
