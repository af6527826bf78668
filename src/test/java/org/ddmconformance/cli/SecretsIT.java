package org.ddmconformance.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.ddmconformance.mock.EmbeddedMock;
import org.ddmconformance.report.ConformanceReportFiles;
import org.ddmconformance.report.ConformanceResult;
import org.ddmconformance.report.RequirementStatus;
import org.ddmconformance.testsupport.AuthenticatingProxy;
import org.ddmconformance.testsupport.JarRunner;
import org.ddmconformance.testsupport.JarRunner.Run;
import org.ddmconformance.testsupport.RealEndpointSettings;
import org.ddmconformance.testsupport.SecretScan;
import org.ddmconformance.testsupport.SelfSignedCertificate;
import org.ddmconformance.testsupport.SilentServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The jar against hostile and awkward endpoints: secrets never reach the console or a report, failures carry
 * their evidence, TLS and a silent endpoint end the run the documented way.
 */
class SecretsIT {

    private static final String TOKEN = EmbeddedMock.fixture().getProperty("ddm.auth-token");
    private static final String IAM_PASSWORD = EmbeddedMock.fixture().getProperty("ddm.iam-password");
    private static final String PROXY_PASSWORD = "proxy-pw-7e41b9";
    private static final String TRUSTSTORE_PASSWORD = "truststore-pw-c03d5a";

    @TempDir
    Path reports;

    @Test
    void noSecretLeaksEvenFromAnEndpointThatEchoesTheToken() throws Exception {
        try (EmbeddedMock endpoint = EmbeddedMock.start()) {
            // Every DDM answer echoes the token in a header and in the body.
            endpoint.server().stubFor(any(urlPathMatching("/v3/[^/]+/instances/.*")).atPriority(1)
                    .willReturn(aResponse().withStatus(500).withHeader("Content-Type", "application/json")
                            .withHeader("X-Echo", "{{request.headers.X-Auth-Token}}")
                            .withBody("{\"error_code\": \"E\", \"error_msg\": \"token {{request.headers.X-Auth-Token}}\"}")
                            .withTransformers("response-template")));
            try (AuthenticatingProxy proxy = new AuthenticatingProxy("gate", PROXY_PASSWORD)) {
                Map<String, String> env = RealEndpointSettings.environment(endpoint.baseUrl());
                env.remove("DDM_AUTH_TOKEN");
                env.putAll(Map.of("DDM_IAM_URL", endpoint.baseUrl(),
                        "DDM_IAM_DOMAIN", EmbeddedMock.fixture().getProperty("ddm.iam-domain"),
                        "DDM_IAM_USERNAME", EmbeddedMock.fixture().getProperty("ddm.iam-username"),
                        "DDM_IAM_PASSWORD", IAM_PASSWORD,
                        "DDM_PROXY", proxy.url(),
                        "DDM_ALLOW_RESTORE", "true",
                        "DDM_REPORTS_DIR", reports.toString()));
                Run run = JarRunner.run(env);

                assertThat(run.exitCode()).as(run.console()).isEqualTo(1);
                assertThat(proxy.requests()).as("requests went through the proxy").isNotEmpty();
                for (String secret : new String[] {TOKEN, IAM_PASSWORD, PROXY_PASSWORD}) {
                    assertThat(SecretScan.occurrences(secret, reports, run.console())).as(secret).isEmpty();
                }
                // The evidence is there, masked: failed scenarios carry the whole exchange.
                String cucumberJson = Files.readString(reports.resolve("cucumber.json"));
                assertThat(cucumberJson).contains("exchange 1 of 1");
                assertThat(Files.readString(reports.resolve("conformance.json"))).contains("token ****");
            }
        }
    }

