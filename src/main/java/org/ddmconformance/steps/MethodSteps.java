package org.ddmconformance.steps;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.java.en.Then;
import io.restassured.response.Response;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.opentest4j.TestAbortedException;

/** Checks on the answers to methods other than POST on the resource (RM-HTTP-001, RM-HTTP-003). */
public final class MethodSteps {

    private final ScenarioContext context;

    public MethodSteps(ScenarioContext context) {
        this.context = context;
    }

    @Then("the answer has status {int} or {int}")
    public void statusEither(int status, int alternative) {
        Response answer = context.lastAnswer();
        expectStatus(answer, Set.of(status, alternative), "status " + status + " or " + alternative);
        // No body is required here, but a JSON one must say so (an HTML error page may say text/html, and
        // this undocumented answer may use a JSON-based type such as application/problem+json).
        reportJsonLabel(answer);
    }

    /**
     * GET on the resource is also Querying Details About a Backup (GET .../backups/{backup_id}) for a backup named
     * metadata-recovery: an endpoint may answer it as that API answers an unknown backup, 400 with an error body.
     */
    @Then("the answer has status 404 or 405, or 400 with an error body")
    public void notARestoreOrAnUnknownBackup() {
        Response answer = context.lastAnswer();
        expectStatus(answer, Set.of(400, 404, 405), "status 404 or 405, or 400 with an error body");
        if (answer.statusCode() == 400) {
            List<String> problems = context.schemas().eitherErrorPairProblems(AnswerBodies.text(answer));
            assertThat(problems).withFailMessage("the 400 answer has no error body:%n  %s%n%s",
                    String.join("\n  ", problems), context.evidence()).isEmpty();
        }
        reportJsonLabel(answer);
    }

    @Then("a 405 answer names POST in its Allow header")
    public void allowHeaderNamesPost() {
        Response answer = context.lastAnswer();
        if (answer.statusCode() != 405) {
            throw new TestAbortedException("not applicable: the endpoint answered " + answer.statusCode()
                    + ", not 405");
        }
        // Allow may come as several header lines; together they are one comma-separated list.
        List<String> lines = answer.headers().getValues("Allow");
        String allow = lines.isEmpty() ? null : String.join(", ", lines);
        List<String> methods = allow == null ? List.of()
                : Arrays.stream(allow.split(",")).map(m -> m.trim().toUpperCase(Locale.ROOT)).toList();
        assertThat(methods).withFailMessage("a 405 answer should name POST in Allow, it has %s%n%s",
                allow == null ? "no Allow header" : "Allow: " + allow, context.evidence()).contains("POST");
    }

    private void expectStatus(Response answer, Set<Integer> statuses, String expectation) {
        assertThat(answer.statusCode()).withFailMessage("expected %s, got %d%n%s", expectation,
                answer.statusCode(), context.evidence()).isIn(statuses);
    }

    /** A JSON body must say it is JSON (a JSON-based type is fine here); reported against RM-HTTP-002. */
    private void reportJsonLabel(Response answer) {
        if (AnswerBodies.isJson(AnswerBodies.text(answer))) {
            String problem = AnswerBodies.contentTypeProblem(answer, true);
            if (problem != null) {
                context.crossCuttingFinding("[RM-HTTP-002] " + problem + "\n" + context.evidence());
            }
        }
    }
}
