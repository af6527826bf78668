package org.ddmconformance.steps;

import io.cucumber.java.en.Given;
import org.ddmconformance.http.AlmostRightTokens;

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

    /** The real token with its last characters changed: the reports mask it like the token (see Masker). */
    @Given("the request carries the configured token with its last characters changed")
    public void tamperedToken() {
        context.call(context.call().withToken(AlmostRightTokens.tampered(context.settings().authToken())));
    }

    @Given("the request carries the configured token cut short")
    public void cutToken() {
        context.call(context.call().withToken(AlmostRightTokens.cut(context.settings().authToken())));
    }

    @Given("the project in the path is one the token does not belong to")
    public void foreignProject() {
        context.call(context.call().withProjectId(ScenarioContext.unknownId("")));
    }
}
