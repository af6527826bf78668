package org.ddmconformance.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The opening section of the reports: version, time, endpoint, fixture with sources, jobs with outcomes. */
class RunHeaderTest {

    private static final RunHeader HEADER = new RunHeader("ddm-conformance 9.9", "2026-11-30T21:00:00Z", 4200,
            "https://ddm.example.com", List.of(
                    new RunHeader.FixtureLine("backup_id", "b-1", "discovered: backups, the newest normal backup"),
                    new RunHeader.FixtureLine("X-Auth-Token", "****", "configured (DDM_AUTH_TOKEN)")),
            List.of(new RunHeader.JobLine("job-1", "FAILED", 1500, "Restore metadata from a backup", true,
                    "not restored to that time", "job job-1: FAILED after 1.5 s: fail_reason \"not restored to that time\"")));

    @Test
    void theReportFilesOpenWithTheRunAndKeepItThroughJson(@TempDir Path dir) throws Exception {
        ConformanceResult result = ConformanceResult.of("https://ddm.example.com", List.of(), List.of(), null, HEADER);
        ConformanceReportFiles.write(dir, result);
        assertThat(ConformanceReportFiles.read(dir).header()).isEqualTo(HEADER);
        String html = Files.readString(dir.resolve(ConformanceReportFiles.HTML));
        assertThat(html).contains("ddm-conformance 9.9", "2026-11-30T21:00:00Z", "4.2 s", "discovered: backups",
                "job-1", "FAILED", "not restored to that time");
        // The run, its fixture and jobs come after the requirements, folded.
        assertThat(html.indexOf("<th>Requirement</th>")).isLessThan(html.indexOf("<details><summary>Run"));
        assertThat(html.indexOf("<details><summary>Run")).isLessThan(html.indexOf("Fixture"));
    }

    @Test
    void theConsoleOpensWithTheFixtureAndEveryJob() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ConsoleReport.printHeader(HEADER, new PrintStream(bytes, true, StandardCharsets.UTF_8), true);
        String console = bytes.toString(StandardCharsets.UTF_8);
        assertThat(console).contains("ddm-conformance 9.9, run started 2026-11-30T21:00:00Z, took 4.2 s",
                "Endpoint: https://ddm.example.com", "b-1  <- discovered: backups", "Jobs: 1 followed: 1 Failed",
                "  job job-1: FAILED after 1.5 s");
    }

    @Test
    void theJobsLineCountsEachOutcome() {
        RunHeader.JobLine completed = new RunHeader.JobLine("a", "COMPLETED", 1, "s", true, null, "a");
        RunHeader.JobLine timedOut = new RunHeader.JobLine("b", "TIMED_OUT", 1, "s", true, null, "b");
        RunHeader.JobLine notFollowed = new RunHeader.JobLine("c", "NOT_FOLLOWED", 0, "s", true, null, "c");
        assertThat(header(List.of()).jobsSummary()).isEqualTo("none followed");
        assertThat(header(List.of(completed, timedOut, completed)).jobsSummary())
                .isEqualTo("3 followed: 2 Completed, 1 Timed out");
        assertThat(header(List.of(notFollowed, notFollowed)).jobsSummary())
                .isEqualTo("2 not followed (DDM_JOB_API=false)");
    }

    private static RunHeader header(List<RunHeader.JobLine> jobs) {
        return new RunHeader("v", "t", 1, "e", List.of(), jobs);
    }

    @Test
    void aResultWithoutHeaderStillRenders(@TempDir Path dir) {
        ConformanceReportFiles.write(dir, ConformanceResult.of("e", List.of(), List.of()));
        assertThat(ConformanceReportFiles.read(dir).header()).isNull();
    }
}
