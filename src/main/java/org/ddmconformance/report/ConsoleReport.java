package org.ddmconformance.report;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.ddmconformance.config.Output;

/**
 * What a run prints at its end, short enough for a CI log: the run in one block (suite, endpoint, fixture, one
 * line for the jobs), the requirement table, each failure with its evidence and where to read more, the warnings,
 * and the verdict as the last line. The observations and one line per job come with {@code --verbose}
 * (DDM_VERBOSE); the reports always hold them.
 */
public final class ConsoleReport {

    private static final int REASON_CHARS = 110;
    private static final int EVIDENCE_CHARS = 220;

    private ConsoleReport() {
    }

    public static void print(ConformanceResult result, PrintStream out, ConsoleStyle style) {
        printHeader(result.header(), out, style.verbose());
        out.println();
        out.printf("%-15s %-7s %-8s %s%n", "requirement", "level", "status", "reason");
        for (RequirementResult r : result.requirements()) {
            String reason = FailureEvidence.cut(reason(r.reason()), REASON_CHARS);
            String padding = reason.isEmpty() ? "" : " ".repeat(9 - r.status().label().length());
            out.println(String.format("%-15s %-7s ", r.id(), r.level()) + style.status(r.status(), r.status().label())
                    + padding + reason);
        }
        if (style.verbose()) {
            result.requirements().forEach(r -> r.observations().forEach(o -> out.println("OBSERVED: " + r.id() + " " + o)));
        }
        result.failures().forEach(r -> printFailure(r, out, style));
        result.notices().forEach(w -> out.println(style.warning("WARNING: ") + w));
        out.println(style.verdict(result));
    }

    /** Suite, time, endpoint; the fixture with its sources; the jobs in one line (each job too, verbose). */
    static void printHeader(RunHeader header, PrintStream out, boolean verbose) {
        if (header == null) {
            return;
        }
        out.println(header.suiteVersion() + ", run started " + header.startedAt() + ", took "
                + String.format(Locale.ROOT, "%.1f s", header.durationMs() / 1000.0));
        out.println("Endpoint: " + header.endpoint());
        String label = "Fixture: ";
        for (RunHeader.FixtureLine f : header.fixture()) {
            out.printf("%-9s %-19s %s  <- %s%n", label, f.name(), f.value(), f.source());
            label = "";
        }
        out.println("Jobs: " + header.jobsSummary());
        if (verbose) {
            header.jobs().forEach(j -> out.println("  " + j.summary()));
        }
    }

    /** The failure's expectation, its first failing case, the exchange, and where the whole evidence is. */
    private static void printFailure(RequirementResult r, PrintStream out, ConsoleStyle style) {
        ScenarioOutcome scenario = r.scenarios().stream().filter(s -> s.status() == RequirementStatus.FAIL)
                .findFirst().orElse(null);
        FailureEvidence evidence = FailureEvidence.of(r.reason());
        String effect = r.level().equals("MUST") ? "" : " (" + r.level() + ": no effect on the verdict)";
        out.println(style.status(RequirementStatus.FAIL, "FAILED") + " " + r.id() + effect + ": "
                + FailureEvidence.cut(evidence.expected(), EVIDENCE_CHARS));
        if (evidence.firstCase() != null) {
            out.println("  first case: " + FailureEvidence.cut(evidence.firstCase(), EVIDENCE_CHARS));
        }
        if (evidence.sent() != null) {
            out.println("  sent:       " + FailureEvidence.cut(evidence.sent(), EVIDENCE_CHARS));
        }
        if (evidence.answered() != null) {
            out.println("  answered:   " + FailureEvidence.cut(evidence.answered(), EVIDENCE_CHARS));
        }
        out.println("  evidence:   " + (scenario == null ? "" : "scenario \"" + scenario.scenario() + "\" ("
                + location(scenario) + "); ") + pointer(style, r.id()));
    }

    /** Where the whole failure is: the requirement's row of conformance.html, the exchanges in cucumber.html. */
    static String pointer(ConsoleStyle style, String id) {
        Path dir = style.reportsDir() == null ? Path.of("reports") : style.reportsDir();
        return dir.resolve(ConformanceReportFiles.HTML) + "#" + id
                + (style.cucumberHtml() ? ", " + dir.resolve(Output.CucumberReport.HTML.file()) : "");
    }

    /** A feature file and line as a person finds it in the repository (not the classpath URI). */
    static String location(ScenarioOutcome scenario) {
        String location = scenario.location();
        return location.startsWith("classpath:") ? location.substring("classpath:".length())
                : location.startsWith("file:") ? location.substring("file:".length()) : location;
    }

    /** The reason as one line: the expectation, then what came back (status and body excerpt). */
    static String reason(String message) {
        if (message == null || message.isEmpty()) {
            return "";
        }
        FailureEvidence evidence = FailureEvidence.of(message);
        String answered = evidence.answered();
        return evidence.expected() + (answered == null ? "" : " | answer " + answered);
    }

    /** The console lines of a result, for tests and tools that want them as text. */
    static List<String> lines(ConformanceResult result, ConsoleStyle style) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        print(result, new PrintStream(bytes, true, StandardCharsets.UTF_8), style);
        return bytes.toString(StandardCharsets.UTF_8).lines().toList();
    }
}
