package org.ddmconformance.steps;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.When;
import io.restassured.response.Response;
import java.util.List;
import java.util.Optional;
import org.ddmconformance.http.Exchange;
import org.ddmconformance.http.RestoreCall;
import org.ddmconformance.restore.JobFollower;
import org.ddmconformance.suite.RestoreLedger.Intent;
import org.opentest4j.TestAbortedException;

/**
 * One restore at a time on a target (RM-ACC-004): a second restore is sent while the first one's job runs, and
 * the first job is polled once after the second answer, so a 202 is judged only when the target was surely busy.
 * The second restore goes beside RM-ACC-001's restore, so it spends no target of its own; RM-ACC-004 judges it.
 */
public final class BusyTargetSteps {

    /** Under this key the run keeps the second restore sent beside RM-ACC-001's. */
    private static final String KEPT = "the restore sent to a target whose restore job ran";

    /** The second restore: its answer and exchange, or why it says nothing (not sent, or the target may have been free). */
    record SecondRestore(Response answer, Exchange exchange, String inconclusive) {
    }

    private final ScenarioContext context;

    public BusyTargetSteps(ScenarioContext context) {
        this.context = context;
    }

    /** The first answer stays the scenario's last one, for RM-ACC-001's own check. */
    @When("the restore request is sent, and while its job runs a restore to the configured restore time on the same target")
    public void sendSecondRestoreBeside() {
        SecondRestore second = sendBoth();
        context.session().keep(KEPT, second);
        context.adoptAnswer(context.answers().get(0), context.ownExchanges().isEmpty() ? null
                : context.ownExchanges().get(0));
    }

    @Given("the restore sent to a target while the job of an accepted restore ran there")
    public void secondRestore() {
        Optional<SecondRestore> kept = context.session().kept(KEPT, SecondRestore.class);
        SecondRestore second = kept.orElseGet(() -> {
            context.prepare(RestoreBodies.fromBackup(context.fixture(), context.fixture().backupId()).toString());
            return sendBoth(); // RM-ACC-001's scenario did not run: this one sends both restores itself
        });
        if (second.inconclusive() != null) {
            throw new TestAbortedException(second.inconclusive());
        }
        if (kept.isPresent()) {
            context.recordGenerated(List.of(second.exchange()));
            context.observe("judged: the second restore sent beside the restore of \"Restore metadata from a "
                    + "backup\" (RM-ACC-001), while its job ran");
        }
        context.adoptAnswer(second.answer(), second.exchange());
    }

    private SecondRestore sendBoth() {
        ScenarioContext.SentPost first = context.sendPost(context.call(), Intent.RESTORE);
        if (first.answer().statusCode() != 202) {
            context.followJob(first);
            return new SecondRestore(null, null, "not judged: the first restore was answered "
                    + first.answer().statusCode() + ", not accepted, so no job made the target busy (RM-ACC-001 "
                    + "judges that answer)" + context.busyTargetHint());
        }
        String firstJob = ScenarioContext.jobId(first.answer());
        ScenarioContext.SentPost second = null;
        Optional<String> firstJobStatus = Optional.empty();
        try {
            RestoreCall secondCall = first.call().withBody(RestoreBodies.toRestoreTime(context.fixture()).toString());
            second = context.sendPost(secondCall, Intent.RESTORE_ON_BUSY_TARGET);
            if (firstJob != null && !firstJob.isBlank() && context.settings().lifecycle().jobApi()) {
                firstJobStatus = context.session().jobs().statusNow(firstJob, context.recorder(), context::observe);
            }
        } finally { // whatever happened, no job is left unfollowed before the next restore
            context.followJob(first);
            if (second != null) {
                context.followJob(second);
            }
        }
        if (second.answer().statusCode() != 202) {
            return new SecondRestore(second.answer(), second.exchange(), null); // the Then step judges the refusal
        }
        String status = firstJobStatus.orElse(null);
        if (status == null || JobFollower.ended(status)) {
            return new SecondRestore(second.answer(), second.exchange(), "inconclusive: the second restore was "
                    + "accepted, but the first one's job " + firstJob + (status == null ? (context.settings().lifecycle().jobApi()
                    ? " was not shown by the job API" : " could not be seen (DDM_JOB_API=false)")
                    : " was already " + status) + " just after, so the target may have been free; it shows only "
                    + "where jobs run longer");
        }
        context.observe("the first restore's job " + firstJob + " was still " + status
                + " when the second restore, to the same target, had been answered 202");
        return new SecondRestore(second.answer(), second.exchange(), null);
    }
}
