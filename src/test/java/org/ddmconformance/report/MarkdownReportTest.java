package org.ddmconformance.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** conformance.md: what a CI job page shows (GitHub's job summary, a GitLab note). */
class MarkdownReportTest {

    @Test
    void theSummaryOpensWithTheVerdictAndCountsThenFailuresThenTheTableWithFailuresFirst(@TempDir Path dir)
            throws Exception {
        ConformanceResult result = SampleResults.run(Map.of(
                "RM-ID-003", Map.entry(RequirementStatus.FAIL, SampleResults.FAILURE),
                "RM-ID-010", Map.entry(RequirementStatus.SKIPPED, "not applicable: 1 interval")),
                List.of("A restore job FAILED: job j-9"));
        ConformanceReportFiles.write(dir, result);
        String md = Files.readString(dir.resolve(ConformanceReportFiles.MARKDOWN));
        assertThat(md).contains("**NOT CONFORMANT: RM-ID-003 failed**",
                "| PASS | FAIL | SKIPPED | NOT RUN |", "| " + (result.requirements().size() - 2) + " | 1 | 1 | 0 |",
                "### RM-ID-003 (MUST)", "- expected: expected status 400 or 404, got 202",
                "- sent: `POST http://h/v3/p/instances/i/backups/metadata-recovery body: {\"source\":{\"backup_id\"",
                "- received: `202 body: {\"job_id\": \"j-1\"}`",
                "- scenario: Scenario of RM-ID-003 (`features/unknown-ids/unknown-ids.feature:12`)",
                "- A restore job FAILED: job j-9", "| target data\\_nodes | `n-1,n-2` |",
                "Jobs: 2 followed: 2 Completed");
        String table = md.substring(md.indexOf("## Requirements"));
        assertThat(table.indexOf("| RM-ID-003 | MUST | **FAIL**")).isLessThan(table.indexOf("| RM-ID-010 | MUST | SKIPPED"));
        assertThat(table.indexOf("| RM-ID-010 |")).isLessThan(table.indexOf("| RM-ACC-001 | MUST | PASS"));
        assertThat(md.indexOf("**NOT CONFORMANT")).isLessThan(md.indexOf("## Failures"));
        assertThat(md.indexOf("## Failures")).isLessThan(md.indexOf("## Warnings"));
        assertThat(md.indexOf("## Warnings")).isLessThan(md.indexOf("## Requirements"));
        assertThat(md.indexOf("## Requirements")).isLessThan(md.indexOf("## Run"));
    }

    @Test
    void whatTheEndpointAnsweredCannotAddMarkupToThePage() {
        String hostile = """
                expected status 400, got 500 <img src=x onerror=alert(1)> [click](http://evil.example) | x
                request: POST http://h/x
                response: 500
                  body: {"msg": "`code` <script>alert(1)</script> | ![i](http://evil.example/i.png)"}""";
        ConformanceResult result = SampleResults.run(Map.of("RM-ROBUST-001", Map.entry(RequirementStatus.FAIL, hostile)),
                List.of("<b>bold</b> [link](http://evil.example)"));
        String md = MarkdownReport.render(result);
        // Outside code spans no markup survives; inside one (the answer's body) it is shown as text.
        assertThat(md).doesNotContain("<img", "<b>", "[click](", "[link](");
        // In a table cell and in a code span a | is escaped, so no cell is split.
        assertThat(md.lines().filter(l -> l.startsWith("| RM-ROBUST-001 ")))
                .singleElement().satisfies(row -> assertThat(row.replace("\\|", "").chars().filter(c -> c == '|'))
                        .hasSize(5));
        assertThat(md).contains("- received: `500 body: {\"msg\": \"'code' <script>alert(1)</script> \\| ");
    }
}
