package org.ddmconformance.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.ddmconformance.config.ConfigurationException;
import org.ddmconformance.config.Settings;
import org.ddmconformance.mock.EmbeddedMock;
import org.ddmconformance.suite.SuiteSession;
import org.ddmconformance.testsupport.AuthenticatingProxy;
import org.ddmconformance.testsupport.FullListener;
import org.ddmconformance.testsupport.RealEndpointSettings;
import org.ddmconformance.testsupport.SelfSignedCertificate;
import org.ddmconformance.testsupport.SilentServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reaching a real endpoint: IAM token, TLS trust, proxy, timeouts, preflight, 429 retries; all on loopback. */
class EndpointAccessTest {

    private static final String TOKEN = EmbeddedMock.fixture().getProperty("ddm.auth-token");
    private static final String IAM_PASSWORD = EmbeddedMock.fixture().getProperty("ddm.iam-password");

    private static Map<String, String> withIam(String url, String password) {
        Map<String, String> env = RealEndpointSettings.environment(url);
        env.remove("DDM_AUTH_TOKEN");
        env.put("DDM_IAM_URL", url);
        env.put("DDM_IAM_DOMAIN", EmbeddedMock.fixture().getProperty("ddm.iam-domain"));
        env.put("DDM_IAM_USERNAME", EmbeddedMock.fixture().getProperty("ddm.iam-username"));
        env.put("DDM_IAM_PASSWORD", password);
        return env;
    }

    @Test
    void aTokenIsObtainedFromIamOnceAndMasked() {
        try (EmbeddedMock mock = EmbeddedMock.start(options -> { });
             SuiteSession session = SuiteSession.open(RealEndpointSettings.load(withIam(mock.baseUrl(), IAM_PASSWORD)))) {
            assertThat(session.settings().authToken()).isEqualTo(TOKEN);
            assertThat(session.masker().mask("token " + TOKEN + " password " + IAM_PASSWORD)).isEqualTo("token **** password ****");
            mock.server().verify(1, postRequestedFor(urlPathEqualTo(IamTokenClient.PATH)));
        }
    }

    @Test
    void iamRefusingTheCredentialsStopsTheRunWithIamsError() {
        try (EmbeddedMock mock = EmbeddedMock.start()) {
            Settings settings = RealEndpointSettings.load(withIam(mock.baseUrl(), "wrong-password-77"));
            assertThatThrownBy(() -> SuiteSession.open(settings)).isInstanceOf(ConfigurationException.class)
                    .hasMessageContainingAll("IAM at DDM_IAM_URL refused", "401", "IAM.0006", "The username or password is wrong")
                    .message().doesNotContain("wrong-password-77");
        }
    }

    @Test
    void aSelfSignedCertificateIsRefusedByDefaultAndAcceptedWithItsCa(@TempDir Path dir) throws Exception {
        SelfSignedCertificate certificate = SelfSignedCertificate.create(dir, "keystore-pass-1");
        try (EmbeddedMock mock = EmbeddedMock.start(certificate.httpsOptions())) {
            Map<String, String> env = RealEndpointSettings.environment(mock.httpsBaseUrl());
            assertThatThrownBy(() -> SuiteSession.open(RealEndpointSettings.load(env)))
                    .isInstanceOf(EndpointUnreachableException.class)
                    .hasMessageContainingAll("TLS handshake with localhost:", "not trusted", "DDM_CA_CERT");

            env.put("DDM_CA_CERT", certificate.pem().toString());
            openAndClose(env);

            env.remove("DDM_CA_CERT");
            env.put("DDM_TRUSTSTORE", certificate.keystore().toString());
            env.put("DDM_TRUSTSTORE_PASSWORD", certificate.password());
            openAndClose(env);

            env.remove("DDM_TRUSTSTORE");
            env.remove("DDM_TRUSTSTORE_PASSWORD");
            env.put("DDM_INSECURE_TLS", "true");
            Settings insecure = RealEndpointSettings.load(env);
            assertThat(insecure.notices()).anyMatch(n -> n.contains("NOT verified"));
            openAndClose(env);
        }
    }

    private static void openAndClose(Map<String, String> env) {
        try (SuiteSession session = SuiteSession.open(RealEndpointSettings.load(env))) {
            assertThat(session.settings().baseUrl()).startsWith("https://");
        }
    }

    @Test
    void requestsGoThroughTheConfiguredProxyWithItsCredentials() {
        try (EmbeddedMock endpoint = EmbeddedMock.start();
             AuthenticatingProxy proxy = new AuthenticatingProxy("gate", "proxy-pass-9")) {
            Map<String, String> env = RealEndpointSettings.environment(endpoint.baseUrl());
            env.put("DDM_PROXY", proxy.url());
            Settings settings = RealEndpointSettings.load(env);
            assertThat(settings.secrets()).contains("proxy-pass-9");
            try (SuiteSession session = SuiteSession.open(settings)) {
                assertThat(send(session, settings).status()).isEqualTo(202);
            }
            String credentials = "Basic " + Base64.getEncoder().encodeToString("gate:proxy-pass-9".getBytes());
            assertThat(proxy.requests()).anyMatch(e -> credentials.equals(e.getRequest().getHeader("Proxy-Authorization"))
                    && e.getRequest().getUrl().contains("metadata-recovery"));
        }
    }

