package org.ddmconformance.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.Map;
import org.ddmconformance.config.Settings;
import org.ddmconformance.mock.EmbeddedMock;
import org.ddmconformance.suite.SuiteSession;
import org.ddmconformance.testsupport.MisbehavingServer;
import org.ddmconformance.testsupport.MisbehavingServer.Behaviour;
import org.ddmconformance.testsupport.RealEndpointSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Every exchange is bounded as a whole: an answer that trickles or stalls is cut at DDM_READ_TIMEOUT_MS, one that
 * floods is cut at DDM_MAX_ANSWER_BYTES, and only the first bytes that arrived are kept as evidence.
 */
class BoundedAnswersTest {

    private static final String TOKEN = EmbeddedMock.fixture().getProperty("ddm.auth-token");
    private static final int READ_TIMEOUT_MS = 1000;
    private static final int CAP = 65_536;

    private MisbehavingServer server;

    @AfterEach
    void stopServer() throws IOException {
        if (server != null) {
            server.close();
        }
    }

    private Map<String, String> endpoint(Behaviour behaviour) throws IOException {
        server = new MisbehavingServer(behaviour);
        Map<String, String> env = RealEndpointSettings.environment(server.baseUrl());
        env.put("DDM_READ_TIMEOUT_MS", String.valueOf(READ_TIMEOUT_MS));
        env.put("DDM_MAX_ANSWER_BYTES", String.valueOf(CAP));
        env.put("DDM_DISCOVER", "false"); // these tests count the suite's own requests to the endpoint
        return env;
    }

    private static RestoreCall call() {
        return new RestoreCall("POST", "p", "i", TOKEN, "{\"source\": {}}");
    }

    @Test
    void aDrippingAnswerIsCutAtTheReadTimeoutAndCountsAsUnanswered() throws IOException {
        // A preflight that gets a trickle on "/" still finds the endpoint reachable: the scenarios judge it.
        try (SuiteSession session = SuiteSession.open(RealEndpointSettings.load(endpoint(Behaviour.DRIP)))) {
            ExchangeRecorder recorder = new ExchangeRecorder(session.masker());
            for (int i = 0; i < RequestFactory.TIMEOUTS_BEFORE_GIVING_UP; i++) {
                assertThatThrownBy(() -> session.requests().send(call(), recorder))
                        .hasMessageStartingWith("no complete answer within 1000 ms (DDM_READ_TIMEOUT_MS) to POST")
                        .hasMessageContaining("response: 202").hasMessageContaining("cut after");
            }
            Exchange cut = recorder.last().orElseThrow();
            assertThat(cut.status()).isEqualTo(202);
            // What had arrived, cut, with the token the server echoed masked.
            assertThat(cut.responseBody()).startsWith("fffff").contains("{\"echo\": \"****\", \"job_id\": \"d")
                    .endsWith("no complete answer within 1000 ms; this is all that arrived]");
            assertThat(cut.transcript()).doesNotContain(TOKEN);
            assertThatThrownBy(() -> session.requests().send(call(), recorder)).hasMessageContaining("was not sent");
        }
    }

    @Test
    void anAnswerThatStopsAfterItsHeadersIsCutAtTheReadTimeout() throws IOException {
        try (SuiteSession session = SuiteSession.open(RealEndpointSettings.load(endpoint(Behaviour.HEADERS_THEN_STOP)))) {
            ExchangeRecorder recorder = new ExchangeRecorder(session.masker());
            assertThatThrownBy(() -> session.requests().send(call(), recorder))
                    .hasMessageStartingWith("no complete answer within 1000 ms (DDM_READ_TIMEOUT_MS) to POST");
            Exchange cut = recorder.last().orElseThrow();
            assertThat(cut.status()).isEqualTo(202);
            assertThat(cut.responseHeaders()).contains(Map.entry("Content-Length", "100"));
            assertThat(cut.responseBody()).startsWith("[cut after").contains("this is all that arrived");
        }
    }

