package org.ddmconformance.suite;

import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;
import org.ddmconformance.http.RestoreCall;
import org.ddmconformance.restore.JobFollower;
import org.ddmconformance.restore.JobOutcome;
import org.ddmconformance.restore.Waits;
import org.opentest4j.TestAbortedException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a run knows about the restores it started, shared by every scenario and thread (thread-safe).
 *
 * <ul>
 *   <li>One restore at a time on a target: a request that may start a restore first waits, bounded, until the
 *       previous accepted restore's job has ended, then DDM_RESTORE_SPACING_MS more.</li>
 *   <li>Every 202 (or other success status, see {@link #startedARestore}) is recorded with its request and job id,
 *   meant or not; job outcomes are recorded as they end.</li>
 *   <li>Job ids across the run (RM-ACC-003): a job id given to two different requests is a conflict.</li>
 *   <li>The restore guard: against a real endpoint without DDM_ALLOW_RESTORE, a request meant to be rejected that
 *       is accepted may have started a restore; no further restore request is sent.</li>
 * </ul>
 */
public final class RestoreLedger {

    /** One accepted request (a 202, or another success status that may have started a restore). */
    public record Accepted(RestoreCall call, String jobId, boolean meant, long acceptedAt) {
        public boolean hasJob() {
            return jobId != null && !jobId.isBlank();
        }
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final boolean restoresAllowed;
    private final long spacingMs;
    private final Waits waits;
    private final long jobWaitLimitMs;
    private final List<Accepted> accepted = new CopyOnWriteArrayList<>();
    private final List<String> unexpectedRestores = new CopyOnWriteArrayList<>();
    private final Map<String, JobOutcome> outcomes = new ConcurrentHashMap<>();
    private final List<JobOutcome> outcomesInOrder = new CopyOnWriteArrayList<>();
    private volatile long lastEndedAt = -1;
    private final AtomicLong accidentalRestores = new AtomicLong();
    /** Held to read by every POST; to write, so alone, by each POST once a restore was accepted by mistake. */
    private final ReentrantReadWriteLock sideBySide = new ReentrantReadWriteLock(true);
    /** The POSTs on their way, each with the latch its answer opens. */
    private final Set<CountDownLatch> onTheirWay = ConcurrentHashMap.newKeySet();

    public RestoreLedger(boolean restoresAllowed, long spacingMs) {
        this(restoresAllowed, spacingMs, Waits.unbounded(), 1_800_000);
    }

    /** @param jobWaitLimitMs how long a request waits at most for the previous restore's job to end */
    public RestoreLedger(boolean restoresAllowed, long spacingMs, Waits waits, long jobWaitLimitMs) {
        this.restoresAllowed = restoresAllowed;
        this.spacingMs = spacingMs;
        this.waits = waits;
        this.jobWaitLimitMs = jobWaitLimitMs;
    }

    /**
     * Called before every POST. Every request waits (bounded) while an accepted restore's job runs: a restore the
     * endpoint accepted by mistake, while scenarios run side by side, keeps the target busy, and a request sent
     * meanwhile could be refused for that rather than for its own fault.
     *
     * @param mayRestore the request may start a restore (the scenario expects it to): it also keeps
     *                   DDM_RESTORE_SPACING_MS after the previous restore's job
     */
    public void beforePost(boolean mayRestore) {
        beforePost(mayRestore ? Intent.RESTORE : Intent.REFUSAL);
    }

    private void beforePost(Intent intent) {
        if (!restoresAllowed && !unexpectedRestores.isEmpty()) {
            throw new TestAbortedException("restore guard: the endpoint accepted a request that should have been "
                    + "rejected (job " + unexpectedRestores.get(0) + "), so no further restore request is sent "
                    + "while DDM_ALLOW_RESTORE is not true");
        }
        if (intent == Intent.RESTORE_ON_BUSY_TARGET) {
            return;
        }
        waits.await(() -> runningJob().isEmpty(), jobWaitLimitMs, "waiting for the previous restore's job to end");
        if (intent == Intent.REFUSAL) {
            return;
        }
        long since = millisSinceLastEnd().orElse(Long.MAX_VALUE);
        if (since < spacingMs) {
            waits.pause(spacingMs - since, "keeping DDM_RESTORE_SPACING_MS after the previous restore's job");
        }
    }

    /**
     * Whether the answer to a restore POST may have started a restore: a 202, as documented, or another success
     * status (200, 201) from an endpoint that breaks that rule but may still have started the job, which must then
     * be followed like any other before the next restore (its status is judged by the scenario).
     */
    public static boolean startedARestore(int status) {
        return status >= 200 && status < 300;
    }

    /** Called after every answer to a POST; records every success (see {@link #startedARestore}) with its job id. */
    public void afterPost(RestoreCall call, int status, String jobId, boolean mayRestore) {
        if (!startedARestore(status)) {
            return;
        }
        accepted.add(new Accepted(call, jobId, mayRestore, waits.now()));
        if (!mayRestore) {
            accidentalRestores.incrementAndGet();
        }
        if (jobId == null || jobId.isBlank()) {
            lastEndedAt = waits.monotonicMillis(); // nothing to follow: spacing counts from the 202
        }
        if (!mayRestore && !restoresAllowed) {
            unexpectedRestores.add(jobId == null || jobId.isBlank() ? "without job_id" : jobId);
        }
    }

    /** Without the request: as {@link #afterPost(RestoreCall, int, String, boolean)}. */
    public void afterPost(int status, String jobId, boolean mayRestore) {
        afterPost(null, status, jobId, mayRestore);
    }

    /** The follow-up of a job is over (ended, timed out, or unknown to the job API). */
    public void jobFollowed(JobOutcome outcome) {
        if (outcomes.putIfAbsent(key(outcome.jobId()), outcome) == null) {
            outcomesInOrder.add(outcome);
        }
        lastEndedAt = waits.monotonicMillis();
    }

    /** The outcome of a job already followed (an identical request may share a job). */
    public Optional<JobOutcome> outcome(String jobId) {
        return jobId == null ? Optional.empty() : Optional.ofNullable(outcomes.get(key(jobId)));
    }

    /** Every job followed, in the order its follow-up ended. */
    public List<JobOutcome> outcomes() {
        return List.copyOf(outcomesInOrder);
    }

    public List<Accepted> accepted() {
        return List.copyOf(accepted);
    }

    /**
     * RM-ACC-003: the earlier accepted requests, different from this one, that got this job id (one line each).
     * Requests are compared by project, source instance and body as JSON.
     */
    public List<String> jobConflicts(RestoreCall call, String jobId) {
        List<String> conflicts = new ArrayList<>();
        if (call == null || jobId == null || jobId.isBlank()) {
            return conflicts;
        }
        for (Accepted earlier : accepted) {
            if (earlier.call() != null && earlier.call() != call && JobFollower.sameJob(earlier.jobId(), jobId)
                    && !sameRequest(earlier.call(), call)) {
                conflicts.add("job_id " + jobId + " was given to two different requests: " + describe(earlier.call())
                        + " and " + describe(call));
            }
        }
        return conflicts;
    }

    /**
     * Same project, source instance and restore: the bodies are compared by what they ask for, as a server that
     * uses every freedom the document leaves may read them (field order, spacing, number notation, unknown members,
     * whitespace around ids, a repeated or reordered data node, a fraction of a millisecond do not make another
     * request). So an endpoint that answers such a request with the job it already started is not punished.
     */
    public static boolean sameRequest(RestoreCall a, RestoreCall b) {
        return Objects.equals(a.projectId(), b.projectId()) && Objects.equals(a.instanceId(), b.instanceId())
                && Objects.equals(restoreAsked(a.body()), restoreAsked(b.body()));
    }

    /** The request's body in one line, for messages. */
    public static String describe(RestoreCall call) {
        return call.body() == null ? "(no body)" : call.body().replaceAll("\\s+", " ");
    }

    /** What a body asks for: backup, time (whole ms), target and the set of data nodes; the text when not JSON. */
    private static Object restoreAsked(String body) {
        if (body == null) {
            return null;
        }
        JsonNode node;
        try {
            node = JSON.readTree(body);
        } catch (RuntimeException notJson) {
            return body;
        }
        if (node == null || !node.isObject()) {
            return body;
        }
        JsonNode source = node.path("source");
        JsonNode target = node.path("target");
        JsonNode time = source.path("restore_time");
        Object restoreTime = time.isNumber()
                ? time.decimalValue().setScale(0, RoundingMode.FLOOR).toBigInteger() : text(time);
        TreeSet<Object> dataNodes = new TreeSet<>(Comparator.comparing(String::valueOf));
        target.path("data_nodes").forEach(item -> dataNodes.add(text(item)));
        return List.of(String.valueOf(text(source.path("backup_id"))), String.valueOf(restoreTime),
                String.valueOf(text(target.path("instance_id"))), dataNodes.toString());
    }

    private static Object text(JsonNode value) {
        return value.isString() ? value.asString().strip() : value.isMissingNode() ? null : value.toString();
    }

    /** For a refused restore: whether an earlier one may have left the target busy (empty when none was accepted). */
    public String busyTargetNote() {
        List<Accepted> all = accepted();
        if (all.isEmpty()) {
            return "";
        }
        Accepted last = all.get(all.size() - 1);
        if (!last.hasJob()) {
            return "\nnote: the restore accepted before gave no job_id, so its job could not be followed; the target "
                    + "may still have been busy with it";
        }
        Optional<JobOutcome> outcome = outcome(last.jobId());
        if (outcome.isEmpty()) {
            return "\nnote: the job " + last.jobId() + " of the restore accepted before had not ended when this "
                    + "request was sent; the target may still have been busy";
        }
        if (outcome.isPresent() && !outcome.get().over()) {
            return "\nnote: the job " + last.jobId() + " of the restore accepted before was not seen to end ("
                    + outcome.get().end() + "), so the target may still have been busy";
        }
        if (outcome.get().end() == JobOutcome.End.NOT_FOLLOWED) {
            return "\nnote: the previous restore to the target was accepted " + millisSinceLastEnd().orElse(0L)
                    + " ms before, and with DDM_JOB_API=false its job was not followed; set DDM_RESTORE_SPACING_MS to "
                    + "at least as long as a restore job runs there";
        }
        return "\nnote: the previous restore to the target was accepted and its job had ended "
                + millisSinceLastEnd().orElse(0L) + " ms before; if the target stays busy a little longer, set "
                + "DDM_RESTORE_SPACING_MS";
    }

    /** The accepted restore whose job is being followed and has not ended yet. */
    private Optional<Accepted> runningJob() {
        return accepted.stream().filter(Accepted::hasJob).filter(a -> !outcomes.containsKey(key(a.jobId())))
                .findFirst();
    }

    public Optional<Long> millisSinceLastAccepted() {
        List<Accepted> all = accepted();
        return all.isEmpty() ? Optional.empty()
                : Optional.of(Math.max(0, waits.now() - all.get(all.size() - 1).acceptedAt()));
    }

    private Optional<Long> millisSinceLastEnd() {
        long at = lastEndedAt;
        return at < 0 ? Optional.empty() : Optional.of(waits.monotonicMillis() - at);
    }

    /**
     * Runs one POST: {@link #beforePost}, {@code send} and {@link #afterPost}.
     *
     * <p>Scenarios run side by side, so a restore the endpoint accepts by mistake can make the target busy for the
     * requests sent beside it, which it may then refuse for that rather than for their own content. Two things
     * keep such a refusal from passing for a verdict:
     * <ul>
     *   <li>A refused request waits (bounded) until the requests that were on their way with it have been
     *       answered, and {@link Posted#besideAMistake()} then says whether one of them was accepted by mistake.
     *       The endpoint may have accepted that one just before it saw this one, and the thread that sent it may
     *       not have looked at its answer yet; only waiting for its answer tells.</li>
     *   <li>Once a restore was accepted by mistake, each POST goes alone: it starts after every POST already on
     *       its way has been answered, and after the job of every accepted restore has ended.</li>
     * </ul>
     * A conformant endpoint accepts nothing by mistake, so its requests only ever pay the first wait.
     *
     * @param call     the request, for the record of accepted restores (null in tests)
     * @param intent   what it is sent for: a refusal, a restore, or a restore on purpose to a busy target
     * @param send     sends the request and returns its answer
     * @param statusOf the answer's HTTP status
     * @param jobIdOf  the job_id of a 202 answer, or null
     * @throws NotSent when the request is not sent: the restore guard, or the run's deadline in a wait before it
     */
    public <T> Posted<T> post(RestoreCall call, Intent intent, Supplier<T> send, ToIntFunction<T> statusOf,
                              Function<T, String> jobIdOf) {
        boolean mayRestore = intent != Intent.REFUSAL;
        Lock turn = accidentalRestores.get() == 0 ? sideBySide.readLock() : sideBySide.writeLock();
        turn.lock();
        long accidentsBefore;
        T answer;
        int status;
        List<CountDownLatch> beside;
        try {
            accidentsBefore = accidentalRestores.get();
            try {
                beforePost(intent);
            } catch (TestAbortedException notSent) {
                throw new NotSent(notSent);
            }
            CountDownLatch answered = new CountDownLatch(1);
            onTheirWay.add(answered);
            try {
                answer = send.get();
                status = statusOf.applyAsInt(answer);
                afterPost(call, status, startedARestore(status) ? jobIdOf.apply(answer) : null, mayRestore);
            } finally {
                onTheirWay.remove(answered);
                answered.countDown();
            }
            beside = List.copyOf(onTheirWay);
        } finally {
            turn.unlock();
        }
        if (startedARestore(status)) {
            return new Posted<>(answer, false);
        }
        awaitAll(beside);
        return new Posted<>(answer, accidentalRestores.get() != accidentsBefore);
    }

    /** Waits until every latch is open, at most the job wait limit (each POST is bounded by its own deadline too). */
    private void awaitAll(List<CountDownLatch> latches) {
        long until = waits.monotonicMillis() + Math.min(jobWaitLimitMs, waits.remainingMillis());
        try {
            for (CountDownLatch latch : latches) {
                long left = until - waits.monotonicMillis();
                if (left <= 0 || !latch.await(left, TimeUnit.MILLISECONDS)) {
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** What a POST is sent for. */
    public enum Intent {
        /** It should be refused: a 202 is a restore accepted by mistake. */
        REFUSAL,
        /** It may start a restore: it waits for the previous restore's job, then DDM_RESTORE_SPACING_MS. */
        RESTORE,
        /** A restore sent on purpose while the previous restore's job still runs, to see it refused: no wait. */
        RESTORE_ON_BUSY_TARGET
    }

    /**
     * The answer to a POST sent through {@link #post}.
     *
     * @param besideAMistake a request sent beside it was accepted by mistake (a restore, not meant) while it was
     *                       on its way, so the target may have been busy with that restore when it saw this one
     */
    public record Posted<T>(T answer, boolean besideAMistake) {
    }

    /** The ledger did not let a request be sent: the scenario (or generated case) is skipped with its reason. */
    public static final class NotSent extends TestAbortedException {
        NotSent(TestAbortedException reason) {
            super(reason.getMessage(), reason);
        }
    }

    /**
     * How many requests not meant to restore the endpoint has accepted so far (from the first one on, POSTs go
     * one at a time, see {@link #post}).
     */
    public long accidentalRestores() {
        return accidentalRestores.get();
    }

    /** Job ids of restores started by requests that should have been rejected, while restores were not allowed. */
    public List<String> unexpectedRestores() {
        return List.copyOf(unexpectedRestores);
    }

    private static String key(String jobId) {
        return jobId.trim().replace("-", "").toLowerCase(Locale.ROOT);
    }
}
