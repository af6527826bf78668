package org.ddmconformance.suite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.ddmconformance.http.RestoreCall;
import org.ddmconformance.restore.JobOutcome;
import org.ddmconformance.restore.Waits;
import org.junit.jupiter.api.Test;
import org.opentest4j.TestAbortedException;

class RestoreLedgerTest {

    private static final RestoreCall BACKUP = call("{\"source\":{\"backup_id\":\"b\"},\"target\":{\"instance_id\":\"t\"}}");
    private static final RestoreCall TIME = call("{\"source\":{\"restore_time\":1},\"target\":{\"instance_id\":\"t\"}}");

    private static RestoreCall call(String body) {
        return new RestoreCall("POST", "p", "i", "token", body);
    }

    private static JobOutcome completed(String jobId) {
        return new JobOutcome(jobId, "s", true, JobOutcome.End.COMPLETED, "Completed", 5, 1, null, null);
    }

    @Test
    void anotherSuccessStatusMayHaveStartedARestoreAndIsRecordedLikeA202() {
        RestoreLedger ledger = new RestoreLedger(true, 0);
        ledger.afterPost(BACKUP, 201, "job-201", true);
        ledger.afterPost(BACKUP, 200, "job-200", true);
        ledger.afterPost(BACKUP, 400, null, true);
        ledger.afterPost(BACKUP, 302, null, true);
        assertThat(ledger.accepted()).extracting(RestoreLedger.Accepted::jobId).containsExactly("job-201", "job-200");
    }

    @Test
    void anUnexpectedRestoreWithoutPermissionStopsFurtherRestoreRequests() {
        RestoreLedger ledger = new RestoreLedger(false, 0);
        ledger.beforePost(false);
        ledger.afterPost(BACKUP, 400, null, false);
        ledger.afterPost(BACKUP, 202, "job-7", false);
        assertThat(ledger.unexpectedRestores()).containsExactly("job-7");
        assertThatThrownBy(() -> ledger.beforePost(false)).isInstanceOf(TestAbortedException.class)
                .hasMessageContaining("restore guard").hasMessageContaining("job-7");
    }

    @Test
    void withPermissionOrWhenMeantToRestoreNothingIsUnexpected() {
        RestoreLedger allowed = new RestoreLedger(true, 0);
        allowed.afterPost(BACKUP, 202, "job-1", false);
        RestoreLedger guarded = new RestoreLedger(false, 0);
        guarded.afterPost(BACKUP, 202, "job-2", true);
        assertThat(allowed.unexpectedRestores()).isEmpty();
        assertThat(guarded.unexpectedRestores()).isEmpty();
        guarded.jobFollowed(completed("job-2"));
        guarded.beforePost(false);
    }

    @Test
    void aRestoreWaitsUntilThePreviousJobHasEndedThenTheSpacing() throws Exception {
        RestoreLedger ledger = new RestoreLedger(true, 40, Waits.unbounded(), 60_000);
        ledger.afterPost(BACKUP, 202, "job-1", true);
        CompletableFuture<Void> ended = followedLater(ledger, "job-1");
        ledger.beforePost(true);
        assertThat(ended).as("the job had ended before the next restore was sent").isDone();
        assertThat(ledger.outcome("job-1")).isPresent();
        assertThat(ledger.millisSinceLastAccepted()).hasValueSatisfying(ms -> assertThat(ms).isGreaterThanOrEqualTo(40));
    }

    @Test
    void countsOnlyTheRestoresAcceptedByMistake() {
        RestoreLedger ledger = new RestoreLedger(true, 0);
        ledger.afterPost(BACKUP, 202, "job-meant", true);
        ledger.afterPost(BACKUP, 400, null, false);
        assertThat(ledger.accidentalRestores()).isZero();
        ledger.afterPost(BACKUP, 202, "job-by-mistake", false);
        assertThat(ledger.accidentalRestores()).isEqualTo(1);
    }

    @Test
    void afterARestoreAcceptedByMistakePostsGoOneAtATime() throws Exception {
        RestoreLedger ledger = new RestoreLedger(true, 0);
        assertThat(mostAtOnce(ledger)).as("side by side before any mistake").isEqualTo(2);
        ledger.afterPost(BACKUP, 202, "job-by-mistake", false);
        ledger.jobFollowed(completed("job-by-mistake"));
        assertThat(mostAtOnce(ledger)).as("one at a time after it").isEqualTo(1);
    }