    @Test
    void aProxyRefusingItsCredentialsStopsTheRunNamingTheSetting() {
        try (EmbeddedMock endpoint = EmbeddedMock.start();
             AuthenticatingProxy proxy = new AuthenticatingProxy("gate", "proxy-pass-9")) {
            Map<String, String> env = RealEndpointSettings.environment(endpoint.baseUrl());
            env.put("DDM_PROXY", proxy.url("wrong-pass-3"));
            Settings settings = RealEndpointSettings.load(env);
            assertThatThrownBy(() -> SuiteSession.open(settings)).isInstanceOf(ConfigurationException.class)
                    .hasMessageContaining("refused the credentials of DDM_PROXY").message().doesNotContain("wrong-pass-3");
        }
    }

    @Test
    void anEndpointThatDropsRequestsForTheRootIsStillReachable() {
        try (EmbeddedMock endpoint = EmbeddedMock.start()) {
            endpoint.server().stubFor(get(urlEqualTo("/")).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
            try (SuiteSession session = SuiteSession.open(RealEndpointSettings.load(
                    RealEndpointSettings.environment(endpoint.baseUrl())))) {
                assertThat(session.settings().baseUrl()).isEqualTo(endpoint.baseUrl());
            }
        }
    }

    @Test
    void anUnreadableCaFileIsNamedAsASettingProblem(@TempDir Path dir) throws Exception {
        try (EmbeddedMock endpoint = EmbeddedMock.start()) {
            Map<String, String> env = RealEndpointSettings.environment(endpoint.baseUrl());
            env.put("DDM_CA_CERT", java.nio.file.Files.writeString(dir.resolve("ca.pem"), "not a certificate").toString());
            Settings settings = RealEndpointSettings.load(env);
            assertThatThrownBy(() -> SuiteSession.open(settings)).isInstanceOf(ConfigurationException.class)
                    .isNotInstanceOf(EndpointUnreachableException.class)
                    .hasMessageStartingWith("DDM_CA_CERT names").hasMessageContaining("not a PEM file of certificates");
        }
    }

    private static Exchange send(SuiteSession session, Settings settings) {
        ExchangeRecorder recorder = new ExchangeRecorder(session.masker());
        String body = "{\"source\": {\"backup_id\": \"" + settings.fixture().backupId() + "\"}, \"target\": {"
                + "\"instance_id\": \"" + settings.fixture().targetInstanceId() + "\", \"data_nodes\": [\""
                + settings.fixture().targetDataNodes().get(0) + "\"]}}";
        session.requests().send(new RestoreCall("POST", settings.fixture().projectId(), settings.fixture().instanceId(),
                settings.authToken(), body), recorder);
        return recorder.last().orElseThrow();
    }

    @Test
    void anEndpointThatNeverAnswersFailsEachRequestWithoutHangingTheRun() throws Exception {
        try (SilentServer silent = new SilentServer()) {
            Map<String, String> env = RealEndpointSettings.environment(silent.baseUrl());
            env.put("DDM_READ_TIMEOUT_MS", "300");
            env.put("DDM_DISCOVER", "false"); // only this test's requests count towards giving up
            try (SuiteSession session = SuiteSession.open(RealEndpointSettings.load(env))) {
                RestoreCall call = new RestoreCall("POST", "p", "i", TOKEN, "{}");
                RequestFactory requests = session.requests();
                for (int i = 0; i < RequestFactory.TIMEOUTS_BEFORE_GIVING_UP; i++) {
                    assertThatThrownBy(() -> requests.send(call, new ExchangeRecorder(session.masker())))
                            .hasMessageStartingWith("no complete answer within 300 ms (DDM_READ_TIMEOUT_MS)");
                }
                int connections = silent.connections();
                for (int i = 1; i < RequestFactory.TRY_AGAIN_EVERY; i++) {
                    assertThatThrownBy(() -> requests.send(call, new ExchangeRecorder(session.masker())))
                            .hasMessageStartingWith("no complete answer within 300 ms").hasMessageContaining("was not sent");
                }
                assertThat(silent.connections()).isEqualTo(connections);
                // Now and then one is still tried, in case the endpoint came back.
                assertThatThrownBy(() -> requests.send(call, new ExchangeRecorder(session.masker())))
                        .hasMessageStartingWith("no complete answer within 300 ms (DDM_READ_TIMEOUT_MS) to POST");
            }
        }
    }

    @Test
    void aRefusedConnectionStopsTheRunBeforeAnyScenario() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        Settings settings = RealEndpointSettings.load(RealEndpointSettings.environment("http://127.0.0.1:" + closedPort));
        assertThatThrownBy(() -> SuiteSession.open(settings)).isInstanceOf(EndpointUnreachableException.class)
                .hasMessageContaining("The connection to 127.0.0.1:" + closedPort + " was refused (DDM_BASE_URL)");
        assertThat(SuiteSession.current()).isEmpty();
    }

