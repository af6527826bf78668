package org.ddmconformance.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.ddmconformance.requirements.RequirementCatalogue;
import org.junit.jupiter.api.Test;

class ConsoleReportTest {

    private static final Path REPORTS = Path.of("out", "reports");

    @Test
    void theReasonShowsTheExpectationAndWhatCameBack() {
        String message = """
                expected status 202, got 400
                request: POST http://h/v3/p/instances/i/backups/metadata-recovery
                  body: {"source": {}}
                response: 400
                  headers: Content-Type: application/json
                  body: {"error_msg": "target busy"}""";
        assertThat(ConsoleReport.reason(message))
                .isEqualTo("expected status 202, got 400 | answer 400 body: {\"error_msg\": \"target busy\"}");
        assertThat(ConsoleReport.reason("")).isEmpty();
        assertThat(FailureEvidence.cut("x".repeat(500), 160)).hasSize(160).endsWith("...");
    }

    @Test
    void aPassingRunFitsACiLogWithOneJobsLineAndTheVerdictLast() {
        ConformanceResult result = SampleResults.run(Map.of(), List.of());
        List<String> lines = ConsoleReport.lines(result, ConsoleStyle.plain(REPORTS));
        int requirements = RequirementCatalogue.load().all().size();
        // Suite and endpoint, the fixture, one jobs line, a blank, the table heading and rows, the verdict.
        assertThat(lines).hasSize(2 + SampleResults.HEADER.fixture().size() + 1 + 1 + 1 + requirements + 1);
        assertThat(lines.get(lines.size() - 1)).isEqualTo(result.verdict()).startsWith("CONFORMANT: ");
        assertThat(lines).filteredOn(l -> l.startsWith("Jobs: ")).containsExactly("Jobs: 2 followed: 2 Completed");
        assertThat(lines).noneMatch(l -> l.startsWith("OBSERVED: ") || l.contains("job job-1") || l.contains("\u001b["));
        assertThat(lines).filteredOn(l -> l.startsWith("RM-")).hasSize(requirements);
        assertThat(String.join("\n", lines)).contains("Fixture:  project_id", "backup_id           b-1  <- discovered");
    }

    @Test
    void verboseAddsEveryObservationAndEveryJob() {
        ConformanceResult result = SampleResults.run(Map.of(), List.of());
        List<String> lines = ConsoleReport.lines(result, new ConsoleStyle(true, false, REPORTS, true));
        assertThat(lines).contains("OBSERVED: RM-ACC-001 observed of RM-ACC-001",
                "  job job-1: Completed after 28 ms (1 poll(s))", "  job job-2: Completed after 11 ms (1 poll(s))");
        assertThat(lines.get(lines.size() - 1)).isEqualTo(result.verdict());
    }

    @Test
    void aFailureShowsWhatWasExpectedSentAndAnsweredAndWhereTheEvidenceIs() {
        ConformanceResult result = SampleResults.run(Map.of(
                "RM-ID-003", Map.entry(RequirementStatus.FAIL, SampleResults.FAILURE),
                "RM-JOB-002", Map.entry(RequirementStatus.FAIL, "the job did not end within 1800 s")),
                List.of("A restore job FAILED: job j-9"));
        List<String> lines = ConsoleReport.lines(result, ConsoleStyle.plain(REPORTS));
        String console = String.join("\n", lines);
        assertThat(console).contains(
                "FAILED RM-ID-003: expected status 400 or 404, got 202\n"
                        + "  sent:       POST http://h/v3/p/instances/i/backups/metadata-recovery body: "
                        + "{\"source\":{\"backup_id\":\"b-1\"}}\n"
                        + "  answered:   202 body: {\"job_id\": \"j-1\"}\n"
                        + "  evidence:   scenario \"Scenario of RM-ID-003\" (features/unknown-ids/unknown-ids.feature:12); "
                        + REPORTS.resolve("conformance.html") + "#RM-ID-003, " + REPORTS.resolve("cucumber.html"),
                "FAILED RM-JOB-002 (SHOULD: no effect on the verdict): the job did not end within 1800 s",
                "WARNING: A restore job FAILED: job j-9");
        // The MUST failure comes before the SHOULD one; the SHOULD one is not repeated as a warning.
        assertThat(console.indexOf("FAILED RM-ID-003")).isLessThan(console.indexOf("FAILED RM-JOB-002"));
        assertThat(lines).filteredOn(l -> l.contains("RM-JOB-002") && l.startsWith("WARNING")).isEmpty();
        assertThat(lines.get(lines.size() - 1)).isEqualTo("NOT CONFORMANT: RM-ID-003 failed");
        // DDM_CUCUMBER_REPORTS without html: the pointer names only the file that was written.
        assertThat(ConsoleReport.lines(result, ConsoleStyle.plain(REPORTS).withCucumberHtml(false)))
                .anySatisfy(line -> assertThat(line).endsWith("; " + REPORTS.resolve("conformance.html") + "#RM-ID-003"))
                .noneSatisfy(line -> assertThat(line).contains("cucumber.html"));
    }

    @Test
    void colourOnlyOnATerminalAndNeverInCiOrWithNoColor() {
        assertThat(ConsoleStyle.of(false, REPORTS, Map.of(), true).colour()).isTrue();
        assertThat(ConsoleStyle.of(false, REPORTS, Map.of(), false).colour()).isFalse();
        assertThat(ConsoleStyle.of(false, REPORTS, Map.of("NO_COLOR", "1"), true).colour()).isFalse();
        assertThat(ConsoleStyle.of(false, REPORTS, Map.of("NO_COLOR", ""), true).colour()).isTrue(); // no-color.org
        assertThat(ConsoleStyle.of(false, REPORTS, Map.of("CI", "true"), true).colour()).isFalse();
        assertThat(ConsoleStyle.of(false, REPORTS, Map.of("TERM", "dumb"), true).colour()).isFalse();
        ConformanceResult result = SampleResults.run(Map.of(), List.of());
        List<String> coloured = ConsoleReport.lines(result, ConsoleStyle.of(false, REPORTS, Map.of(), true));
        assertThat(coloured.get(coloured.size() - 1)).isEqualTo("\u001b[1;32m" + result.verdict() + "\u001b[0m");
    }
}
