package org.ddmconformance.mock;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MockJobsTest {

    private static final String TARGET = "target-in09";

    @Test
    void aJobNobodyAskedAboutKeepsItsTargetBusyPastItsEndAndSeeingItEndedFreesIt() {
        MockJobs jobs = new MockJobs(1);
        jobs.register("job-1", TARGET);
        MockJobs.Job job = jobs.find("job-1").orElseThrow();
        while (job.running(System.currentTimeMillis())) {
            Thread.onSpinWait(); // a 1 ms job
        }
        assertThat(jobs.runningOn(TARGET)).as("ended, but no client has seen it end").contains(job);
        jobs.seen("JOB-1");
        assertThat(jobs.runningOn(TARGET)).isEmpty();
        assertThat(jobs.runningOn("another-target")).isEmpty();
    }

    @Test
    void aJobThatRunsKeepsItsTargetBusyEvenWhenSeen() {
        MockJobs jobs = new MockJobs(Long.MAX_VALUE / 4);
        jobs.register("job-1", TARGET);
        jobs.seen("job-1");
        assertThat(jobs.runningOn(TARGET)).isPresent();
    }

    @Test
    void jobsOfNoDurationNeverKeepTheTargetBusy() {
        MockJobs jobs = new MockJobs(0);
        jobs.register("job-1", TARGET);
        assertThat(jobs.runningOn(TARGET)).isEmpty();
    }

    @Test
    void aResetForgetsJobsAndRefusesBusyTargetsWith400Again() {
        MockJobs jobs = new MockJobs(5).busyTargetStatus(0);
        jobs.register("job-1", TARGET);
        jobs.reset(5);
        assertThat(jobs.runningOn(TARGET)).isEmpty();
        assertThat(jobs.busyTargetStatus()).isEqualTo(400);
    }
}
