package org.ddmconformance.http;

import static io.restassured.RestAssured.given;

import org.ddmconformance.config.Settings;

/**
 * One harmless request before the first scenario: a GET of the base URL without token. Any HTTP answer, or an
 * answer that is merely slow, means the endpoint can be reached; DNS, connection, proxy and TLS failures stop
 * the run with one sentence instead of forty red scenarios.
 */
public final class Preflight {

    private Preflight() {
    }

    public static void check(Settings settings) {
        try {
            given().spec(Transports.baseSpecification(settings.baseUrl(), settings.transport())).get("/")
                    .then().extract().statusCode();
        } catch (Exception e) { // REST Assured may throw IOExceptions unchecked
            if (NetworkProblem.isReadTimeout(e)) {
                return; // reachable; each scenario will say that no answer came
            }
            String sentence = NetworkProblem.describe(e, settings.baseUrl(), "DDM_BASE_URL", settings.transport())
                    .orElse("The endpoint of DDM_BASE_URL cannot be reached: " + e);
            throw new EndpointUnreachableException(sentence, e);
        }
    }
}
