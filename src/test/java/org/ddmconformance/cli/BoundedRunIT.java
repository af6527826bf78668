package org.ddmconformance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.ddmconformance.report.ConformanceReportFiles;
import org.ddmconformance.report.ConformanceResult;
import org.ddmconformance.report.RequirementStatus;
import org.ddmconformance.testsupport.JarRunner;
import org.ddmconformance.testsupport.JarRunner.Run;
import org.ddmconformance.testsupport.MisbehavingServer;
import org.ddmconformance.testsupport.MisbehavingServer.Behaviour;
import org.ddmconformance.testsupport.RealEndpointSettings;
import org.ddmconformance.testsupport.SecretScan;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar against endpoints that drip, flood or stall, with DDM_READ_TIMEOUT_MS=3000: it ends on its own
 * with exit 1 and a sentence saying why, writes every report, and keeps nothing past the cap. A short
 * DDM_RUN_TIMEOUT_S ends the run at its deadline. (How much memory the JVM takes against the flood is measured
 * by hand, see the README; the cap is what bounds it.)
 */
class BoundedRunIT {

    private static final List<String> REPORT_FILES = List.of("conformance.json", "conformance.html", "cucumber.html",
            "cucumber.json", "cucumber-junit.xml", "cucumber-messages.ndjson");
    private static final String TOKEN = RealEndpointSettings.environment("http://x").get("DDM_AUTH_TOKEN");

    @TempDir
    Path reports;

    private MisbehavingServer server;

    @AfterEach
    void stopServer() throws IOException {
        if (server != null) {
            server.close();
        }
    }

    private Run runAgainst(Behaviour behaviour, Map<String, String> extra) throws Exception {
        server = new MisbehavingServer(behaviour);
        Map<String, String> env = RealEndpointSettings.environment(server.baseUrl());
        env.put("DDM_READ_TIMEOUT_MS", "3000");
        env.put("DDM_REPORTS_DIR", reports.toString());
        env.putAll(extra);
        Run run = JarRunner.run(env);
        for (String file : REPORT_FILES) {
            assertThat(reports.resolve(file)).as(run.console()).isNotEmptyFile();
        }
        assertThat(SecretScan.occurrences(TOKEN, reports, run.console())).isEmpty();
        return run;
    }

    @Test
    void aDrippingEndpointFailsEveryScenarioItAnswersWithoutEverCompleting() throws Exception {
        Run run = runAgainst(Behaviour.DRIP, Map.of());
        assertThat(run.exitCode()).as(run.console()).isEqualTo(1);
        assertThat(run.stdout()).containsPattern("RM-BODY-001 +MUST +FAIL +no complete answer within 3000 ms "
                + "\\(DDM_READ_TIMEOUT_MS\\)").contains("NOT CONFORMANT: ");
        // The first requests waited and show what had arrived, cut; later ones were not sent (two unanswered).
        assertThat(ConformanceReportFiles.read(reports).requirements()).extracting(r -> r.reason())
                .anySatisfy(reason -> assertThat(reason).contains("response: 202", "cut after"))
                .anySatisfy(reason -> assertThat(reason).contains("was not sent"));
    }

    @Test
    void anEndpointThatStopsAfterItsHeadersFailsEveryScenario() throws Exception {
        Run run = runAgainst(Behaviour.HEADERS_THEN_STOP, Map.of());
        assertThat(run.exitCode()).as(run.console()).isEqualTo(1);
        assertThat(run.stdout()).containsPattern("RM-BODY-001 +MUST +FAIL +no complete answer within 3000 ms")
                .contains("NOT CONFORMANT: ");
    }

    @Test
    void aFloodingEndpointFailsEveryScenarioAndNothingPastTheCapIsKept() throws Exception {
        Run run = runAgainst(Behaviour.FLOOD, Map.of());
        assertThat(run.exitCode()).as(run.console()).isEqualTo(1);
        assertThat(run.stdout()).containsPattern("RM-BODY-006 +MUST +FAIL +answer larger than 1048576 bytes "
                + "\\(DDM_MAX_ANSWER_BYTES\\) to POST").contains("NOT CONFORMANT: ");
        // The failure is recorded against the requirement the scenario verifies.
        assertThat(reasonOf("RM-BODY-006")).startsWith("answer larger than 1048576 bytes");
        try (Stream<Path> files = Files.list(reports)) {
            for (Path file : files.toList()) {
                assertThat(longestFloodRun(Files.readString(file, StandardCharsets.ISO_8859_1))).as(file.toString())
                        .isLessThanOrEqualTo(2048);
            }
        }
    }

    @Test
    void pastTheRunDeadlineTheRestIsNotRunAndTheRunExitsOneNamingIt() throws Exception {
        Run run = runAgainst(Behaviour.DRIP, Map.of("DDM_RUN_TIMEOUT_S", "2"));
        assertThat(run.exitCode()).as(run.console()).isEqualTo(1);
        assertThat(run.stdout().strip().lines().reduce((a, b) -> b).orElseThrow())
                .matches("INCOMPLETE: The run deadline of 2 s \\(DDM_RUN_TIMEOUT_S\\) passed: \\d+ requirements were not run");
        ConformanceResult result = ConformanceReportFiles.read(reports);
        assertThat(result.requirements()).filteredOn(r -> r.status() == RequirementStatus.NOT_RUN).isNotEmpty()
                .allSatisfy(r -> assertThat(r.reason()).startsWith("run deadline: 2 s (DDM_RUN_TIMEOUT_S) passed, so "));
    }

    private String reasonOf(String id) {
        return ConformanceReportFiles.read(reports).requirements().stream().filter(r -> r.id().equals(id))
                .findFirst().orElseThrow().reason();
    }

    private static int longestFloodRun(String text) {
        int longest = 0;
        int current = 0;
        for (int i = 0; i < text.length(); i++) {
            current = text.charAt(i) == MisbehavingServer.FLOOD_BYTE ? current + 1 : 0;
            longest = Math.max(longest, current);
        }
        return longest;
    }
}
