package org.ddmconformance.testsupport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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
            int exit = process.waitFor();
            return new Run(exit, Files.readString(out), Files.readString(err));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }
}
