package org.ddmconformance.testsupport;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.not;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * A forward HTTP proxy on loopback (WireMock in browser-proxying mode) that answers 407 to any request without
 * the right Proxy-Authorization and forwards the others, keeping a journal of what went through.
 */
public final class AuthenticatingProxy implements AutoCloseable {

    private final WireMockServer server;
    private final String user;
    private final String password;

    public AuthenticatingProxy(String user, String password) {
        this.user = user;
        this.password = password;
        server = new WireMockServer(WireMockConfiguration.options().bindAddress("127.0.0.1").dynamicPort()
                .enableBrowserProxying(true));
        server.start();
        String expected = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        server.stubFor(any(anyUrl()).withHeader("Proxy-Authorization", not(equalTo(expected)))
                .willReturn(aResponse().withStatus(407).withHeader("Proxy-Authenticate", "Basic realm=\"test\"")));
    }

    /** The value for DDM_PROXY, with the right credentials. */
    public String url() {
        return url(password);
    }

    /** The value for DDM_PROXY, with this password. */
    public String url(String anyPassword) {
        return "http://" + user + ":" + anyPassword + "@127.0.0.1:" + server.port();
    }

    public List<ServeEvent> requests() {
        return server.getAllServeEvents();
    }

    @Override
    public void close() {
        server.stop();
    }
}
