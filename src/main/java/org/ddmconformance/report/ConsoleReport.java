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
            out.printf("%-12s %-7s %-8s %s%n", r.id(), r.level(), r.status().label(), oneLine(r.reason()));
        }
        result.warnings().forEach(w -> out.println("WARNING: " + w));
        out.println(result.verdict());
    }

    private static String oneLine(String text) {
        String line = text.replaceAll("\\s+", " ").trim();
        return line.length() > 110 ? line.substring(0, 107) + "..." : line;
    }
}