    @Test
    void aSelfSignedEndpointIsRefusedByDefaultAndTrustedWithItsTruststore(@TempDir Path dir) throws Exception {
        SelfSignedCertificate certificate = SelfSignedCertificate.create(dir, TRUSTSTORE_PASSWORD);
        try (EmbeddedMock endpoint = EmbeddedMock.start(certificate.httpsOptions())) {
            Map<String, String> env = RealEndpointSettings.environment(endpoint.httpsBaseUrl());
            env.put("DDM_REPORTS_DIR", reports.toString());

            Run refused = JarRunner.run(env);
            assertThat(refused.exitCode()).isEqualTo(2);
            assertThat(refused.stderr().strip().lines()).singleElement().asString()
                    .contains("TLS handshake", "not trusted");

            env.put("DDM_TRUSTSTORE", certificate.keystore().toString());
            env.put("DDM_TRUSTSTORE_PASSWORD", TRUSTSTORE_PASSWORD);
            Run trusted = JarRunner.run(env);
            assertThat(trusted.exitCode()).as(trusted.console()).isZero();
            assertThat(SecretScan.occurrences(TRUSTSTORE_PASSWORD, reports, trusted.console())).isEmpty();
            assertThat(SecretScan.occurrences(TOKEN, reports, trusted.console())).isEmpty();
        }
    }

    @Test
    void anEndpointThatNeverAnswersFailsEveryScenarioAndTheRunEnds() throws Exception {
        try (SilentServer silent = new SilentServer()) {
            Map<String, String> env = RealEndpointSettings.environment(silent.baseUrl());
            env.putAll(Map.of("DDM_READ_TIMEOUT_MS", "300", "DDM_ALLOW_RESTORE", "true",
                    "DDM_REPORTS_DIR", reports.toString()));
            Run run = JarRunner.run(env);
            assertThat(run.exitCode()).as(run.console()).isEqualTo(1);
            ConformanceResult result = ConformanceReportFiles.read(reports);
            // RM-ACC-003 compares the restores already accepted, and none was: skipped with that reason.
            // The listed facts (RM-ID-005, 006, 008 to 011) are looked up in related APIs, silent as well.
            Set<String> listed = Set.of("RM-ID-005", "RM-ID-006", "RM-ID-008", "RM-ID-009", "RM-ID-010", "RM-ID-011");
            assertThat(result.requirements()).filteredOn(r -> listed.contains(r.id())).hasSize(listed.size())
                    .allSatisfy(r -> assertThat(r.reason()).as(r.id()).startsWith("not applicable: ")
                            .contains("could not be read"));
            assertThat(result.requirements()).filteredOn(r -> r.level().equals("MUST"))
                    .filteredOn(r -> !r.id().equals("RM-ACC-003") && !listed.contains(r.id())).allSatisfy(r -> {
                        assertThat(r.status()).isEqualTo(RequirementStatus.FAIL);
                        // A family of generated cases names its counts first, then each case's "no answer: ...".
                        assertThat(r.reason()).containsPattern("^(RM-EXPLORE-\\d{3}: \\d+ cases, .*no answer: )?"
                                + "no complete answer within 300 ms");
                    });
            assertThat(result.requirements()).filteredOn(r -> r.id().equals("RM-ACC-003")).singleElement()
                    .satisfies(r -> assertThat(r.reason()).startsWith("not applicable: 0 different request(s)"));
            // RM-ID-005, RM-ID-006 and RM-ID-008 look for an unusable backup, target and data node in related APIs,
            // silent as well.
            assertThat(result.requirements()).filteredOn(r -> r.id().equals("RM-ID-005")).singleElement()
                    .satisfies(r -> assertThat(r.reason()).startsWith("not applicable: backups could not be read"));
            assertThat(result.requirements()).filteredOn(r -> r.id().equals("RM-ID-006")).singleElement()
                    .satisfies(r -> assertThat(r.reason()).startsWith("not applicable: restorable-instances could not "
                            + "be read"));
            assertThat(result.requirements()).filteredOn(r -> r.id().equals("RM-ID-008")).singleElement()
                    .satisfies(r -> assertThat(r.reason()).startsWith("not applicable: related-dn could not be read"));
        }
    }
}
