package org.ddmconformance.steps;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import org.ddmconformance.equivalence.Equivalence;
import org.ddmconformance.equivalence.RunIds;
import org.opentest4j.TestAbortedException;
import tools.jackson.databind.node.ObjectNode;

/**
 * A request written in another form that HTTP makes equivalent, proven by a refusal instead of a restore: the
 * request names a target instance that does not exist, and in every form it must be refused as in the plain one.
 */
public final class EquivalentFormSteps {

    private final ScenarioContext context;

    public EquivalentFormSteps(ScenarioContext context) {
        this.context = context;
    }

    @Given("a restore request refused for one reason: the target instance does not exist")
    public void refusedForAnUnknownTarget() {
        ObjectNode body = RestoreBodies.fromBackup(context.fixture(), context.fixture().backupId());
        ((ObjectNode) body.get("target")).put("instance_id", RunIds.unknownTarget(context.session().exploreSeed()));
        context.prepare(body.toString());
        context.plainForm(context.call());
    }

    @Given("the request is written in another form: {writtenForm}")
    public void writtenIn(WrittenForm form) {
        context.comparison(new ScenarioContext.Comparison(form.label(), form.misreading(), form.alsoAllowed()));
        context.call(form.applyTo(context.call()));
    }

    /** Not a form of the same request: the document is silent on both sources, so the answer is only recorded. */
    @Given("its source names the configured restore time as well")
    public void bothSources() {
        ObjectNode body = (ObjectNode) RestoreBodies.JSON.readTree(context.call().body());
        ((ObjectNode) body.get("source")).put("restore_time", context.fixture().restoreTime());
        context.comparison(new ScenarioContext.Comparison("a source naming both a backup and a restore time",
                Misreading.NOT_JSON, java.util.Set.of()));
        context.call(context.call().withBody(body.toString()));
    }

    @Then("it is answered like the same request in the plain form")
    public void answeredLikeThePlainForm() {
        Equivalence.Judgement judgement = judgement();
        switch (judgement.outcome()) {
            case SAME, ALLOWED -> context.observe(judgement.reason());
            case UNDECIDED -> {
                context.observe(judgement.reason());
                throw new TestAbortedException(judgement.reason());
            }
            case DIFFERENT -> assertThat(judgement.outcome()).withFailMessage("%s%n%s%n%s", judgement.reason(),
                    context.evidence(), Comparisons.plainEvidence(context, context.plainForm()))
                    .isNotEqualTo(Equivalence.Outcome.DIFFERENT);
        }
    }

    /** The inverse: the same fields in another media type must be refused, not read as the JSON request. */
    @Then("it is refused with {int} or {int}, not read like the same request in the plain form")
    public void refusedNotReadAlike(int status, int otherStatus) {
        Equivalence.Judgement judgement = judgement();
        if (judgement.outcome() == Equivalence.Outcome.UNDECIDED) {
            context.observe(judgement.reason());
            throw new TestAbortedException(judgement.reason());
        }
        int answered = context.lastAnswer().statusCode();
        assertThat(judgement.outcome()).withFailMessage("%s: %s, so the endpoint read it as the JSON request%n%s%n%s",
                context.comparison().label(), judgement.reason(), context.evidence(),
                Comparisons.plainEvidence(context, context.plainForm())).isEqualTo(Equivalence.Outcome.DIFFERENT);
        assertThat(answered).withFailMessage("%s: expected status %d or %d, got %d%n%s", context.comparison().label(),
                status, otherStatus, answered, context.evidence()).isIn(status, otherStatus);
        context.observe("refused " + context.comparison().label() + " with " + answered);
    }

    @Then("how it is answered, compared with the plain form, is recorded")
    public void recorded() {
        Equivalence.Judgement judgement = judgement();
        context.observe(judgement.outcome() == Equivalence.Outcome.DIFFERENT
                ? judgement.reason().replace("must get the same status and error code", "is read otherwise here")
                : judgement.reason());
    }

    private Equivalence.Judgement judgement() {
        ScenarioContext.Comparison what = context.comparison();
        return Comparisons.judge(context, what.label(), context.plainForm(), context.lastAnswer(), context.evidence(),
                what.misreading(), what.alsoAllowed(), context::observe);
    }
}
