package org.ddmconformance.report;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;

/**
 * What a report opens with, so a vendor can hand it to a customer: the suite version, when the run started and
 * how long it took, the endpoint, the fixture used (each value with where it came from, secrets masked) and
 * every job the run followed with its outcome.
 */
public record RunHeader(String suiteVersion, String startedAt, long durationMs, String endpoint,
                        List<FixtureLine> fixture, List<JobLine> jobs) {

    public RunHeader {
        fixture = fixture == null ? List.of() : List.copyOf(fixture);
        jobs = jobs == null ? List.of() : List.copyOf(jobs);
    }

    /** One fixture value: what it is, its value and its source ("configured (DDM_BACKUP_ID)", "discovered: ..."). */
    public record FixtureLine(String name, String value, String source) {
    }

    /**
     * One job followed: its id, how it ended (COMPLETED, FAILED, TIMED_OUT, UNKNOWN), how long it was followed,
     * the scenario whose request was accepted, whether that request was meant to restore, the fail_reason of a
     * Failed job, and the whole line as the console shows it.
     */
    public record JobLine(String jobId, String outcome, long millis, String scenario, boolean meant,
                          String failReason, String summary) {
    }

    /**
     * The jobs in one line: {@code 2 followed: 2 Completed}, {@code 3 followed: 2 Completed, 1 Failed},
     * {@code 2 not followed (DDM_JOB_API=false)} or {@code none followed}.
     */
    public String jobsSummary() {
        if (jobs.isEmpty()) {
            return "none followed";
        }
        Map<String, Long> byOutcome = jobs.stream().collect(Collectors.groupingBy(JobLine::outcome,
                LinkedHashMap::new, Collectors.counting()));
        Long notFollowed = byOutcome.remove("NOT_FOLLOWED");
        List<String> parts = new ArrayList<>();
        if (!byOutcome.isEmpty()) {
            long followed = byOutcome.values().stream().mapToLong(Long::longValue).sum();
            parts.add(followed + " followed: " + byOutcome.entrySet().stream()
                    .map(e -> e.getValue() + " " + readable(e.getKey())).collect(Collectors.joining(", ")));
        }
        if (notFollowed != null) {
            parts.add(notFollowed + " not followed (DDM_JOB_API=false)");
        }
        return String.join("; ", parts);
    }

    /** COMPLETED is Completed, TIMED_OUT is Timed out: as the job API and the job lines write them. */
    private static String readable(String outcome) {
        String words = outcome.replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** The version of this suite: the jar's Maven version, or "development build" when run from the classes. */
    public static String currentVersion() {
        try (InputStream in = RunHeader.class.getClassLoader()
                .getResourceAsStream("META-INF/maven/org.ddmconformance/ddm-conformance/pom.properties")) {
            if (in != null) {
                Properties properties = new Properties();
                properties.load(in);
                return "ddm-conformance " + properties.getProperty("version", "unknown");
            }
        } catch (IOException e) {
            // fall through
        }
        return "ddm-conformance (development build)";
    }
}
