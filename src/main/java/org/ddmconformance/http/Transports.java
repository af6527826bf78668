package org.ddmconformance.http;

import io.restassured.builder.RequestSpecBuilder;
import io.restassured.config.EncoderConfig;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RedirectConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.config.SSLConfig;
import io.restassured.specification.ProxySpecification;
import io.restassured.specification.RequestSpecification;
import org.ddmconformance.config.ProxySettings;
import org.ddmconformance.config.Transport;
import org.ddmconformance.work.RunDeadline;

/**
 * The one place a REST Assured base specification is made: base URI, timeouts, TLS trust, proxy, and the limits
 * every exchange gets from its HTTP client ({@link GuardedHttpClient}): a deadline for the whole answer
 * (DDM_READ_TIMEOUT_MS, cut short by the run deadline) and a cap on its size (DDM_MAX_ANSWER_BYTES).
 */
final class Transports {

    static {
        linkGroovyCallSitesEarly();
    }

    private Transports() {
    }

    /**
     * REST Assured is written in Groovy, whose call sites take a slow, reflective path until they have been called
     * 1000 times (Groovy's default), far more than a run's few hundred requests ever reach. Linking them after a
     * few calls cuts the CPU each request costs (bench/run.sh measures whole runs). Set here, before
     * the first REST Assured call reads them; a value the user gave (-D) is kept.
     */
    private static void linkGroovyCallSitesEarly() {
        for (String threshold : new String[] {"groovy.indy.optimize.threshold", "groovy.indy.fallback.threshold"}) {
            if (System.getProperty(threshold) == null) {
                System.setProperty(threshold, "16");
            }
        }
    }

    /** A specification for one base URI; every exchange through it ends by the run deadline it is handed. */
    static RequestSpecification baseSpecification(String baseUri, Transport transport, RunDeadline runDeadline) {
        ExchangeLimits limits = new ExchangeLimits(transport.readTimeoutMs(), transport.maxAnswerBytes(), runDeadline);
        // One client per specification, as real clients do: its pool keeps connections alive between requests
        // (a connection whose answer was cut or abandoned is shut down, never reused).
        GuardedHttpClient client = new GuardedHttpClient(limits);
        RestAssuredConfig config = RestAssuredConfig.config()
                .httpClient(HttpClientConfig.httpClientConfig()
                        .setParam("http.connection.timeout", transport.connectTimeoutMs())
                        .setParam("http.socket.timeout", transport.readTimeoutMs())
                        .setParam("http.connection-manager.timeout", (long) transport.connectTimeoutMs())
                        .httpClientFactory(() -> client))
                .encoderConfig(EncoderConfig.encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(false))
                // A 3xx is an answer to judge, not a detour to take.
                .redirect(RedirectConfig.redirectConfig().followRedirects(false))
                .sslConfig(ssl(transport));
        RequestSpecBuilder builder = new RequestSpecBuilder().setBaseUri(baseUri).setConfig(config);
        ProxySettings proxy = transport.proxy();
        if (proxy != null) {
            ProxySpecification spec = ProxySpecification.host(proxy.host()).withPort(proxy.port())
                    .withScheme(proxy.scheme());
            builder.setProxy(proxy.username() == null ? spec : spec.withAuth(proxy.username(), proxy.password()));
        }
        return builder.build();
    }

    private static SSLConfig ssl(Transport transport) {
        if (transport.tls().insecure()) {
            return SSLConfig.sslConfig().relaxedHTTPSValidation();
        }
        if (transport.tls().addsTrust()) {
            return SSLConfig.sslConfig().trustStore(TrustStores.combined(transport.tls())).strictHostnames();
        }
        return SSLConfig.sslConfig().strictHostnames();
    }
}
