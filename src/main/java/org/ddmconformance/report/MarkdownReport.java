package org.ddmconformance.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * {@code conformance.md}: the run as a CI system shows it on a job page (GitHub's job summary, a GitLab
 * merge-request note). The verdict, the counts, each failure with what was expected and what came back, the
 * warnings, the requirement table with failures first, then the run (suite, endpoint, fixture, jobs).
 *
 * <p>Everything the endpoint answered is untrusted text: it goes into code spans or fenced blocks, or is escaped,
 * so an answer cannot add links, images or HTML to the page.
 */
final class MarkdownReport {

    private static final int CELL_CHARS = 160;
    private static final int EVIDENCE_CHARS = 600;

    private MarkdownReport() {
    }

    static String render(ConformanceResult result) {
        StringBuilder md = new StringBuilder("# DDM \"Restoring Metadata (a V3 API)\": conformance\n\n");
        md.append("**").append(text(result.verdict())).append("**\n\n");
        md.append("Endpoint: ").append(code(result.endpoint())).append("\n\n");
        md.append("| ").append(result.counts().keySet().stream().map(RequirementStatus::label)
                .collect(Collectors.joining(" | "))).append(" |\n|");
        result.counts().keySet().forEach(s -> md.append(" ---: |"));
        md.append("\n| ").append(result.counts().values().stream().map(String::valueOf)
                .collect(Collectors.joining(" | "))).append(" |\n");
        if (!result.failures().isEmpty()) {
            md.append("\n## Failures\n");
            result.failures().forEach(r -> failure(r, md));
        }
        if (!result.notices().isEmpty()) {
            md.append("\n## Warnings\n\n");
            result.notices().forEach(w -> md.append("- ").append(text(w)).append('\n'));
        }
        md.append("\n## Requirements\n\n| requirement | level | status | reason |\n| --- | --- | --- | --- |\n");
        List<RequirementResult> ordered = new ArrayList<>(result.requirements());
        ordered.sort(Comparator.comparingInt(r -> order(r.status())));
        for (RequirementResult r : ordered) {
            md.append("| ").append(r.id()).append(" | ").append(r.level()).append(" | ")
                    .append(r.status() == RequirementStatus.FAIL ? "**FAIL**" : r.status().label()).append(" | ")
                    .append(text(FailureEvidence.cut(ConsoleReport.reason(r.reason()), CELL_CHARS))).append(" |\n");
        }
        run(result.header(), md);
        return md.toString();
    }

    /** Failures first, then what was not verified, then what passed. */
    private static int order(RequirementStatus status) {
        return switch (status) {
            case FAIL -> 0;
            case SKIPPED -> 1;
            case NOT_RUN -> 2;
            case PASS -> 3;
        };
    }

    private static void failure(RequirementResult r, StringBuilder md) {
        FailureEvidence evidence = FailureEvidence.of(r.reason());
        md.append("\n### ").append(r.id()).append(" (").append(r.level())
                .append(r.level().equals("MUST") ? "" : ", no effect on the verdict").append(")\n\n")
                .append(text(r.statement())).append("\n\n");
        md.append("- expected: ").append(text(FailureEvidence.cut(evidence.expected(), EVIDENCE_CHARS))).append('\n');
        if (evidence.firstCase() != null) {
            md.append("- first case: ").append(text(FailureEvidence.cut(evidence.firstCase(), EVIDENCE_CHARS)))
                    .append('\n');
        }
        if (evidence.sent() != null) {
            md.append("- sent: ").append(code(FailureEvidence.cut(evidence.sent(), EVIDENCE_CHARS))).append('\n');
        }
        if (evidence.answered() != null) {
            md.append("- received: ").append(code(FailureEvidence.cut(evidence.answered(), EVIDENCE_CHARS)))
                    .append('\n');
        }
        r.scenarios().stream().filter(s -> s.status() == RequirementStatus.FAIL).findFirst().ifPresent(s ->
                md.append("- scenario: ").append(text(s.scenario())).append(" (").append(code(ConsoleReport.location(s)))
                        .append(")\n"));
    }

    private static void run(RunHeader header, StringBuilder md) {
        if (header == null) {
            return;
        }
        md.append("\n## Run\n\n").append(text(header.suiteVersion())).append(", started ")
                .append(text(header.startedAt())).append(", took ")
                .append(String.format(Locale.ROOT, "%.1f s", header.durationMs() / 1000.0)).append(". Jobs: ")
                .append(text(header.jobsSummary())).append(".\n\n| fixture | value | source |\n| --- | --- | --- |\n");
        header.fixture().forEach(f -> md.append("| ").append(text(f.name())).append(" | ").append(code(f.value()))
                .append(" | ").append(text(f.source())).append(" |\n"));
    }

    /**
     * Plain text in a paragraph or a table cell: one line, with every character that Markdown or HTML would read
     * as markup escaped.
     */
    static String text(String value) {
        if (value == null) {
            return "";
        }
        StringBuilder escaped = new StringBuilder();
        for (char c : value.replaceAll("\\s+", " ").toCharArray()) {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '\\', '`', '*', '_', '[', ']', '|', '~' -> // no link without [ ], no emphasis, no cell end
                        escaped.append('\\').append(c);
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    /**
     * A code span: its content is shown as it is. Backticks are taken out (a span cannot hold a run of them
     * safely in every renderer) and {@code |}, which would end a table cell even inside a span, is escaped.
     */
    static String code(String value) {
        if (value == null || value.isBlank()) {
            return "";
        }
        return "`" + value.replaceAll("\\s+", " ").replace('`', '\'').replace("|", "\\|") + "`";
    }
}
