package org.ddmconformance.steps;

import io.cucumber.java.en.Given;

/** Token and project scope: what the API gateway checks before the service sees the request. */
public final class AuthSteps {

    private final ScenarioContext context;

    public AuthSteps(ScenarioContext context) {
        this.context = context;
    }

    @Given("the request carries no X-Auth-Token")
    public void noToken() {
        context.call(context.call().withToken(null));
    }

    @Given("the request carries an X-Auth-Token that is not a valid token")
    public void invalidToken() {
        context.call(context.call().withToken("ddm-conformance-invalid-" + ScenarioContext.unknownId("")));
    }

    @Given("the project in the path is one the token does not belong to")
    public void foreignProject() {
        context.call(context.call().withProjectId(ScenarioContext.unknownId("")));
    }
}
