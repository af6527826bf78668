package org.ddmconformance.report;

import java.io.PrintStream;

/** The short table printed at the end of a run, ending with the verdict line. */
public final class ConsoleReport {

    private ConsoleReport() {
    }

    public static void print(ConformanceResult result, PrintStream out) {
        out.println();
        out.println("Conformance of " + result.endpoint() + " to \"Restoring Metadata (a V3 API)\"");
        out.printf("%-12s %-7s %-8s %s%n", "requirement", "level", "status", "reason");
        for (RequirementResult r : result.requirements()) {
            out.printf("%-12s %-7s %-8s %s%n", r.id(), r.level(), r.status().label(), reason(r.reason()));
        }
        result.requirements().forEach(r -> r.observations().forEach(o -> out.println("OBSERVED: " + r.id() + " " + o)));
        result.warnings().forEach(w -> out.println("WARNING: " + w));
        out.println(result.verdict());
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
