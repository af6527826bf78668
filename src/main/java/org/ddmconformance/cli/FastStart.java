package org.ddmconformance.cli;

import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URISyntaxException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;

/**
 * Halves the start-up of {@code java -jar}: the suite runs in a child JVM that maps the classes it needs from a
 * class-data-sharing archive of this very jar (made by the first run, kept in the temp folder) and skips the
 * optimising compiler, which a run of a few seconds never repays. The child runs from the jar split in three
 * ({@link SplitJar}, made by the first run too), so scanning for the features and steps opens a small jar. The
 * archive and the parts are the user's own (a folder only they can write to) and only those of the newest build
 * are kept, besides those a run of another build is using. Output, input and exit code pass straight through.
 * DDM_FAST_START=false (or -Dddm.fast-start=false) runs the suite in this JVM instead.
 */
final class FastStart {

    static final String CHILD_MARKER = "ddm.fast-start.child";

    /**
     * A run of a few seconds on a small heap: the serial collector (no GC threads, the least memory on 2 cores), a
     * heap that starts at about what a run keeps alive (a smaller one grew by full collections, each stopping every
     * thread) and stays bounded (the largest thing held is the 16 MiB body of one generated case, and answers are
     * capped at DDM_MAX_ANSWER_BYTES) and gives memory back once that case is over (free ratios), a small young
     * generation (scenarios side by side fill a larger one with garbage before it is collected, and the heap grows
     * with it), small thread stacks and code cache, one compiler thread. bench/run.sh prints the peak memory of
     * whole runs.
     */
    static final List<String> SMALL_JVM = List.of("-XX:+UseSerialGC", "-Xms80m", "-Xmx160m", "-Xmn12m",
            "-XX:MinHeapFreeRatio=10", "-XX:MaxHeapFreeRatio=30", "-Xss512k", "-XX:ReservedCodeCacheSize=24m",
            "-XX:CICompilerCount=1");

    /** A build's id: the start of the name of each of its files. */
    static final int BUILD_ID_CHARS = 24;

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
            // Held while the child runs: a run of another build never deletes the parts and archive this one uses.
            try (FileChannel lockFile = FileChannel.open(lockOf(dir, build), StandardOpenOption.CREATE,
                    StandardOpenOption.READ, StandardOpenOption.WRITE);
                 FileLock inUse = lockFile.lock(0, Long.MAX_VALUE, true)) {
                return Optional.of(runChild(args, jar.get(), dir, build));
            }
        } catch (IOException | URISyntaxException | SecurityException | IllegalStateException e) {
            // no temp folder, no lock (OverlappingFileLockException and the like) or no child process: run here
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of(Main.SUITE_DEFECT);
        }
    }

    private static int runChild(String[] args, Path jar, Path dir, String build)
            throws IOException, InterruptedException {
        // An archive fits one class path: the parts of the jar, or the whole jar when they cannot be made.
        Optional<List<Path>> parts = SplitJar.ensure(jar, dir, build);
        String classPath = parts.map(p -> String.join(File.pathSeparator, p.stream().map(Path::toString).toList()))
                .orElse(jar.toString());
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
        return exitCode;
    }

    private static boolean isPartOrArchive(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".jsa") || name.endsWith(".jar");
    }

    private static String buildOf(String fileName) {
        return fileName.substring(0, Math.min(BUILD_ID_CHARS, fileName.length()));
    }

    private static Path lockOf(Path dir, String build) {
        return dir.resolve(build + ".lock");
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

    /**
     * The archives and parts of one build per user are enough, but a build a run is using right now (another
     * version of the jar, run at the same time) keeps its own: its run holds a shared lock on its lock file.
     */
    static void removeOtherBuilds(Path dir, String build) {
        Map<String, List<Path>> others;
        try (var files = Files.list(dir)) {
            others = files.filter(FastStart::isPartOrArchive).filter(f -> !f.getFileName().toString().startsWith(build))
                    .collect(Collectors.groupingBy(f -> buildOf(f.getFileName().toString())));
        } catch (IOException ignored) {
            return; // only housekeeping
        }
        for (Map.Entry<String, List<Path>> other : others.entrySet()) {
            try (FileChannel lockFile = FileChannel.open(lockOf(dir, other.getKey()), StandardOpenOption.CREATE,
                    StandardOpenOption.READ, StandardOpenOption.WRITE); FileLock unused = lockFile.tryLock()) {
                if (unused == null) {
                    continue; // a run of that build is under way
                }
                for (Path file : other.getValue()) {
                    Files.deleteIfExists(file);
                }
            } catch (IOException | IllegalStateException ignored) { // OverlappingFileLockException: in use here
                // only housekeeping; the lock files (empty) stay, so a run starting meanwhile locks the same file
            }
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

    /**
     * Names the archive and parts of one jar build on one JVM build: 96 bits of three checksums of its identity.
     * Not a cryptographic digest: the names are not a defence (the folder is), and a digest's first use loads the
     * security providers, which every run would wait for before its child starts.
     */
    static String buildId(Path jar) throws IOException {
        String identity = jar.toAbsolutePath() + "|" + Files.size(jar) + "|" + Files.getLastModifiedTime(jar) + "|"
                + System.getProperty("java.home") + "|" + System.getProperty("java.vm.version");
        byte[] bytes = identity.getBytes(StandardCharsets.UTF_8);
        CRC32 crc32 = new CRC32();
        crc32.update(bytes);
        CRC32C crc32c = new CRC32C();
        crc32c.update(bytes);
        HexFormat hex = HexFormat.of();
        return hex.toHexDigits((int) crc32.getValue()) + hex.toHexDigits((int) crc32c.getValue())
                + hex.toHexDigits(identity.hashCode());
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
