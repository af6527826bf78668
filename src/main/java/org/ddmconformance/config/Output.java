package org.ddmconformance.config;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a run writes besides its verdict and {@code conformance.json/.html/.md}, which it always writes.
 *
 * @param verbose         the console also prints every observation and one line per job (DDM_VERBOSE, --verbose)
 * @param cucumberReports Cucumber's own report files (DDM_CUCUMBER_REPORTS): a gate that reads only the JUnit XML
 *                        need not pay for the others, each of which serialises every message of the run
 */
public record Output(boolean verbose, Set<CucumberReport> cucumberReports) {

    public static final Output DEFAULT = new Output(false, CucumberReport.ALL);

    public Output {
        cucumberReports = Set.copyOf(cucumberReports);
    }

    public Output withVerbose(boolean console) {
        return new Output(console, cucumberReports);
    }

    public Output withCucumberReports(Set<CucumberReport> reports) {
        return new Output(verbose, reports);
    }

    /** One of Cucumber's report files, by the name DDM_CUCUMBER_REPORTS gives it, in the order they are listed. */
    public enum CucumberReport {
        HTML("html", "cucumber.html"),
        JSON("json", "cucumber.json"),
        JUNIT("junit", "cucumber-junit.xml"),
        MESSAGE("message", "cucumber-messages.ndjson");

        public static final Set<CucumberReport> ALL = Set.of(values());

        private final String plugin;
        private final String file;

        CucumberReport(String plugin, String file) {
            this.plugin = plugin;
            this.file = file;
        }

        /** The Cucumber plugin name, which is also the setting's word for it. */
        public String plugin() {
            return plugin;
        }

        public String file() {
            return file;
        }

        /** {@code all}, {@code none} or a list such as {@code html,junit}; empty when a word is none of them. */
        static Optional<Set<CucumberReport>> parse(String value) {
            String trimmed = value.trim();
            if (trimmed.equals("none")) {
                return Optional.of(Set.of());
            }
            if (trimmed.equals("all")) {
                return Optional.of(ALL);
            }
            Set<CucumberReport> chosen = new LinkedHashSet<>();
            for (String word : trimmed.split(",", -1)) {
                Optional<CucumberReport> report = Arrays.stream(values())
                        .filter(r -> r.plugin.equals(word.trim())).findFirst();
                if (report.isEmpty()) {
                    return Optional.empty();
                }
                chosen.add(report.get());
            }
            return Optional.of(chosen);
        }

        static String words() {
            return Arrays.stream(values()).map(CucumberReport::plugin).collect(Collectors.joining(","));
        }
    }
}