    /** Two threads post at once; each post is held until the other is inside too, or 200 ms have passed. */
    private static int mostAtOnce(RestoreLedger ledger) throws Exception {
        AtomicInteger inside = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        CountDownLatch both = new CountDownLatch(2);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<Future<RestoreLedger.Posted<Integer>>> posts = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                posts.add(threads.submit(() -> ledger.post(null, RestoreLedger.Intent.REFUSAL, () -> {
                    most.accumulateAndGet(inside.incrementAndGet(), Math::max);
                    both.countDown();
                    await(both, 200);
                    inside.decrementAndGet();
                    return 400;
                }, status -> status, status -> null)));
            }
            for (Future<RestoreLedger.Posted<Integer>> post : posts) {
                post.get(10, TimeUnit.SECONDS);
            }
        } finally {
            threads.shutdownNow();
        }
        return most.get();
    }

    @Test
    void aRefusalAnsweredBesideARequestAcceptedByMistakeSaysSo() throws Exception {
        // The endpoint accepts one request by mistake, then refuses the other (its target is busy); the refusal
        // reaches its thread first, before the 202 reaches the thread that sent it.
        RestoreLedger ledger = new RestoreLedger(true, 0, Waits.unbounded(), 60_000);
        CountDownLatch acceptedOnItsWay = new CountDownLatch(1);
        CountDownLatch refusalAnswered = new CountDownLatch(1);
        ExecutorService threads = Executors.newSingleThreadExecutor();
        try {
            Future<RestoreLedger.Posted<Integer>> accepted = threads.submit(() -> ledger.post(BACKUP, RestoreLedger.Intent.REFUSAL, () -> {
                acceptedOnItsWay.countDown();
                await(refusalAnswered, 10_000);
                Waits.unbounded().pause(100, "test: the 202 is read a little later");
                return 202;
            }, status -> status, status -> "job-by-mistake"));
            await(acceptedOnItsWay, 10_000);
            RestoreLedger.Posted<Integer> refused = ledger.post(TIME, RestoreLedger.Intent.REFUSAL, () -> {
                refusalAnswered.countDown();
                return 400;
            }, status -> status, status -> null);
            assertThat(refused.besideAMistake()).isTrue();
            assertThat(accepted.get(10, TimeUnit.SECONDS).besideAMistake()).isFalse();
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void aRefusalBesideOtherRefusalsIsJustARefusal() throws Exception {
        RestoreLedger ledger = new RestoreLedger(true, 0, Waits.unbounded(), 60_000);
        CountDownLatch bothOnTheirWay = new CountDownLatch(2);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<Future<RestoreLedger.Posted<Integer>>> posts = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                posts.add(threads.submit(() -> ledger.post(BACKUP, RestoreLedger.Intent.REFUSAL, () -> {
                    bothOnTheirWay.countDown();
                    await(bothOnTheirWay, 10_000);
                    return 400;
                }, status -> status, status -> null)));
            }
            for (Future<RestoreLedger.Posted<Integer>> post : posts) {
                assertThat(post.get(10, TimeUnit.SECONDS).besideAMistake()).isFalse();
            }
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void afterAMistakeAPostStartsOnlyOnceThePostsOnTheirWayAreAnswered() throws Exception {
        RestoreLedger ledger = new RestoreLedger(true, 0, Waits.unbounded(), 60_000);
        CountDownLatch onItsWay = new CountDownLatch(1);
        CountDownLatch mistakeRecorded = new CountDownLatch(1);
        AtomicInteger answered = new AtomicInteger();
        ExecutorService threads = Executors.newSingleThreadExecutor();
        try {
            Future<?> earlier = threads.submit(() -> ledger.post(BACKUP, RestoreLedger.Intent.REFUSAL, () -> {
                onItsWay.countDown();
                await(mistakeRecorded, 10_000);
                Waits.unbounded().pause(100, "test: answered a little later");
                answered.incrementAndGet();
                return 400;
            }, status -> status, status -> null));
            await(onItsWay, 10_000);
            ledger.afterPost(TIME, 202, null, false); // another request, accepted by mistake, without a job
            mistakeRecorded.countDown();
            int answeredWhenSent = ledger.post(TIME, RestoreLedger.Intent.REFUSAL, answered::get, status -> 400, status -> null).answer();
            assertThat(answeredWhenSent).as("the earlier post had its answer before this one was sent").isEqualTo(1);
            earlier.get(10, TimeUnit.SECONDS);
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void aRequestTheGuardStopsIsNotSent() {
        RestoreLedger ledger = new RestoreLedger(false, 0);
        ledger.afterPost(BACKUP, 202, "job-7", false);
        AtomicInteger sent = new AtomicInteger();
        assertThatThrownBy(() -> ledger.post(TIME, RestoreLedger.Intent.REFUSAL, sent::incrementAndGet, status -> 400, status -> null))
                .isInstanceOf(RestoreLedger.NotSent.class).hasMessageContaining("restore guard");
        assertThat(sent).hasValue(0);
    }

    /** Ends the job on another thread after 100 ms, as its follow-up would. */
    private static CompletableFuture<Void> followedLater(RestoreLedger ledger, String jobId) {
        return CompletableFuture.runAsync(() -> {
            Waits.unbounded().pause(100, "test");
            ledger.jobFollowed(completed(jobId));
        });
    }

    private static void await(CountDownLatch latch, long millis) {
        try {
            latch.await(millis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void aRefusalAfterARestoreWithoutJobIdSaysItsJobCouldNotBeFollowed() {
        RestoreLedger ledger = new RestoreLedger(true, 0);
        ledger.afterPost(BACKUP, 202, null, true);
        assertThat(ledger.busyTargetNote()).contains("gave no job_id").doesNotContain("had ended");
    }

    @Test
    void theWaitForARunningJobIsBounded() {
        RestoreLedger ledger = new RestoreLedger(true, 0, Waits.unbounded(), 50);
        ledger.afterPost(BACKUP, 202, "job-never-followed", true);
        ledger.beforePost(false); // returns after the 50 ms limit
        ledger.beforePost(true); // as does this one
        assertThat(ledger.busyTargetNote()).contains("job-never-followed").contains("had not ended");
    }

    @Test
    void aRequestNotMeantToRestoreAlsoWaitsWhileAnAccidentalRestoresJobRuns() throws Exception {
        // Scenarios side by side: one got a 202 it should not have and follows that job; another's request
        // waits, so the busy target cannot refuse it for the wrong reason.
        RestoreLedger ledger = new RestoreLedger(true, 0, Waits.unbounded(), 60_000);
        ledger.afterPost(BACKUP, 202, "job-accidental", false);
        CompletableFuture<Void> ended = followedLater(ledger, "job-accidental");
        ledger.beforePost(false);
        assertThat(ended).as("the job had ended before the next request was sent").isDone();
    }

    @Test
    void aJobIdGivenToTwoDifferentRequestsIsAConflictButIdenticalRequestsMayShareOne() {
        RestoreLedger ledger = new RestoreLedger(true, 0);
        ledger.afterPost(BACKUP, 202, "09902ee7-8666-49b8-908e-c209bfee2747", true);
        RestoreCall sameAsJson = call("{ \"target\": {\"instance_id\": \"t\"}, \"source\": {\"backup_id\": \"b\"} }");
        ledger.afterPost(sameAsJson, 202, "09902EE7866649B8908EC209BFEE2747", true);
        assertThat(ledger.jobConflicts(sameAsJson, "09902EE7866649B8908EC209BFEE2747")).isEmpty();
        ledger.afterPost(TIME, 202, "09902ee7866649b8908ec209bfee2747", true);
        assertThat(ledger.jobConflicts(TIME, "09902ee7866649b8908ec209bfee2747")).hasSize(2)
                .allSatisfy(c -> assertThat(c).contains("two different requests", "restore_time"));
        assertThat(ledger.jobConflicts(call("{}"), "another-job")).isEmpty();
    }

    @Test
    void recordsEveryAcceptedRestoreFromManyThreads() throws Exception {
        RestoreLedger ledger = new RestoreLedger(true, 0);
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            for (int i = 0; i < 200; i++) {
                String job = "job-" + i;
                threads.submit(() -> {
                    ledger.beforePost(false);
                    ledger.afterPost(BACKUP, 202, job, false);
                    ledger.jobFollowed(completed(job));
                });
            }
        } finally {
            threads.shutdown();
            assertThat(threads.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(ledger.accepted()).hasSize(200);
        assertThat(ledger.outcomes()).hasSize(200);
    }
}
