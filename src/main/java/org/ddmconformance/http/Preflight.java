package org.ddmconformance.http;

import static io.restassured.RestAssured.given;

import java.util.Optional;
import org.ddmconformance.config.ConfigurationException;
import org.ddmconformance.config.Settings;
import org.ddmconformance.work.RunDeadline;

/**
 * One harmless request before the first scenario: a GET of the base URL without token. Any HTTP answer, a slow
 * one or even a dropped one means the endpoint can be reached (what "/" answers is outside the contract); DNS,
 * refused or timed-out connections, TLS failures and a proxy refusing its credentials stop the run with one
 * sentence instead of forty red scenarios. Like every exchange, it is bounded by DDM_READ_TIMEOUT_MS and
 * DDM_MAX_ANSWER_BYTES: an answer to "/" that trickles or floods is cut, and the scenarios judge the endpoint
 * (with every report written) rather than a page outside the contract.
 */
public final class Preflight {

    private Preflight() {
    }

    public static void check(Settings settings) {
        check(settings, RunDeadline.none());
    }

    public static void check(Settings settings, RunDeadline runDeadline) {
        int status;
        try {
            status = given().spec(Transports.baseSpecification(settings.baseUrl(), settings.transport(), runDeadline))
                    .get("/")
                    .then().extract().statusCode();
        } catch (ConfigurationException e) {
            throw e; // a trust store that cannot be read, not an endpoint that cannot be reached
        } catch (Exception e) { // REST Assured may throw IOExceptions unchecked
            Optional<String> unreachable = NetworkProblem.describe(e, settings.baseUrl(), "DDM_BASE_URL",
                    settings.transport());
            if (unreachable.isPresent()) {
                throw new EndpointUnreachableException(unreachable.get(), e);
            }
            // A read timeout, a cut answer, a reset or an empty answer on "/": the endpoint can be reached; the
            // scenarios judge it.
            return;
        }
        if (status == 407 && settings.transport().proxy() != null) {
            throw new ConfigurationException("The proxy " + settings.transport().proxy().host() + ":"
                    + settings.transport().proxy().port() + " refused the credentials of DDM_PROXY (or HTTPS_PROXY, "
                    + "HTTP_PROXY): 407 Proxy Authentication Required");
        }
    }
}
