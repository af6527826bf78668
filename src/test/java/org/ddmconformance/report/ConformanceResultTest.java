package org.ddmconformance.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The verdict follows MUST requirements only; SHOULD failures warn; the report files round-trip. */
class ConformanceResultTest {

    private static RequirementResult requirement(String id, String level, RequirementStatus status, String message) {
        return new RequirementResult(id, level, "area", "statement <b>", "source", status,
                List.of(new ScenarioOutcome("scenario", "features/x.feature:3", status, message)), List.of());
    }

    @Test
    void aFailedMustRequirementMakesTheEndpointNotConformant() {
        ConformanceResult result = ConformanceResult.of("e", List.of(
                requirement("RM-A-001", "MUST", RequirementStatus.PASS, null),
                requirement("RM-A-002", "MUST", RequirementStatus.FAIL, "expected status 400, got 202"),
                requirement("RM-A-003", "MUST", RequirementStatus.FAIL, "expected status 400, got 500")), List.of());
        assertThat(result.conformant()).isFalse();
        assertThat(result.verdict()).isEqualTo("NOT CONFORMANT: RM-A-002, RM-A-003 failed");
        assertThat(result.failedMust()).containsExactly("RM-A-002", "RM-A-003");
    }

    @Test
    void requirementsTheRunDeadlineStoppedMakeTheRunIncompleteNeverConformant() {
        String stopped = "run deadline: 60 s (DDM_RUN_TIMEOUT_S) passed, so this scenario was not run";
        List<RequirementResult> requirements = List.of(
                requirement("RM-A-001", "MUST", RequirementStatus.PASS, null),
                requirement("RM-A-002", "MUST", RequirementStatus.NOT_RUN, stopped),
                requirement("RM-A-003", "SHOULD", RequirementStatus.NOT_RUN, stopped),
                new RequirementResult("RM-A-004", "MUST", "area", "s", "s", RequirementStatus.NOT_RUN, List.of(), List.of()));
        String deadline = "The run deadline of 60 s (DDM_RUN_TIMEOUT_S) passed";
        ConformanceResult result = ConformanceResult.of("e", requirements, List.of(), deadline, null);
        assertThat(result.conformant()).isFalse();
        assertThat(result.verdict()).isEqualTo("INCOMPLETE: The run deadline of 60 s (DDM_RUN_TIMEOUT_S) passed: "
                + "2 requirements were not run");
        assertThat(result.requirementsStoppedByRunDeadline()).containsExactly("RM-A-002", "RM-A-003");

        List<RequirementResult> withFailure = new java.util.ArrayList<>(requirements);
        withFailure.set(0, requirement("RM-A-001", "MUST", RequirementStatus.FAIL, "expected 400"));
        assertThat(ConformanceResult.of("e", withFailure, List.of(), deadline, null).verdict())
                .isEqualTo("NOT CONFORMANT: RM-A-001 failed; The run deadline of 60 s (DDM_RUN_TIMEOUT_S) passed: "
                        + "2 requirements were not run");
        // A deadline that stopped nothing changes nothing.
        assertThat(ConformanceResult.of("e", requirements.subList(0, 1), List.of(), deadline, null).verdict())
                .isEqualTo("CONFORMANT: 1/1 MUST requirements passed");
    }

    @Test
    void shouldFailuresAreWarningsAndInfoNeverCounts() {
        ConformanceResult result = ConformanceResult.of("e", List.of(
                requirement("RM-A-001", "MUST", RequirementStatus.PASS, null),
                requirement("RM-A-002", "SHOULD", RequirementStatus.FAIL, "no Allow header\nrequest: ..."),
                requirement("RM-A-003", "INFO", RequirementStatus.FAIL, "answered 500")), List.of("insecure TLS"));
        assertThat(result.conformant()).isTrue();
        assertThat(result.verdict()).isEqualTo("CONFORMANT: 1/1 MUST requirements passed");
        assertThat(result.warnings()).containsExactly("insecure TLS", "SHOULD requirement RM-A-002 failed: no Allow header",
                "INFO requirement RM-A-003 (no effect on the verdict) saw an answer outside the expected ones: answered 500");
    }

    @Test
    void skippedOrNotRunMustRequirementsAreCountedButDoNotFail() {
        ConformanceResult partial = ConformanceResult.of("e", List.of(
                requirement("RM-A-001", "MUST", RequirementStatus.PASS, null),
                requirement("RM-A-002", "MUST", RequirementStatus.SKIPPED, "restore guard")), List.of());
        assertThat(partial.verdict()).isEqualTo("CONFORMANT: 1/2 MUST requirements passed (1 skipped or not run)");
        ConformanceResult nothing = ConformanceResult.of("e", List.of(
                requirement("RM-A-002", "MUST", RequirementStatus.SKIPPED, "restore guard")), List.of());
        assertThat(nothing.verified()).isFalse();
        assertThat(nothing.conformant()).isFalse();
        assertThat(nothing.verdict()).startsWith("NO VERDICT");
    }

    @Test
    void theReportFilesRoundTripAndTheHtmlIsEscaped(@TempDir Path dir) throws Exception {
        ConformanceResult result = ConformanceResult.of("e", List.of(
                requirement("RM-A-001", "MUST", RequirementStatus.FAIL, "body <script>alert(1)</script>")), List.of());
        ConformanceReportFiles.write(dir, result);
        assertThat(ConformanceReportFiles.read(dir)).isEqualTo(result);
        String html = Files.readString(dir.resolve(ConformanceReportFiles.HTML));
        assertThat(html).contains("NOT CONFORMANT: RM-A-001 failed", "&lt;script&gt;", "href=\"#RM-A-001\"")
                .doesNotContain("<script>");
    }
}
