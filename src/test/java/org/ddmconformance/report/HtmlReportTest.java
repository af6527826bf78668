package org.ddmconformance.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** conformance.html: the verdict and counts first, failures and warnings next, the table, the run folded below. */
class HtmlReportTest {

    @Test
    void thePageReadsFromTheVerdictDownToTheFoldedRun() {
        ConformanceResult result = SampleResults.run(Map.of(
                "RM-ID-003", Map.entry(RequirementStatus.FAIL, SampleResults.FAILURE)),
                List.of("A restore job FAILED: job j-9"));
        String html = HtmlReport.render(result);
        List<String> inOrder = List.of("<p class=\"verdict\">NOT CONFORMANT: RM-ID-003 failed", "FAIL: 1",
                "<h2>Failures</h2>", "<dt>Expected</dt><dd>expected status 400 or 404, got 202",
                "<dt>Received</dt><dd><pre>202 body: {&quot;job_id&quot;: &quot;j-1&quot;}",
                "<h2>Warnings</h2>", "A restore job FAILED: job j-9", "<th>Requirement</th>",
                "<tr id=\"RM-ID-003\" class=\"FAIL\">", "<details><summary>Run, fixture and jobs (2 followed: 2 Completed",
                "<h2>Fixture</h2>", "<h2>Jobs</h2>", "</details>");
        int at = -1;
        for (String part : inOrder) {
            int next = html.indexOf(part, at + 1);
            assertThat(next).as("'%s' after the previous part", part).isGreaterThan(at);
            at = next;
        }
    }

    @Test
    void aConformantRunHasNoFailureSection() {
        String html = HtmlReport.render(SampleResults.run(Map.of(), List.of()));
        assertThat(html).doesNotContain("<h2>Failures</h2>", "<h2>Warnings</h2>").contains("<p class=\"verdict\">CONFORMANT");
    }
}
