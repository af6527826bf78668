package org.ddmconformance.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.ddmconformance.config.Setting;
import org.ddmconformance.mock.EmbeddedMock;
import org.ddmconformance.testsupport.JarRunner;
import org.ddmconformance.testsupport.JarRunner.Run;
import org.ddmconformance.testsupport.RealEndpointSettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged jar, run as a vendor or a release gate runs it: exit codes, messages, reports, no secrets. */
class JarIT {

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

    private Map<String, String> realEndpoint() {
        Map<String, String> env = RealEndpointSettings.environment(endpoint.baseUrl());
        env.put("DDM_REPORTS_DIR", reports.toString());
        return env;
    }

    @Test
    void helpListsEverySettingWithItsDefault() throws Exception {
        Run run = JarRunner.run(Map.of(), "--help");
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
        Run run = JarRunner.run(Map.of("DDM_BASE_URL", endpoint.baseUrl(), "DDM_PROJECT_ID", "p"));
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.stderr().strip().lines()).singleElement().asString()
                .startsWith("ddm-conformance: DDM_BASE_URL is set but these settings are missing")
                .contains("DDM_INSTANCE_ID", "DDM_AUTH_TOKEN", "DDM_TARGET_DATA_NODES")
                .doesNotContain("DDM_PROJECT_ID,");
        assertThat(run.stdout()).doesNotContain("Scenario");
    }

    @Test
    void anUnknownOptionIsAUsageError() throws Exception {
        Run run = JarRunner.run(Map.of(), "--colour");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.stderr()).contains("--colour");
    }

    @Test
    void aConformantEndpointPassesAndRestoresAreSkippedWithoutPermission() throws Exception {
        Run run = JarRunner.run(realEndpoint());
        assertThat(run.exitCode()).as(run.stdout() + run.stderr()).isZero();
        assertThat(run.stdout()).contains("CONFORMANT: 29/35 MUST requirements passed (6 skipped or not run)")
                .containsPattern("RM-ACC-001 +MUST +SKIPPED +restore guard");
        assertThat(reports).isDirectoryContaining("glob:**/conformance.json").isDirectoryContaining("glob:**/cucumber-junit.xml");
    }

    @Test
    void withoutPermissionAnAcceptedInvalidRequestStopsFurtherRestoreRequests() throws Exception {
        // A lenient endpoint accepts an empty backup_id: that may have started a real restore.
        acceptEmptyBackupId("job-lenient-1");
        Run run = JarRunner.run(realEndpoint());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.stdout()).contains("WARNING: Restores may have been started although DDM_ALLOW_RESTORE is not true")
                .contains("job-lenient-1").containsPattern("SKIPPED +restore guard: the endpoint accepted a request");
    }

    @Test
    void aBrokenEndpointFailsWithExitOneNamingTheRequirement() throws Exception {
        // One rule broken: an empty backup_id is accepted.
        acceptEmptyBackupId("j1");
        Map<String, String> env = realEndpoint();
        env.put("DDM_ALLOW_RESTORE", "true");
        Run run = JarRunner.run(env);
        assertThat(run.exitCode()).isEqualTo(1);
        // The generated identifier cases send an empty backup_id too: RM-EXPLORE-003 fails with it.
        assertThat(run.stdout()).contains("NOT CONFORMANT: RM-BODY-006, RM-EXPLORE-003 failed");
    }

    /** Breaks RM-BODY-006: a restore from an empty backup_id is accepted with this job id. */
    private static void acceptEmptyBackupId(String jobId) {
        endpoint.server().stubFor(post(urlPathMatching(".*/metadata-recovery")).atPriority(1)
                .withRequestBody(matchingJsonPath("$.source[?(@.backup_id == '')]"))
                .withHeader("X-Auth-Token", equalTo(EmbeddedMock.fixture().getProperty("ddm.auth-token")))
                .willReturn(aResponse().withStatus(202).withHeader("Content-Type", "application/json")
                        .withBody("{\"job_id\": \"" + jobId + "\"}")));
    }
}
