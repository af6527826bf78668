package org.ddmconformance.steps;

import io.cucumber.java.en.Given;
import org.ddmconformance.http.AlmostRightTokens;
import org.opentest4j.TestAbortedException;

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

    /** The real token altered: the reports mask it like the token (see Masker). */
    @Given("the request carries the configured token {tokenAlteration}")
    public void almostRightToken(AlmostRightTokens alteration) {
        String token = context.settings().authToken();
        String altered = alteration.of(token);
        if (altered.equals(token)) {
            throw new TestAbortedException("not applicable: the configured token has no letter in its second half, "
                    + "so changing its letter case leaves it as it is");
        }
        context.call(context.call().withToken(altered));
    }

    @Given("the project in the path is one the token does not belong to")
    public void foreignProject() {
        context.call(context.call().withProjectId(ScenarioContext.unknownId("")));
    }
}
