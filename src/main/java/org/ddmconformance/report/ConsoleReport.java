package org.ddmconformance.report;

import java.io.PrintStream;
import java.util.Locale;

/** The short table printed at the end of a run, ending with the verdict line. */
public final class ConsoleReport {

    private ConsoleReport() {
    }

    public static void print(ConformanceResult result, PrintStream out) {
        out.println();
        printHeader(result.header(), out);
        out.println("Conformance of " + result.endpoint() + " to \"Restoring Metadata (a V3 API)\"");
        out.printf("%-12s %-7s %-8s %s%n", "requirement", "level", "status", "reason");
        for (RequirementResult r : result.requirements()) {
            out.printf("%-12s %-7s %-8s %s%n", r.id(), r.level(), r.status().label(), reason(r.reason()));
        }
        result.requirements().forEach(r -> r.observations().forEach(o -> out.println("OBSERVED: " + r.id() + " " + o)));
        result.warnings().forEach(w -> out.println("WARNING: " + w));
        out.println(result.verdict());
    }

    /** Version, time, endpoint, the fixture with its sources, and every job followed. */
    static void printHeader(RunHeader header, PrintStream out) {
        if (header == null) {
            return;
        }
        out.println(header.suiteVersion() + ", run started " + header.startedAt() + ", took "
                + String.format(Locale.ROOT, "%.1f s", header.durationMs() / 1000.0));
        out.println("Endpoint: " + header.endpoint());
        out.println("Fixture:");
        header.fixture().forEach(f -> out.printf("  %-20s %s  <- %s%n", f.name(), f.value(), f.source()));
        long notFollowed = header.jobs().stream().filter(j -> j.outcome().equals("NOT_FOLLOWED")).count();
        out.println("Jobs: " + (header.jobs().isEmpty() ? "none followed" : notFollowed == header.jobs().size()
                ? notFollowed + " not followed (DDM_JOB_API=false)" : header.jobs().size() + " followed"));
        header.jobs().forEach(j -> out.println("  " + (j.outcome().equals("COMPLETED") ? "" : j.outcome() + " ")
                + j.summary()));
        out.println();
    }

    /** The expectation, then what came back (status and body excerpt): the server's own message is the clue. */
    static String reason(String message) {
        String[] lines = message.split("\n");
        StringBuilder reason = new StringBuilder(lines[0].trim());
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].startsWith("response: ")) {
                reason.append(" | answer ").append(lines[i].substring("response: ".length()).trim());
                for (int j = i + 1; j < lines.length && lines[j].startsWith("  "); j++) {
                    if (lines[j].trim().startsWith("body: ")) {
                        reason.append(' ').append(lines[j].trim());
                    }
                }
                break;
            }
        }
        String line = reason.toString().replaceAll("\\s+", " ");
        return line.length() > 160 ? line.substring(0, 157) + "..." : line;
    }
}
