package org.ddmconformance.suite;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.ddmconformance.http.RestoreCall;
import org.opentest4j.TestAbortedException;

/**
 * What a run knows about the restores it may have started. Against a real endpoint without DDM_ALLOW_RESTORE,
 * a request meant to be rejected that is accepted (202) may have started a restore: it is recorded, reported as
 * a warning, and no further restore request is sent. Requests that are meant to start a restore keep at least
 * DDM_RESTORE_SPACING_MS between them, for endpoints that refuse a restore while the target is busy.
 */
public final class RestoreLedger {

    private final boolean restoresAllowed;
    private final long spacingMs;
    private final RunDeadline runDeadline;
    private final AtomicLong lastAcceptedAt = new AtomicLong(-1);
    private final List<String> unexpectedRestores = new CopyOnWriteArrayList<>();

    public RestoreLedger(boolean restoresAllowed, long spacingMs) {
        this(restoresAllowed, spacingMs, RunDeadline.none());
    }

    /** @param runDeadline the spacing never waits past it */
    public RestoreLedger(boolean restoresAllowed, long spacingMs, RunDeadline runDeadline) {
        this.restoresAllowed = restoresAllowed;
        this.spacingMs = spacingMs;
        this.runDeadline = runDeadline;
    }

    /**
     * Called before a POST.
     *
     * @param meantToRestore the scenario expects this request to start a restore
     */
    public void beforePost(boolean meantToRestore) {
        if (!restoresAllowed && !unexpectedRestores.isEmpty()) {
            throw new TestAbortedException("restore guard: the endpoint accepted a request that should have been "
                    + "rejected (job " + unexpectedRestores.get(0) + "), so no further restore request is sent "
                    + "while DDM_ALLOW_RESTORE is not true");
        }
        long since = millisSinceLastAccepted().orElse(Long.MAX_VALUE);
        if (meantToRestore && since < spacingMs) {
            runDeadline.sleep(spacingMs - since, "keeping DDM_RESTORE_SPACING_MS between restores");
        }
    }

    /** Called after every answer to a POST ({@code call}: the request answered). */
    public void afterPost(RestoreCall call, int status, String jobId, boolean meantToRestore) {
        if (status != 202) {
            return;
        }
        lastAcceptedAt.set(System.nanoTime());
        if (!meantToRestore && !restoresAllowed) {
            unexpectedRestores.add(jobId == null || jobId.isBlank() ? "without job_id" : jobId);
        }
    }

    public Optional<Long> millisSinceLastAccepted() {
        long at = lastAcceptedAt.get();
        return at < 0 ? Optional.empty() : Optional.of(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - at));
    }

    /** Job ids of restores started by requests that should have been rejected, while restores were not allowed. */
    public List<String> unexpectedRestores() {
        return List.copyOf(unexpectedRestores);
    }
}
