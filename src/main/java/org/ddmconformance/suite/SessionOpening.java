package org.ddmconformance.suite;

import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicReference;
import org.ddmconformance.config.Settings;

/**
 * The launcher's session, opened on a thread of its own: the slow part of opening (REST Assured's start-up, the
 * endpoint's preflight, discovery, or the embedded mock) then runs while the test engine starts (its plugins,
 * glue and the features' messages), which needs no session. The {@code @BeforeAll} hook waits for it, so no
 * scenario starts before the session is open, and none starts at all when it cannot open.
 */
public final class SessionOpening implements AutoCloseable {

    private static final AtomicReference<SessionOpening> PENDING = new AtomicReference<>();

    private final FutureTask<SuiteSession> task;

    private SessionOpening(Settings settings) {
        this.task = new FutureTask<>(() -> SuiteSession.open(settings));
    }

    /** Starts opening the run's session; {@link #close()} closes it again. */
    public static SessionOpening start(Settings settings) {
        SessionOpening opening = new SessionOpening(settings);
        if (!PENDING.compareAndSet(null, opening)) {
            throw new IllegalStateException("a conformance run is already in progress in this JVM");
        }
        Thread thread = new Thread(opening.task, "ddm-open-session");
        thread.setDaemon(true);
        thread.start();
        return opening;
    }

    /** The opening of the launcher's run, while one is under way. */
    static Optional<SessionOpening> pending() {
        return Optional.ofNullable(PENDING.get());
    }

    /** Why the launcher's session could not open, once that is known: the reports of a run that ran nothing say it. */
    public static Optional<String> whyNotOpened() {
        SessionOpening opening = PENDING.get();
        if (opening == null || !opening.task.isDone()) {
            return Optional.empty();
        }
        try {
            opening.task.get();
            return Optional.empty();
        } catch (ExecutionException e) {
            return Optional.of(String.valueOf(e.getCause().getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /**
     * Waits until the session is open (each step of opening has its own bounded wait).
     *
     * @throws RuntimeException why it could not open, as opening threw it (an unreachable endpoint, refused
     *                          credentials: a {@link org.ddmconformance.config.ConfigurationException})
     */
    public SuiteSession await() {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the run's session was opening", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            if (e.getCause() instanceof Error failure) {
                throw failure;
            }
            throw new IllegalStateException("the run's session could not open: " + e.getCause(), e.getCause());
        }
    }

    /** Closes the session once it is open (stopping the embedded mock); one that could not open leaves nothing. */
    @Override
    public void close() {
        try {
            await().close();
        } catch (RuntimeException | Error couldNotOpen) {
            // await() reports it to whoever runs the suite; here there is nothing to close
        } finally {
            PENDING.compareAndSet(this, null);
        }
    }
}
