package org.ddmconformance.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.ddmconformance.config.Setting;
import org.ddmconformance.mock.EmbeddedMock;
import org.ddmconformance.requirements.Requirement;
import org.ddmconformance.requirements.RequirementCatalogue;
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
        Run run = JarRunner.run(Map.of("DDM_BASE_URL", endpoint.baseUrl(), "DDM_PROJECT_ID", "p",
                "DDM_DISCOVER", "false"));
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
        long must = RequirementCatalogue.load().all().stream().filter(r -> r.level() == Requirement.Level.MUST).count();
        // Only the restores are skipped, and what the mock's lists offer no case for (RM-ID-010: one interval);
        // every other MUST requirement is decided by refusals.
        assertThat(run.stdout()).containsPattern("CONFORMANT: \\d+/" + must + " MUST requirements passed")
                .containsPattern("RM-ACC-001 +MUST +SKIPPED +restore guard")
                .doesNotContainPattern("MUST +(FAIL|NOT RUN|SKIPPED ++(?!restore guard|not applicable))");
        assertThat(reports).isDirectoryContaining("glob:**/conformance.json").isDirectoryContaining("glob:**/cucumber-junit.xml");
    }

    @Test
    void withoutPermissionAnAcceptedInvalidRequestStopsFurtherRestoreRequests() throws Exception {
        // A lenient endpoint accepts an empty backup_id: that may have started a real restore. One scenario at a
        // time, so the scenarios after the accepted request are known to come after it (side by side, those
        // already sending when the 202 arrives still finish).
        acceptEmptyBackupId("job-lenient-1");
        Map<String, String> env = realEndpoint();
        env.put("DDM_CONCURRENCY", "1");
        Run run = JarRunner.run(env);
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

    /**
     * Another team's view: the mock subcommand serves the mock; the suite pointed at it with only the base URL,
     * project, instance, token and permission to restore discovers the rest, follows every job, and is CONFORMANT.
     */
    @Test
    void theMockSubcommandServesAMockTheSuiteDiscoversAndFindsConformant() throws Exception {
        Path out = Files.createTempFile("mock-out", ".txt");
        Process mock = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                JarRunner.JAR.toString(), "mock", "--port", "0", "--job-ms", "300")
                .redirectOutput(out.toFile()).redirectErrorStream(true).start();
        try {
            awaitLine(mock, out, "  DDM_ALLOW_RESTORE="); // the last line of the settings it prints
            String printed = Files.readString(out);
            String baseUrl = printed.lines().filter(line -> line.startsWith("  DDM_BASE_URL=")).findFirst().orElseThrow()
                    .substring("  DDM_BASE_URL=".length()).trim();
            Properties fixture = EmbeddedMock.fixture();
            assertThat(printed).contains("DDM_PROJECT_ID=" + fixture.getProperty("ddm.project-id"),
                    "DDM_INSTANCE_ID=" + fixture.getProperty("ddm.instance-id"),
                    "DDM_AUTH_TOKEN=" + fixture.getProperty("ddm.auth-token"));
            Map<String, String> env = new HashMap<>(Map.of("DDM_BASE_URL", baseUrl,
                    "DDM_PROJECT_ID", fixture.getProperty("ddm.project-id"),
                    "DDM_INSTANCE_ID", fixture.getProperty("ddm.instance-id"),
                    "DDM_AUTH_TOKEN", fixture.getProperty("ddm.auth-token"),
                    "DDM_ALLOW_RESTORE", "true", "DDM_REPORTS_DIR", reports.toString()));
            Run run = JarRunner.run(env);
            assertThat(run.exitCode()).as(run.console()).isZero();
            assertThat(run.stdout()).contains("CONFORMANT: ")
                    .containsPattern("backup_id +" + fixture.getProperty("ddm.backup-id") + " +<- discovered: backups")
                    .containsPattern("target instance_id +" + fixture.getProperty("ddm.target-instance-id")
                            + " +<- discovered")
                    .containsPattern("target data_nodes +" + fixture.getProperty("ddm.target-data-nodes")
                            + " +<- discovered")
                    .containsPattern("restore_time +\\d+ \\(2025-12-31T23:59:00\\+0000\\) +<- discovered")
                    .containsPattern("Jobs: [1-9]\\d* followed")
                    .doesNotContain("TIMED_OUT", "UNKNOWN");
            assertThat(Files.readString(reports.resolve("conformance.json"))).contains("\"header\"", "\"jobs\"",
                    "discovered: restorable-time-interval");
        } finally {
            mock.destroy();
            if (!mock.waitFor(10, TimeUnit.SECONDS)) {
                mock.destroyForcibly();
            }
            Files.deleteIfExists(out);
        }
    }

    /** The line of the process's output that starts with this prefix, once printed (at most a minute). */
    private static String awaitLine(Process process, Path out, String prefix) throws Exception {
        for (int i = 0; i < 600; i++) {
            var line = Files.readAllLines(out).stream().filter(l -> l.startsWith(prefix)).findFirst();
            if (line.isPresent()) {
                return line.get();
            }
            if (!process.isAlive()) {
                throw new AssertionError("the mock subcommand ended: " + Files.readString(out));
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the mock subcommand printed no base URL: " + Files.readString(out));
    }

    @Test
    void discoveryThatFindsNoTargetStopsTheRunWithExitTwoAndOneSentence() throws Exception {
        endpoint.server().stubFor(get(urlPathMatching(".*/restorable-instances")).atPriority(1)
                .withHeader("X-Auth-Token", equalTo(EmbeddedMock.fixture().getProperty("ddm.auth-token")))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody("{\"instances\":[{\"instance_id\":\"x\",\"available\":false,\"unavailable_reason\":"
                                + "\"another action is running on the target\"}],\"offset\":0,\"limit\":10,\"total\":1}")));
        Map<String, String> env = realEndpoint();
        env.remove("DDM_TARGET_INSTANCE_ID");
        Run run = JarRunner.run(env);
        assertThat(run.exitCode()).as(run.console()).isEqualTo(2);
        assertThat(run.stderr().strip().lines()).singleElement().asString().isEqualTo("ddm-conformance: no restore "
                + "target: restorable-instances listed 1 instance(s), none available (\"another action is running on "
                + "the target\"); set DDM_TARGET_INSTANCE_ID");
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
