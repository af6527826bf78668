package org.ddmconformance.report;

import java.util.List;
import java.util.Locale;

/**
 * A self-contained HTML page: the verdict and counts, the failures with their evidence, the warnings, one row per
 * requirement, then the run, its fixture and jobs, folded.
 */
final class HtmlReport {

    private HtmlReport() {
    }

    static String render(ConformanceResult result) {
        StringBuilder html = new StringBuilder("""
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8"><title>DDM metadata-recovery conformance</title>
                <style>
                body{font-family:sans-serif;margin:2em;color:#222}
                table{border-collapse:collapse;width:100%}
                th,td{border:1px solid #ccc;padding:.4em;vertical-align:top;text-align:left}
                .PASS{background:#e6f4ea}.FAIL{background:#fce8e6}.SKIPPED{background:#fef7e0}.NOT_RUN{background:#f1f3f4}
                pre{white-space:pre-wrap;overflow-wrap:anywhere;margin:0;font-size:.85em}
td{overflow-wrap:anywhere}
                .verdict{font-size:1.3em;font-weight:bold}
                .failure{padding:.2em 1em;margin:.5em 0}dt{font-weight:bold}
                </style></head><body>
                <h1>Restoring Metadata (a V3 API): conformance</h1>
                """);
        html.append("<p class=\"verdict\">").append(escape(result.verdict())).append("</p>\n");
        html.append("<p>Endpoint: ").append(escape(result.endpoint())).append("</p>\n<p>");
        for (RequirementStatus status : RequirementStatus.values()) {
            List<RequirementResult> with = result.requirements().stream().filter(r -> r.status() == status).toList();
            html.append(status.label()).append(": ").append(with.size());
            if (status == RequirementStatus.FAIL || status == RequirementStatus.SKIPPED) {
                with.forEach(r -> html.append(" <a href=\"#").append(r.id()).append("\">").append(r.id()).append("</a>"));
            } else if (status == RequirementStatus.NOT_RUN) { // only those with a reason (the run deadline)
                with.stream().filter(r -> !r.reason().isEmpty()).forEach(r -> html.append(" <a href=\"#")
                        .append(r.id()).append("\">").append(r.id()).append("</a>"));
            }
            html.append(" &nbsp; ");
        }
        html.append("</p>\n");
        if (!result.failures().isEmpty()) {
            html.append("<h2>Failures</h2>\n");
            result.failures().forEach(r -> failure(r, html));
        }
        if (!result.notices().isEmpty()) {
            html.append("<h2>Warnings</h2><ul>\n");
            result.notices().forEach(w -> html.append("<li>").append(escape(w)).append("</li>\n"));
            html.append("</ul>\n");
        }
        html.append("<h2>Requirements</h2>\n");
        html.append("<table><tr><th>Requirement</th><th>Level</th><th>Area</th><th>Status</th>"
                + "<th>Statement and source</th><th>Scenarios, evidence and observations</th></tr>\n");
        for (RequirementResult r : result.requirements()) {
            html.append("<tr id=\"").append(r.id()).append("\" class=\"").append(r.status().name()).append("\"><td>").append(r.id())
                    .append("</td><td>").append(r.level()).append("</td><td>").append(escape(r.area()))
                    .append("</td><td>").append(r.status().label()).append("</td><td>")
                    .append(escape(r.statement())).append("<br><small>Source: ").append(escape(r.source()))
                    .append("</small></td><td>");
            for (ScenarioOutcome s : r.scenarios()) {
                html.append("<div>").append(s.status().label()).append(": ").append(escape(s.scenario()))
                        .append(" <small>(").append(escape(s.location())).append(")</small>");
                if (s.message() != null && !s.message().isEmpty()) {
                    html.append("<pre>").append(escape(s.message())).append("</pre>");
                }
                html.append("</div>");
            }
            r.observations().forEach(o -> html.append("<div>Observed: ").append(escape(o)).append("</div>"));
            html.append("</td></tr>\n");
        }
        html.append("</table>\n");
        header(result.header(), html);
        return html.append("</body></html>\n").toString();
    }

    /** One failure: the requirement, what was expected, the first failing case, the exchange, the scenario. */
    private static void failure(RequirementResult r, StringBuilder html) {
        FailureEvidence evidence = FailureEvidence.of(r.reason());
        html.append("<div class=\"FAIL failure\"><h3><a href=\"#").append(r.id()).append("\">").append(r.id())
                .append("</a> ").append(r.level()).append(r.level().equals("MUST") ? "" : " (no effect on the verdict)")
                .append("</h3><p>").append(escape(r.statement())).append("</p><dl><dt>Expected</dt><dd>")
                .append(escape(evidence.expected())).append("</dd>");
        if (evidence.firstCase() != null) {
            html.append("<dt>First case</dt><dd>").append(escape(evidence.firstCase())).append("</dd>");
        }
        if (evidence.sent() != null) {
            html.append("<dt>Sent</dt><dd><pre>").append(escape(evidence.sent())).append("</pre></dd>");
        }
        if (evidence.answered() != null) {
            html.append("<dt>Received</dt><dd><pre>").append(escape(evidence.answered())).append("</pre></dd>");
        }
        r.scenarios().stream().filter(s -> s.status() == RequirementStatus.FAIL).findFirst().ifPresent(s ->
                html.append("<dt>Scenario</dt><dd>").append(escape(s.scenario())).append(" <small>(")
                        .append(escape(ConsoleReport.location(s))).append(")</small></dd>"));
        html.append("</dl></div>\n");
    }

    /** The run: version, time, duration, endpoint, fixture with sources, jobs with outcomes. */
    private static void header(RunHeader header, StringBuilder html) {
        if (header == null) {
            return;
        }
        html.append("<details><summary>Run, fixture and jobs (").append(escape(header.jobsSummary()))
                .append(" jobs)</summary>\n<h2>Run</h2><table class=\"run\"><tr><th>Suite</th><td>").append(escape(header.suiteVersion()))
                .append("</td></tr><tr><th>Started</th><td>").append(escape(header.startedAt()))
                .append("</td></tr><tr><th>Duration</th><td>").append(String.format(Locale.ROOT, "%.1f s",
                        header.durationMs() / 1000.0))
                .append("</td></tr><tr><th>Endpoint</th><td>").append(escape(header.endpoint()))
                .append("</td></tr></table>\n<h2>Fixture</h2><table><tr><th>Value</th><th></th><th>Source</th></tr>\n");
        header.fixture().forEach(f -> html.append("<tr><td>").append(escape(f.name())).append("</td><td>")
                .append(escape(f.value())).append("</td><td>").append(escape(f.source())).append("</td></tr>\n"));
        html.append("</table>\n<h2>Jobs</h2>");
        if (header.jobs().isEmpty()) {
            html.append("<p>No restore job was followed in this run.</p>\n</details>\n");
            return;
        }
        html.append("<table><tr><th>Job</th><th>Outcome</th><th>Followed for</th><th>Scenario</th><th>Detail</th></tr>\n");
        header.jobs().forEach(j -> html.append("<tr class=\"").append(j.outcome().equals("COMPLETED") ? "PASS" : "FAIL")
                .append("\"><td>").append(escape(j.jobId())).append("</td><td>").append(escape(j.outcome()))
                .append(j.meant() ? "" : " (accidental restore)").append("</td><td>").append(j.millis())
                .append(" ms</td><td>").append(escape(j.scenario())).append("</td><td>").append(escape(j.summary()))
                .append("</td></tr>\n"));
        html.append("</table>\n</details>\n");
    }

    private static String escape(String text) {
        return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
