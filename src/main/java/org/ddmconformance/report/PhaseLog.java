package org.ddmconformance.report;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;

/**
 * Where a run's time goes, for the benchmark (bench/run.sh): with {@code -Dddm.phase-log=FILE} each JVM of a run
 * appends one line per phase mark, {@code pid mark uptime_ms cpu_ms}, the JVM's time since it started and the
 * CPU (user + system) of the whole process so far. A line holds absolute readings, so nothing is kept between
 * marks; the bench subtracts. Without the property nothing is read or written.
 */
public final class PhaseLog {

    public static final String PROPERTY = "ddm.phase-log";

    private PhaseLog() {
    }

    public static boolean enabled() {
        return System.getProperty(PROPERTY) != null;
    }

    /** The readings of this moment, for a mark written later ({@link #mark(String, Reading)}). */
    public record Reading(long uptimeMs, long cpuMs) {
        public static Reading now() {
            return new Reading(ManagementFactory.getRuntimeMXBean().getUptime(),
                    ProcessHandle.current().info().totalCpuDuration().map(Duration::toMillis).orElse(-1L));
        }
    }

    public static void mark(String mark) {
        if (enabled()) {
            mark(mark, Reading.now());
        }
    }

    public static void mark(String mark, Reading reading) {
        String file = System.getProperty(PROPERTY);
        if (file == null || reading == null) {
            return;
        }
        String line = ProcessHandle.current().pid() + " " + mark + " " + reading.uptimeMs() + " " + reading.cpuMs()
                + "\n";
        try {
            Files.writeString(Path.of(file), line, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            System.err.println("ddm-conformance: cannot append to the phase log " + file + " (-D" + PROPERTY + "): "
                    + e.getMessage());
        }
    }
}
