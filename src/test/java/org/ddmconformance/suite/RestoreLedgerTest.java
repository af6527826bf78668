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
        ExecutorService follower = Executors.newSingleThreadExecutor();
        try {
            CompletableFuture<Void> ended = CompletableFuture.runAsync(() -> {
                Waits.unbounded().pause(100, "test");
                ledger.jobFollowed(completed("job-1"));
            }, follower);
            ledger.beforePost(true);
            assertThat(ended).as("the job had ended before the next restore was sent").isDone();
            assertThat(ledger.outcome("job-1")).isPresent();
            assertThat(ledger.millisSinceLastAccepted()).hasValueSatisfying(ms -> assertThat(ms).isGreaterThanOrEqualTo(40));
        } finally {
            follower.shutdownNow();
            follower.awaitTermination(5, TimeUnit.SECONDS);
        }
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
            List<Future<Object>> posts = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                posts.add(threads.submit(() -> ledger.post(() -> {
                    most.accumulateAndGet(inside.incrementAndGet(), Math::max);
                    both.countDown();
                    try {
                        both.await(200, TimeUnit.MILLISECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return inside.decrementAndGet();
                })));
            }
            for (Future<Object> post : posts) {
                post.get(10, TimeUnit.SECONDS);
            }
        } finally {
            threads.shutdownNow();
        }
        return most.get();
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
        ExecutorService follower = Executors.newSingleThreadExecutor();
        try {
            CompletableFuture<Void> ended = CompletableFuture.runAsync(() -> {
                Waits.unbounded().pause(100, "test");
                ledger.jobFollowed(completed("job-accidental"));
            }, follower);
            ledger.beforePost(false);
            assertThat(ended).as("the job had ended before the next request was sent").isDone();
        } finally {
            follower.shutdownNow();
        }
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
