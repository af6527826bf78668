package org.ddmconformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The layers below the run know nothing of it: the transport, discovery and job follow-up, the generated cases, the
 * schemas, the settings and the comparisons are handed what they need (a deadline, settings), never look up the
 * run's session, and never reach up to the steps, the reports or the command line.
 */
class LayeringTest {

    private static final Path MAIN = Path.of("src/main/java/org/ddmconformance");
    private static final Set<String> BELOW_THE_RUN = Set.of("config", "equivalence", "explore", "http",
            "requirements", "restore", "schema", "work");
    private static final List<String> ABOVE = List.of("suite", "steps", "report", "cli", "mock");

    @Test
    void noLowerLayerImportsTheRunTheStepsTheReportsOrTheCommandLine() throws IOException {
        try (Stream<Path> files = Files.walk(MAIN)) {
            List<String> violations = files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> BELOW_THE_RUN.contains(MAIN.relativize(f).getName(0).toString()))
                    .flatMap(f -> read(f).lines().filter(LayeringTest::reachesUp)
                            .map(line -> MAIN.relativize(f) + ": " + line.trim()))
                    .toList();
            assertThat(violations).as("imports from a lower layer up into " + ABOVE).isEmpty();
        }
    }

    @Test
    void everyPackageIsPlacedInALayer() throws IOException {
        try (Stream<Path> packages = Files.list(MAIN)) {
            assertThat(packages.filter(Files::isDirectory).map(p -> p.getFileName().toString()))
                    .allSatisfy(p -> assertThat(BELOW_THE_RUN.contains(p) || ABOVE.contains(p))
                            .as("package %s is in BELOW_THE_RUN or ABOVE", p).isTrue());
        }
    }

    private static boolean reachesUp(String line) {
        return line.startsWith("import ") && ABOVE.stream().anyMatch(p -> line.contains("org.ddmconformance." + p + "."));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
