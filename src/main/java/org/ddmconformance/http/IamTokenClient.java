package org.ddmconformance.http;

import static io.restassured.RestAssured.given;

import io.restassured.response.Response;
import org.ddmconformance.config.ConfigurationException;
import org.ddmconformance.config.Iam;
import org.ddmconformance.config.Settings;
import org.ddmconformance.work.RunDeadline;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Obtains a project-scoped user token with the IAM password method ({@code POST {iam}/v3/auth/tokens}); the
 * token is the {@code X-Subject-Token} header of the answer. Called once per run; nothing here is logged.
 */
public final class IamTokenClient {

    public static final String PATH = "/v3/auth/tokens";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private IamTokenClient() {
    }

    public static String obtainToken(Settings settings) {
        return obtainToken(settings, RunDeadline.none());
    }

    /** @param runDeadline bounds the exchange with IAM as it bounds every other */
    public static String obtainToken(Settings settings, RunDeadline runDeadline) {
        Iam iam = settings.iam();
        Response answer;
        String text;
        try {
            answer = given().spec(Transports.baseSpecification(iam.url(), settings.transport(), runDeadline))
                    .contentType("application/json").body(requestBody(iam, settings.fixture().projectId()))
                    .post(PATH);
            text = answer.asString(); // read here: the transport may cut a slow or huge body
        } catch (Exception e) { // REST Assured may throw IOExceptions unchecked
            throw new EndpointUnreachableException(NetworkProblem.describe(e, iam.url(), "DDM_IAM_URL",
                    settings.transport()).or(() -> NetworkProblem.describeCutAnswer(e, "IAM", iam.url(), "DDM_IAM_URL",
                    settings.transport())).orElse("IAM at DDM_IAM_URL cannot be reached: " + e), e);
        }
        String token = answer.header("X-Subject-Token");
        if (answer.statusCode() / 100 == 2 && token != null && !token.isBlank()) {
            return token;
        }
        throw new ConfigurationException("IAM at DDM_IAM_URL refused to issue a token for DDM_IAM_USERNAME '"
                + iam.username() + "' in DDM_IAM_DOMAIN '" + iam.domain() + "': " + answer.statusCode() + " "
                + iamError(text));
    }

    static String requestBody(Iam iam, String projectId) {
        ObjectNode body = JSON.createObjectNode();
        ObjectNode identity = body.putObject("auth").putObject("identity");
        identity.putArray("methods").add("password");
        ObjectNode user = identity.putObject("password").putObject("user");
        user.put("name", iam.username()).put("password", iam.password());
        user.putObject("domain").put("name", iam.domain());
        ((ObjectNode) body.get("auth")).putObject("scope").putObject("project").put("id", projectId);
        return body.toString();
    }

    /** IAM answers {"error_code","error_msg"} or {"error": {"code","message"}}; either is shown. */
    static String iamError(String text) {
        try {
            JsonNode node = JSON.readTree(text);
            if (node.hasNonNull("error_code") || node.hasNonNull("error_msg")) {
                return node.path("error_code").asString("") + " " + node.path("error_msg").asString("");
            }
            JsonNode error = node.path("error");
            if (!error.isMissingNode()) {
                return error.path("code").asString("") + " " + error.path("message").asString("");
            }
        } catch (RuntimeException e) {
            // not JSON: show an excerpt below
        }
        String excerpt = text.replaceAll("\\s+", " ").trim();
        return excerpt.length() > 200 ? excerpt.substring(0, 200) + "..." : excerpt;
    }
}
