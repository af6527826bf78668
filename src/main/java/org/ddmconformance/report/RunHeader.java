package org.ddmconformance.report;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Properties;

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
