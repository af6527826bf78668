package org.ddmconformance.cli;

import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Halves the start-up of {@code java -jar}: the suite runs in a child JVM that maps the classes it needs from a
 * class-data-sharing archive of this very jar (made by the first run, kept in the temp folder) and skips the
 * optimising compiler, which a run of a few seconds never repays. The child runs from the jar split in three
 * ({@link SplitJar}, made by the first run too), so scanning for the features and steps opens a small jar. The
 * archive and the parts are the user's own (a folder only they can write to) and only those of the newest build
 * are kept. Output, input and exit code pass straight through. DDM_FAST_START=false (or -Dddm.fast-start=false)
 * runs the suite in this JVM instead.
 */
final class FastStart {

    static final String CHILD_MARKER = "ddm.fast-start.child";

    /**
     * A run of a few seconds on a small heap: the serial collector (no GC threads, the least memory on 2 cores), a
     * heap that starts small and stays bounded (the largest thing held is the 16 MiB body of one generated case, and
     * answers are capped at DDM_MAX_ANSWER_BYTES) and gives memory back once that case is over (free ratios), a
     * small young generation (scenarios side by side fill a larger one with garbage before it is collected, and the
     * heap grows with it), small thread stacks and code cache, one compiler thread. bench/run.sh prints the peak
     * memory of whole runs.
     */
    static final List<String> SMALL_JVM = List.of("-XX:+UseSerialGC", "-Xms32m", "-Xmx160m", "-Xmn12m",
            "-XX:MinHeapFreeRatio=10", "-XX:MaxHeapFreeRatio=30", "-Xss512k", "-XX:ReservedCodeCacheSize=24m",
            "-XX:CICompilerCount=1");

    private FastStart() {
    }

    /** Runs the suite in a child JVM and returns its exit code, or empty when this JVM should run it itself. */
    static Optional<Integer> runInChild(String[] args) {
        if (System.getProperty(CHILD_MARKER) != null || !enabled()) {
            return Optional.empty();
        }
        try {
            Optional<Path> jar = ownJar();
            if (jar.isEmpty()) {
                return Optional.empty();
            }
            Optional<Path> ownDir = archiveFolder();
            if (ownDir.isEmpty()) {
                return Optional.empty();
            }
            Path dir = ownDir.get();
            String build = buildId(jar.get());
            // An archive fits one class path: the parts of the jar, or the whole jar when they cannot be made.
            Optional<List<Path>> parts = SplitJar.ensure(jar.get(), dir, build);
            String classPath = parts.map(p -> String.join(File.pathSeparator, p.stream().map(Path::toString).toList()))
                    .orElse(jar.get().toString());
            Path archive = dir.resolve(build + (parts.isPresent() ? "" : "-whole") + ".jsa");
            boolean reuse = Files.isReadable(archive);
            Path dumping = dir.resolve(archive.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");

            List<String> command = new ArrayList<>();
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.addAll(SMALL_JVM);
            command.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments()); // the caller's own flags win
            command.add(reuse ? "-XX:SharedArchiveFile=" + archive : "-XX:ArchiveClassesAtExit=" + dumping);
            command.add("-XX:TieredStopAtLevel=1");
            command.add("-Xlog:cds=off");
            command.add("-Xlog:cds+dynamic=off");
            command.add("-D" + CHILD_MARKER + "=true");
            command.add("-cp");
            command.add(classPath);
            command.add(Main.class.getName());
            command.addAll(List.of(args));

            Process child = new ProcessBuilder(command).inheritIO().start();
            Thread stopChild = new Thread(child::destroy);
            Runtime.getRuntime().addShutdownHook(stopChild);
            int exitCode = child.waitFor();
            Runtime.getRuntime().removeShutdownHook(stopChild);
            if (!reuse && Files.exists(dumping)) {
                publish(dumping, archive);
                removeOtherBuilds(dir, build);
            }
            return Optional.of(exitCode);
        } catch (IOException | URISyntaxException | SecurityException e) {
            return Optional.empty(); // no temp folder or no child process: run here, only slower
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of(Main.SUITE_DEFECT);
        }
    }

    private static boolean enabled() {
        String property = System.getProperty("ddm.fast-start");
        String value = property != null ? property : System.getenv("DDM_FAST_START");
        return value == null || !value.trim().equalsIgnoreCase("false");
    }

    /**
     * A folder of this user's own under the temp folder: an archive is code the JVM maps, so it must not come
     * from a folder someone else could write to.
     */
    private static Optional<Path> archiveFolder() throws IOException {
        String user = System.getProperty("user.name", "user").replaceAll("[^A-Za-z0-9._-]", "_");
        Path dir = Path.of(System.getProperty("java.io.tmpdir"), "ddm-conformance-cds-" + user);
        if (!Files.isDirectory(dir)) {
            try {
                Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            } catch (UnsupportedOperationException notPosix) {
                Files.createDirectories(dir);
            }
        }
        boolean ours = Files.getOwner(dir).getName().equals(System.getProperty("user.name"));
        return ours && Files.isWritable(dir) ? Optional.of(dir) : Optional.empty();
    }

    /** The archives and parts of one build per user are enough: those of older builds are never used again. */
    private static void removeOtherBuilds(Path dir, String build) {
        try (var files = Files.list(dir)) {
            for (Path file : files.filter(f -> !f.getFileName().toString().startsWith(build)).toList()) {
                String name = file.getFileName().toString();
                if (name.endsWith(".jsa") || name.endsWith(".jar")) {
                    Files.deleteIfExists(file);
                }
            }
        } catch (IOException ignored) {
            // only housekeeping
        }
    }

    private static Optional<Path> ownJar() throws URISyntaxException {
        var source = Main.class.getProtectionDomain().getCodeSource();
        if (source == null) {
            return Optional.empty();
        }
        Path location = Path.of(source.getLocation().toURI());
        return location.toString().endsWith(".jar") && Files.isRegularFile(location) ? Optional.of(location) : Optional.empty();
    }

    /** Names the archive and parts of one jar build on one JVM build. */
    private static String buildId(Path jar) throws IOException {
        String identity = jar.toAbsolutePath() + "|" + Files.size(jar) + "|" + Files.getLastModifiedTime(jar) + "|"
                + System.getProperty("java.home") + "|" + System.getProperty("java.vm.version");
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(identity.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void publish(Path dumped, Path archive) {
        try {
            Files.move(dumped, archive, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            try {
                Files.move(dumped, archive, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException ignored) {
                // another run published one; ours is not needed
            }
        } catch (IOException ignored) {
            // as above
        } finally {
            try {
                Files.deleteIfExists(dumped);
            } catch (IOException ignored) {
                // temp folder: cleaned by the system
            }
        }
    }
}
