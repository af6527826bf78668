package org.ddmconformance.suite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.ddmconformance.work.RunDeadline;
import org.ddmconformance.report.ConformanceReportFiles;
import org.ddmconformance.report.ConformanceResult;
import org.ddmconformance.report.RequirementResult;
import org.ddmconformance.report.RequirementStatus;
import org.ddmconformance.restore.Waits;
import org.ddmconformance.testsupport.RealEndpointSettings;
import org.ddmconformance.testsupport.SilentServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.TestAbortedException;

/** The run deadline: no deadline by default in tests, waits never outlast it, and past it the run stops sending. */
class RunDeadlineTest {

    @Test
    void withoutADeadlineNothingEverPasses() {
        assertThat(RunDeadline.startingNow(0)).isSameAs(RunDeadline.none());
        assertThat(RunDeadline.none().passed()).isFalse();
        assertThat(RunDeadline.none().remainingMillis()).isEqualTo(Long.MAX_VALUE);
        RunDeadline.none().sleep(0, "waiting");
        RunDeadline.none().checkNotPassed("nothing");
    }

    @Test
    void aWaitThatWouldOutlastTheDeadlineEndsWithItAndStopsTheScenario() {
        RunDeadline deadline = RunDeadline.startingNow(1);
        assertThat(deadline.remainingMillis()).isPositive().isLessThanOrEqualTo(1000);
        assertThatThrownBy(() -> deadline.sleep(600_000, "waiting to retry after a 429 answer"))
                .isInstanceOf(TestAbortedException.class)
                .hasMessage("run deadline: 1 s (DDM_RUN_TIMEOUT_S) passed, so the scenario stopped while waiting to "
                        + "retry after a 429 answer");
        assertThat(deadline.passed()).isTrue();
        assertThat(deadline.remainingMillis()).isZero();
        RestoreLedger ledger = new RestoreLedger(true, 600_000, new Waits(deadline), 60_000);
        ledger.afterPost(202, null, true); // accepted without a job to follow: the spacing counts from the 202
        assertThatThrownBy(() -> ledger.beforePost(true)).isInstanceOf(TestAbortedException.class)
                .hasMessageContaining("passed, so the scenario stopped while keeping DDM_RESTORE_SPACING_MS");
    }

    @Test
    void pastTheDeadlineTheRestIsNotRunEveryReportIsWrittenAndTheRunExitsOne(@TempDir Path reports) throws IOException {
        try (SilentServer silent = new SilentServer()) {
            Map<String, String> env = RealEndpointSettings.environment(silent.baseUrl());
            env.put("DDM_RUN_TIMEOUT_S", "1");
            env.put("DDM_REPORTS_DIR", reports.toString());
            ByteArrayOutputStream console = new ByteArrayOutputStream();
            int exit = ConformanceLauncher.runAndReport(RealEndpointSettings.load(env),
                    new PrintStream(console, true, StandardCharsets.UTF_8));

            assertThat(exit).isEqualTo(ConformanceLauncher.NOT_CONFORMANT);
            ConformanceResult result = ConformanceReportFiles.read(reports);
            assertThat(result.conformant()).isFalse();
            assertThat(result.verdict()).startsWith("INCOMPLETE: The run deadline of 1 s (DDM_RUN_TIMEOUT_S) passed: ")
                    .endsWith(" requirements were not run");
            assertThat(console.toString(StandardCharsets.UTF_8).strip()).endsWith(result.verdict());
            assertThat(result.requirementsStoppedByRunDeadline()).isNotEmpty();
            for (String id : result.requirementsStoppedByRunDeadline()) {
                RequirementResult requirement = result.requirements().stream().filter(r -> r.id().equals(id))
                        .findFirst().orElseThrow();
                assertThat(requirement.status()).isEqualTo(RequirementStatus.NOT_RUN);
                assertThat(requirement.reason()).startsWith("run deadline: 1 s (DDM_RUN_TIMEOUT_S) passed, so ");
            }
            assertThat(reports).isDirectoryContaining("glob:**/conformance.html")
                    .isDirectoryContaining("glob:**/cucumber.html").isDirectoryContaining("glob:**/cucumber-junit.xml");
        }
    }
}