    @Test
    void aRequestBodyTheEndpointDoesNotReadIsGivenUpAtTheReadTimeout() throws IOException {
        // The dripping server reads only the request head. A socket has no write timeout: without the watchdog the
        // write of the body would block for good once the endpoint's receive buffer is full.
        try (SuiteSession session = SuiteSession.open(RealEndpointSettings.load(endpoint(Behaviour.DRIP)))) {
            String huge = "{\"source\": \"" + "x".repeat(16 * 1024 * 1024) + "\"}";
            assertThatThrownBy(() -> session.requests().send(call().withBody(huge), new ExchangeRecorder(session.masker())))
                    .hasMessageStartingWith("no complete answer within 1000 ms (DDM_READ_TIMEOUT_MS) to POST");
        }
    }

    @Test
    void aFloodingAnswerIsCutAtTheCapAndOnlyItsFirstBytesAreKept() throws IOException {
        try (SuiteSession session = SuiteSession.open(RealEndpointSettings.load(endpoint(Behaviour.FLOOD)))) {
            ExchangeRecorder recorder = new ExchangeRecorder(session.masker());
            assertThatThrownBy(() -> session.requests().send(call(), recorder))
                    .hasMessageStartingWith("answer larger than 65536 bytes (DDM_MAX_ANSWER_BYTES) to POST");
            Exchange cut = recorder.last().orElseThrow();
            assertThat(cut.status()).isEqualTo(202);
            assertThat(cut.responseBody()).contains("only the first " + GuardedConnection.EVIDENCE_BYTES + " bytes");
            long floodBytes = cut.responseBody().chars().filter(c -> c == MisbehavingServer.FLOOD_BYTE).count();
            assertThat(floodBytes).isPositive().isLessThanOrEqualTo(GuardedConnection.EVIDENCE_BYTES);
            // A flood is an answer: it does not count towards the requests left unanswered.
            assertThatThrownBy(() -> session.requests().send(call(), recorder))
                    .hasMessageStartingWith("answer larger than 65536 bytes");
            assertThatThrownBy(() -> session.requests().send(call(), recorder))
                    .hasMessageStartingWith("answer larger than 65536 bytes");
        }
    }

    @Test
    void iamThatFloodsOrStallsStopsTheRunWithOneSentence() throws IOException {
        try (EmbeddedMock endpoint = EmbeddedMock.start()) {
            for (Behaviour behaviour : new Behaviour[] {Behaviour.FLOOD, Behaviour.HEADERS_THEN_STOP}) {
                try (MisbehavingServer iam = new MisbehavingServer(behaviour)) {
                    Map<String, String> env = RealEndpointSettings.environment(endpoint.baseUrl());
                    env.remove("DDM_AUTH_TOKEN");
                    env.put("DDM_IAM_URL", iam.baseUrl());
                    env.put("DDM_IAM_DOMAIN", "d");
                    env.put("DDM_IAM_USERNAME", "u");
                    env.put("DDM_IAM_PASSWORD", "iam-pass-4");
                    env.put("DDM_READ_TIMEOUT_MS", String.valueOf(READ_TIMEOUT_MS));
                    env.put("DDM_MAX_ANSWER_BYTES", String.valueOf(CAP));
                    Settings settings = RealEndpointSettings.load(env);
                    assertThatThrownBy(() -> SuiteSession.open(settings)).isInstanceOf(EndpointUnreachableException.class)
                            .hasMessageStartingWith("IAM at DDM_IAM_URL (127.0.0.1:")
                            .hasMessageContaining(behaviour == Behaviour.FLOOD
                                    ? "sent an answer larger than 65536 bytes (DDM_MAX_ANSWER_BYTES)"
                                    : "sent no complete answer within 1000 ms (DDM_READ_TIMEOUT_MS)")
                            .message().doesNotContain("iam-pass-4").doesNotContain("\n");
                }
            }
        }
    }
}
