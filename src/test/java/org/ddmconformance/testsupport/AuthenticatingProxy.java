package org.ddmconformance.testsupport;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.util.List;

/**
 * A forward HTTP proxy on loopback (WireMock in browser-proxying mode) that answers 407 to any request without
 * Proxy-Authorization and forwards the others, keeping a journal of what went through.
 */
public final class AuthenticatingProxy implements AutoCloseable {

    private final WireMockServer server;

    public AuthenticatingProxy() {
        server = new WireMockServer(WireMockConfiguration.options().bindAddress("127.0.0.1").dynamicPort()
                .enableBrowserProxying(true));
        server.start();
        server.stubFor(any(anyUrl()).withHeader("Proxy-Authorization", absent())
                .willReturn(aResponse().withStatus(407).withHeader("Proxy-Authenticate", "Basic realm=\"test\"")));
    }

    /** The value for DDM_PROXY. */
    public String url(String user, String password) {
        return "http://" + user + ":" + password + "@127.0.0.1:" + server.port();
    }

    public List<ServeEvent> requests() {
        return server.getAllServeEvents();
    }

    @Override
    public void close() {
        server.stop();
    }
}
