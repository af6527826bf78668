package org.ddmconformance.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import org.ddmconformance.config.Setting;
import org.ddmconformance.mock.EmbeddedMock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged jar, run as a vendor or a release gate runs it: exit codes, messages, reports, no secrets. */
class JarIT {

    private static final Path JAR = Path.of("target", "ddm-conformance.jar");
    private static EmbeddedMock endpoint;

    @TempDir
    Path reports;

    @BeforeAll
    static void startEndpoint() {
        endpoint = EmbeddedMock.start();
    }

    @AfterAll
    static void stopEndpoint() {
        endpoint.close();
    }

    @BeforeEach
    void conformantEndpoint() {
        endpoint.resetToReference();
    }

    record Run(int exitCode, String stdout, String stderr) {
    }

    private Run run(Map<String, String> env, String... args) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().keySet().removeIf(name -> name.startsWith("DDM_"));
        builder.environment().putAll(env);
        Path out = Files.createTempFile("jar-out", ".txt");
        Path err = Files.createTempFile("jar-err", ".txt");
        Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        int exit = process.waitFor();
        return new Run(exit, Files.readString(out), Files.readString(err));
    }

    /** Every DDM_* setting pointing at the test's endpoint, which knows the mock fixture. */
    private Map<String, String> realEndpoint() {
        Properties fixture = EmbeddedMock.fixture();
        Map<String, String> env = new HashMap<>();
        for (Setting setting : Setting.values()) {
            String value = fixture.getProperty(setting.property());
            if (value != null) {
                env.put(setting.environmentVariable(), value);
            }
        }
        env.put("DDM_BASE_URL", endpoint.baseUrl());
        env.put("DDM_REPORTS_DIR", reports.toString());
        return env;
    }

    private String reportText() throws IOException {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.walk(reports)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                all.append(Files.readString(file, StandardCharsets.UTF_8));
            }
        }
        return all.toString();
    }

    @Test
    void helpListsEverySettingWithItsDefault() throws Exception {
        Run run = run(Map.of(), "--help");
        assertThat(run.exitCode()).isZero();
        for (Setting setting : Setting.values()) {
            assertThat(run.stdout()).contains(setting.environmentVariable(), setting.property());
            if (setting.defaultValue() != null) {
                assertThat(run.stdout()).contains("default: " + setting.defaultValue());
            }
        }
        assertThat(run.stdout()).contains("Exit codes:");
    }

    @Test
    void missingSettingsStopTheRunWithExitTwoAndOneSentence() throws Exception {
        Run run = run(Map.of("DDM_BASE_URL", endpoint.baseUrl(), "DDM_PROJECT_ID", "p"));
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.stderr().strip().lines()).singleElement().asString()
                .startsWith("ddm-conformance: DDM_BASE_URL is set but these settings are missing")
                .contains("DDM_INSTANCE_ID", "DDM_AUTH_TOKEN", "DDM_TARGET_DATA_NODES")
                .doesNotContain("DDM_PROJECT_ID,");
        assertThat(run.stdout()).doesNotContain("Scenario");
    }

    @Test
    void anUnknownOptionIsAUsageError() throws Exception {
        Run run = run(Map.of(), "--colour");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.stderr()).contains("--colour");
    }

    @Test
    void aConformantEndpointPassesAndRestoresAreSkippedWithoutPermission() throws Exception {
        Run run = run(realEndpoint());
        assertThat(run.exitCode()).as(run.stdout() + run.stderr()).isZero();
        assertThat(run.stdout()).contains("CONFORMANT: 23/26 MUST requirements passed (3 skipped or not run)")
                .containsPattern("RM-ACC-001 +MUST +SKIPPED +restore guard");
        assertThat(reports).isDirectoryContaining("glob:**/conformance.json").isDirectoryContaining("glob:**/cucumber-junit.xml");
    }

    @Test
    void aBrokenEndpointFailsWithExitOneNamingTheRequirement() throws Exception {
        // One rule broken: an empty backup_id is accepted.
        endpoint.server().stubFor(post(urlPathMatching(".*/metadata-recovery")).atPriority(1)
                .withRequestBody(matchingJsonPath("$.source[?(@.backup_id == '')]"))
                .withHeader("X-Auth-Token", com.github.tomakehurst.wiremock.client.WireMock.equalTo(
                        EmbeddedMock.fixture().getProperty("ddm.auth-token")))
                .willReturn(aResponse().withStatus(202).withHeader("Content-Type", "application/json")
                        .withBody("{\"job_id\": \"j1\"}")));
        Map<String, String> env = realEndpoint();
        env.put("DDM_ALLOW_RESTORE", "true");
        Run run = run(env);
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.stdout()).contains("NOT CONFORMANT: RM-BODY-006 failed");
    }

    @Test
    void theTokenAppearsNowhere() throws Exception {
        // Every answer echoes the token: it must still not reach the console or any report.
        String token = EmbeddedMock.fixture().getProperty("ddm.auth-token");
        endpoint.server().stubFor(any(urlPathMatching("/v3/.*")).atPriority(1)
                .withHeader("X-Auth-Token", com.github.tomakehurst.wiremock.client.WireMock.equalTo(token))
                .willReturn(aResponse().withStatus(500).withHeader("Content-Type", "application/json")
                        .withBody("{\"error_code\": \"X\", \"error_msg\": \"bad token " + token + "\"}")));
        Map<String, String> env = realEndpoint();
        env.put("DDM_ALLOW_RESTORE", "true");
        Run run = run(env);
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(reportText()).contains("****").doesNotContain(token);
        assertThat(run.stdout() + run.stderr()).doesNotContain(token);
    }
}
