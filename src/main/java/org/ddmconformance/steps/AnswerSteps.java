package org.ddmconformance.steps;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.java.en.Then;
import io.restassured.response.Response;
import java.util.List;
import java.util.Set;
import org.ddmconformance.schema.JsonSchemas.Shape;
import org.opentest4j.TestAbortedException;

/** Checks on the answers: status, body shape (JSON Schema), and the Content-Type of every JSON answer. */
public final class AnswerSteps {

    private final ScenarioContext context;

    public AnswerSteps(ScenarioContext context) {
        this.context = context;
    }

    @Then("the restore is accepted with a job id")
    public void accepted() {
        expectAccepted(context.lastAnswer());
    }

    @Then("the request is rejected with status {int} and an error body")
    public void rejectedWith(int status) {
        expectError(Set.of(status), "status " + status);
    }

    @Then("the request is rejected with status {int} or {int} and an error body")
    public void rejectedWithEither(int status, int alternative) {
        expectError(Set.of(status, alternative), "status " + status + " or " + alternative);
    }

    @Then("the request is rejected with status {int}, {int} or {int} and an error body")
    public void rejectedWithOneOf(int status, int second, int third) {
        expectError(Set.of(status, second, third), "status " + status + ", " + second + " or " + third);
    }

    @Then("the request is rejected with a 4xx status and an error body")
    public void rejectedWithClientError() {
        Response answer = context.lastAnswer();
        assertThat(answer.statusCode()).withFailMessage("expected a 4xx status, got %d%n%s",
                answer.statusCode(), context.evidence()).isBetween(400, 499);
        expectErrorBody(answer);
        checkJsonContentType(answer);
    }

    @Then("the answer declares JSON content")
    public void declaresJson() {
        Response answer = context.lastAnswer();
        if (!AnswerBodies.isJson(AnswerBodies.text(answer))) {
            // Whether the body must be JSON is the scenario's own rule; this one judges the label of JSON only.
            throw new TestAbortedException("not applicable: the " + answer.statusCode() + " answer has no JSON body");
        }
        String problem = AnswerBodies.contentTypeProblem(answer);
        assertThat(problem).withFailMessage("%s%n%s", problem, context.evidence()).isNull();
    }

    private void expectAccepted(Response answer) {
        if (answer.statusCode() != 202) {
            RefusedRestores.inconclusive(context, context.call(), answer).ifPresent(why -> {
                throw new TestAbortedException(why + "\n" + context.evidence());
            });
        }
        assertThat(answer.statusCode()).withFailMessage("expected status 202, got %d%s%n%s", answer.statusCode(),
                context.busyTargetHint(), context.evidence()).isEqualTo(202);
        expectShape(answer, Shape.ACCEPTED, "202 body");
        checkJsonContentType(answer);
    }

    private void expectError(Set<Integer> statuses, String expectation) {
        Response answer = context.lastAnswer();
        expectStatus(answer, statuses, expectation);
        expectErrorBody(answer);
        checkJsonContentType(answer);
    }

    private void expectErrorBody(Response answer) {
        List<String> problems = context.schemas().errorProblems(answer.statusCode(), AnswerBodies.text(answer));
        assertThat(problems).withFailMessage("the error body does not match %s:%n  %s%n%s", Shape.ERROR.file(),
                String.join("\n  ", problems), context.evidence()).isEmpty();
    }

    private void expectStatus(Response answer, Set<Integer> statuses, String expectation) {
        assertThat(answer.statusCode()).withFailMessage("expected %s, got %d%n%s", expectation,
                answer.statusCode(), context.evidence()).isIn(statuses);
    }

    private void expectShape(Response answer, Shape shape, String name) {
        List<String> problems = context.schemas().problems(shape, AnswerBodies.text(answer));
        assertThat(problems).withFailMessage("the %s does not match %s:%n  %s%n%s", name, shape.file(),
                String.join("\n  ", problems), context.evidence()).isEmpty();
    }

    /** Content-Type is checked on every JSON answer, and reported against its own requirement (RM-HTTP-002). */
    private void checkJsonContentType(Response answer) {
        String problem = AnswerBodies.contentTypeProblem(answer);
        if (problem != null) {
            context.crossCuttingFinding("[RM-HTTP-002] " + problem + "\n" + context.evidence());
        }
    }
}
