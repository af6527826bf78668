package org.ddmconformance.testsupport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs the packaged jar as its users do, with exactly the DDM_* environment given. */
public final class JarRunner {

    public static final Path JAR = Path.of("target", "ddm-conformance.jar");

    private JarRunner() {
    }

    public record Run(int exitCode, String stdout, String stderr) {
        public String console() {
            return stdout + stderr;
        }
    }

    public static Run run(Map<String, String> env, String... args) throws IOException, InterruptedException {
        return run(Duration.ofMinutes(10), env, args);
    }

    /**
     * @param limit a safety net, not a measurement: a run still going after it is stopped (with the child JVM of
     *              fast start) and reported as not having ended on its own
     */
    public static Run run(Duration limit, Map<String, String> env, String... args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().keySet().removeIf(name -> name.startsWith("DDM_") || name.toLowerCase().endsWith("_proxy"));
        builder.environment().putAll(env);
        Path out = Files.createTempFile("jar-out", ".txt");
        Path err = Files.createTempFile("jar-err", ".txt");
        try {
            Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly().waitFor();
                throw new AssertionError("the jar did not end on its own within " + limit + ":\n"
                        + Files.readString(out) + Files.readString(err));
            }
            return new Run(process.exitValue(), Files.readString(out), Files.readString(err));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }
}
