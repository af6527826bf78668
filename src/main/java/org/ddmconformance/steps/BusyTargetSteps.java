package org.ddmconformance.steps;

import io.cucumber.java.en.When;
import java.util.Optional;
import org.ddmconformance.restore.JobFollower;
import org.ddmconformance.suite.RestoreLedger.Intent;
import org.opentest4j.TestAbortedException;

/**
 * One restore at a time on a target (RM-ACC-004): a second restore is sent while the first one's job runs, and
 * the first job is polled once after the second answer, so a 202 is judged only when the target was surely busy.
 */
public final class BusyTargetSteps {

    private final ScenarioContext context;

    public BusyTargetSteps(ScenarioContext context) {
        this.context = context;
    }

    @When("the restore request is sent, and right after it a restore to the configured restore time on the same target")
    public void sendSecondRestoreWhileTheFirstJobRuns() {
        ScenarioContext.SentPost first = context.sendPost(context.call(), Intent.RESTORE);
        if (first.answer().statusCode() != 202) {
            context.followJob(first);
            throw new TestAbortedException("the first restore was answered " + first.answer().statusCode()
                    + ", not accepted, so no job made the target busy (RM-ACC-001 judges that answer)"
                    + context.busyTargetHint());
        }
        String firstJob = ScenarioContext.jobId(first.answer());
        ScenarioContext.SentPost second = null;
        Optional<String> firstJobStatus = Optional.empty();
        try {
            second = context.sendPost(first.call().withBody(RestoreBodies.toRestoreTime(context.fixture()).toString()),
                    Intent.RESTORE_ON_BUSY_TARGET);
            if (firstJob != null && !firstJob.isBlank()) {
                firstJobStatus = context.session().jobs().statusNow(firstJob, context.recorder(), context::observe);
            }
        } finally { // whatever happened, no job is left unfollowed before the next restore
            context.followJob(first);
            if (second != null) {
                context.followJob(second);
            }
        }
        if (second.answer().statusCode() != 202) {
            return; // the Then step judges the refusal
        }
        String status = firstJobStatus.orElse(null);
        if (status == null || JobFollower.ended(status)) {
            throw new TestAbortedException("inconclusive: the second restore was accepted, but the first one's job "
                    + firstJob + (status == null ? " was not shown by the job API" : " was already " + status)
                    + " just after, so the target may have been free; it shows only where jobs run longer");
        }
        context.observe("the first restore's job " + firstJob + " was still " + status
                + " when the second restore, to the same target, had been answered 202");
    }
}
