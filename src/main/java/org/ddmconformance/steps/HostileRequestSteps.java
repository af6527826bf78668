package org.ddmconformance.steps;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.restassured.response.Response;
import org.ddmconformance.http.RequestFactory;
import org.ddmconformance.http.RequestForm;

/** Hostile requests: malformed escapes and a body nested far deeper than any real one. */
public final class HostileRequestSteps {

    private static final int DEEP = 10_000;

    private final ScenarioContext context;

    public HostileRequestSteps(ScenarioContext context) {
        this.context = context;
    }

    /** Each breaks the body too (no source, no target), so that no answer to it can be a restore. */
    @Given("the request is made hostile: {hostileRequest}")
    public void hostile(String hostile) {
        String resource = RequestFactory.PATH.replace("{project_id}", context.fixture().projectId())
                .replace("{instance_id}", context.fixture().instanceId());
        switch (hostile) {
            case "an invalid UTF-8 escape in the path" -> context.call(context.call().withBody("{}").withForm(
                    RequestForm.PLAIN.withRawPath(resource.replace("/backups/", "/backups%C0%AF%FF/"))));
            case "an invalid UTF-8 escape in the query" -> context.call(context.call().withBody("{}").withForm(
                    RequestForm.PLAIN.withRawPath(resource + "?marker=%C0%AF%FF")));
            default -> context.call(context.call().withBody("{\"source\":" + "[".repeat(DEEP) + "]".repeat(DEEP) + "}"));
        }
    }

    @Then("the answer is a client error, not a server error")
    public void clientError() {
        Response answer = context.lastAnswer();
        assertThat(answer.statusCode()).withFailMessage("RM-ROBUST-001: a hostile request should get a client "
                + "error (4xx), got %d%n%s", answer.statusCode(), context.evidence()).isBetween(400, 499);
    }
}
