package org.ddmconformance.report;

import java.nio.file.Path;
import java.util.Map;

/**
 * How the console report is printed.
 *
 * @param verbose    also the observations of every requirement and one line per job (DDM_VERBOSE, --verbose);
 *                   the reports always hold both
 * @param colour     ANSI colours on the status and the verdict
 * @param reportsDir where the reports of the run are, named in the evidence pointers
 * @param cucumberHtml cucumber.html was written (DDM_CUCUMBER_REPORTS), so the pointers may name its exchanges
 */
public record ConsoleStyle(boolean verbose, boolean colour, Path reportsDir, boolean cucumberHtml) {

    /** Plain text, not verbose: what a CI log gets. */
    public static ConsoleStyle plain(Path reportsDir) {
        return new ConsoleStyle(false, false, reportsDir, true);
    }

    /** The same, naming cucumber.html only when it was written. */
    public ConsoleStyle withCucumberHtml(boolean written) {
        return new ConsoleStyle(verbose, colour, reportsDir, written);
    }

    /** Colour only on a terminal; never in CI, for a dumb terminal or with NO_COLOR set (https://no-color.org). */
    public static ConsoleStyle of(boolean verbose, Path reportsDir, Map<String, String> environment, boolean terminal) {
        boolean colour = terminal && isUnset(environment.get("NO_COLOR")) && isUnset(environment.get("CI"))
                && !"dumb".equals(environment.get("TERM"));
        return new ConsoleStyle(verbose, colour, reportsDir, true);
    }

    /** For this process: its environment, and whether its output is a terminal. */
    public static ConsoleStyle forThisProcess(boolean verbose, Path reportsDir) {
        return of(verbose, reportsDir, System.getenv(), System.console() != null);
    }

    private static boolean isUnset(String value) {
        return value == null || value.isEmpty();
    }

    String status(RequirementStatus status, String padded) {
        return paint(switch (status) {
            case PASS -> "32";
            case FAIL -> "31";
            case SKIPPED -> "33";
            case NOT_RUN -> "2";
        }, padded);
    }

    String verdict(ConformanceResult result) {
        return paint(result.conformant() ? "1;32" : "1;31", result.verdict());
    }

    String warning(String text) {
        return paint("33", text);
    }

    private String paint(String code, String text) {
        return colour ? "\u001b[" + code + "m" + text + "\u001b[0m" : text;
    }
}
