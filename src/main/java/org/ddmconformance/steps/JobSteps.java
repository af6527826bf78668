package org.ddmconformance.steps;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import java.util.ArrayList;
import java.util.List;
import org.ddmconformance.restore.JobFollower;
import org.ddmconformance.restore.JobOutcome;
import org.ddmconformance.suite.RestoreLedger;
import org.ddmconformance.suite.RestoreLedger.Accepted;
import org.opentest4j.TestAbortedException;

/**
 * The jobs of accepted restores and their ids, judged over the whole run: these steps look at the restores the
 * run has already made (followed where they were accepted) and start one only when there is none yet.
 */
public final class JobSteps {

    private final ScenarioContext context;

    public JobSteps(ScenarioContext context) {
        this.context = context;
    }

    @Given("the restores accepted so far in this run, or else a new restore from the configured backup")
    public void acceptedRestoresOrANewOne() {
        if (withJobs().isEmpty()) {
            context.prepare(RestoreBodies.fromBackup(context.fixture(), context.fixture().backupId()).toString());
            context.send();
        }
        if (withJobs().isEmpty()) {
            throw new TestAbortedException("not applicable: no restore with a job_id was accepted in this run (the "
                    + "restore from the configured backup was answered " + context.lastAnswer().statusCode() + ")"
                    + context.busyTargetHint());
        }
    }

    @Then("the job of every accepted restore is known to the job API, with its own id and a documented status")
    public void everyJobKnown() {
        List<String> unknown = new ArrayList<>();
        for (Accepted restore : withJobs()) {
            JobOutcome outcome = context.restores().outcome(restore.jobId()).orElse(null);
            if (outcome == null) {
                unknown.add("job " + restore.jobId() + " was never followed");
            } else if (outcome.end() == JobOutcome.End.UNKNOWN) {
                unknown.add("job " + restore.jobId() + " (scenario \"" + outcome.scenario() + "\"): " + outcome.problem());
            }
        }
        assertThat(unknown).withFailMessage("[RM-JOB-001] %d of %d accepted restores have a job the job API does "
                + "not show as documented:%n  %s", unknown.size(), withJobs().size(), String.join("\n  ", unknown))
                .isEmpty();
    }

    @Then("the job of every accepted restore ended within DDM_JOB_TIMEOUT_S")
    public void everyJobEnded() {
        List<String> endless = context.restores().outcomes().stream()
                .filter(o -> o.end() == JobOutcome.End.TIMED_OUT).map(JobOutcome::summary).toList();
        assertThat(endless).withFailMessage("[RM-JOB-002] jobs that did not end within DDM_JOB_TIMEOUT_S=%d s:%n  %s",
                context.settings().lifecycle().jobTimeoutS(), String.join("\n  ", endless)).isEmpty();
    }

    @Then("how every job ended and how long it took is recorded")
    public void everyJobRecorded() {
        context.restores().outcomes().forEach(outcome -> context.observe(outcome.summary()));
    }

    @Then("every accepted restore of a different request got a job id no other request got")
    public void jobIdsAreTheirOwn() {
        List<Accepted> accepted = context.restores().accepted().stream().filter(a -> a.call() != null).toList();
        List<Accepted> different = new ArrayList<>();
        for (Accepted restore : accepted) {
            if (different.stream().noneMatch(d -> RestoreLedger.sameRequest(d.call(), restore.call()))) {
                different.add(restore);
            }
        }
        if (different.size() < 2) {
            throw new TestAbortedException("not applicable: " + different.size() + " different request(s) were "
                    + "accepted before this scenario, two are needed to compare job ids (it starts no restore of its "
                    + "own; run it with the accepted restores of RM-ACC-001 and RM-ACC-002)");
        }
        List<String> conflicts = new ArrayList<>();
        for (int i = 0; i < accepted.size(); i++) {
            for (int j = i + 1; j < accepted.size(); j++) {
                Accepted a = accepted.get(i);
                Accepted b = accepted.get(j);
                if (a.hasJob() && JobFollower.sameJob(a.jobId(), b.jobId())
                        && !RestoreLedger.sameRequest(a.call(), b.call())) {
                    conflicts.add("job_id " + a.jobId() + " was given to " + RestoreLedger.describe(a.call())
                            + " and to " + RestoreLedger.describe(b.call()));
                }
            }
        }
        assertThat(conflicts).withFailMessage("[RM-ACC-003] %d of %d accepted restores of different requests share "
                + "a job_id:%n  %s", conflicts.size(), accepted.size(), String.join("\n  ", conflicts)).isEmpty();
        context.observe(different.size() + " different accepted requests, " + accepted.size()
                + " accepted restores in all, compared");
    }

    private List<Accepted> withJobs() {
        return context.restores().accepted().stream().filter(Accepted::hasJob).toList();
    }
}
