package org.ddmconformance.restore;

import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.function.LongSupplier;

/**
 * The one place where the restore lifecycle waits: between job polls, for the previous restore's job, and the
 * DDM_RESTORE_SPACING_MS pause. Every wait is bounded by its own limit and by what is left of the run
 * ({@code remainingMillis}); a wait the end of the run cuts short stops the scenario ({@code whenRunOver}).
 */
public final class Waits {

    /** How often a wait for another thread's work (a job followed elsewhere) looks again. */
    static final long RECHECK_MS = 20;

    private final LongSupplier remainingMillis;
    private final Function<String, RuntimeException> whenRunOver;

    /**
     * @param remainingMillis what is left of the run
     * @param whenRunOver     the exception stopping a scenario whose wait the end of the run cut short, given why
     *                        it waited
     */
    public Waits(LongSupplier remainingMillis, Function<String, RuntimeException> whenRunOver) {
        this.remainingMillis = remainingMillis;
        this.whenRunOver = whenRunOver;
    }

    public static Waits unbounded() {
        return new Waits(() -> Long.MAX_VALUE, why -> new IllegalStateException("an unbounded wait ended: " + why));
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

    /** Pauses for {@code millis}; when the run has less left, until its end, and then stops the scenario. */
    public void pause(long millis, String why) {
        long left = remainingMillis();
        if (millis <= 0) {
            return;
        }
        try {
            Thread.sleep(Math.min(millis, left));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while " + why);
        }
        if (millis >= left) {
            throw whenRunOver.apply(why);
        }
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
                    throw whenRunOver.apply(why);
                }
                return false;
            }
            pause(Math.min(RECHECK_MS, left), why);
        }
        return true;
    }
}