    @Test
    void aHostThatNeverAcceptsStopsTheRunAfterTheConnectTimeout() throws Exception {
        try (FullListener full = new FullListener()) {
            Map<String, String> env = RealEndpointSettings.environment(full.baseUrl());
            env.put("DDM_CONNECT_TIMEOUT_MS", "300");
            Settings settings = RealEndpointSettings.load(env);
            assertThatThrownBy(() -> SuiteSession.open(settings)).isInstanceOf(EndpointUnreachableException.class)
                    .hasMessageStartingWith("No connection to 127.0.0.1:")
                    .hasMessageContaining("(DDM_BASE_URL) within 300 ms (DDM_CONNECT_TIMEOUT_MS)");
        }
    }

    @Test
    void anUnknownHostStopsTheRunNamingTheSetting() {
        Settings settings = RealEndpointSettings.load(RealEndpointSettings.environment("https://ddm-conformance-nowhere.invalid"));
        assertThatThrownBy(() -> SuiteSession.open(settings)).isInstanceOf(EndpointUnreachableException.class)
                .hasMessageContaining("The host of DDM_BASE_URL (ddm-conformance-nowhere.invalid) cannot be resolved");
    }

    @Test
    void a429IsRetriedHonouringRetryAfterAndEachRetryIsNoted() {
        try (EmbeddedMock mock = EmbeddedMock.start(options -> { })) {
            mock.server().stubFor(any(urlPathMatching(".*/metadata-recovery")).atPriority(1).inScenario("busy")
                    .whenScenarioStateIs(Scenario.STARTED).willSetStateTo("calm")
                    .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "0")));
            List<String> notes = new ArrayList<>();
            Settings settings = RealEndpointSettings.load(RealEndpointSettings.environment(mock.baseUrl()));
            try (SuiteSession session = SuiteSession.open(settings)) {
                RestoreCall call = new RestoreCall("GET", settings.fixture().projectId(), settings.fixture().instanceId(), TOKEN, null);
                ExchangeRecorder recorder = new ExchangeRecorder(session.masker());
                assertThat(session.requests().send(call, recorder, notes::add).statusCode()).isEqualTo(405);
                assertThat(recorder.all()).extracting(Exchange::status).containsExactly(429, 405);
                assertThat(notes).singleElement().asString().startsWith("retry 1 of 3").contains("Retry-After: 0");
            }
        }
    }

    @Test
    void noStatusButTooManyRequestsIsRetriedAndRetriesStopAtTheLimit() {
        try (EmbeddedMock mock = EmbeddedMock.start(options -> { })) {
            mock.server().stubFor(any(urlPathMatching(".*/metadata-recovery")).atPriority(1)
                    .willReturn(aResponse().withStatus(503)));
            Map<String, String> env = RealEndpointSettings.environment(mock.baseUrl());
            env.put("DDM_MAX_RETRIES", "1");
            Settings settings = RealEndpointSettings.load(env);
            try (SuiteSession session = SuiteSession.open(settings)) {
                RestoreCall call = new RestoreCall("GET", settings.fixture().projectId(), settings.fixture().instanceId(), TOKEN, null);
                ExchangeRecorder unavailable = new ExchangeRecorder(session.masker());
                assertThat(session.requests().send(call, unavailable).statusCode()).isEqualTo(503);
                assertThat(unavailable.all()).hasSize(1);

                mock.server().stubFor(any(urlPathMatching(".*/metadata-recovery")).atPriority(1)
                        .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "0")));
                ExchangeRecorder throttled = new ExchangeRecorder(session.masker());
                assertThat(session.requests().send(call, throttled).statusCode()).isEqualTo(429);
                assertThat(throttled.all()).hasSize(2);
            }
        }
    }

    @Test
    void retryAfterIsReadAsSecondsOrAsAnHttpDate() {
        assertThat(RequestFactory.retryWaitMs("2", 0)).isEqualTo(2000);
        assertThat(RequestFactory.retryWaitMs(null, 0)).isEqualTo(1000);
        assertThat(RequestFactory.retryWaitMs(null, 2)).isEqualTo(4000);
        assertThat(RequestFactory.retryWaitMs("Wed, 21 Oct 2015 07:28:00 GMT", 0)).isZero();
        assertThat(RequestFactory.retryWaitMs("86400", 0)).isEqualTo(60_000);
    }
}
