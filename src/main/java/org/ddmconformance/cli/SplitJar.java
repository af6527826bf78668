package org.ddmconformance.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * The jar as three jars, for the child JVM of a fast start: the features with the step classes, Groovy, and the
 * rest. JUnit and Cucumber find the features and the steps by opening the jar that holds them as a zip file system
 * (Cucumber once for every thread that runs scenarios), and Groovy lists its default imports by opening the jar
 * of its own classes the same way; each opening of the whole jar indexes its 30,000-odd entries, and a small jar
 * costs a fraction of that. Made once per build of the jar, next to its class-data-sharing archive, with the
 * entries stored (the child then reads classes without inflating them). Same entries, same bytes, only in three
 * files; a versioned entry ({@code META-INF/versions/N/...}) goes where its path goes.
 */
final class SplitJar {

    /** Where an entry goes: the first part whose prefixes its path starts with, else the last part. */
    record Part(String name, List<String> prefixes) {
    }

    static final List<Part> PARTS = List.of(
            new Part("suite", List.of("features/", "org/ddmconformance/steps/")),
            new Part("groovy", List.of("groovy/", "org/codehaus/groovy/", "org/apache/groovy/", "groovyjarjar")),
            new Part("libs", List.of()));

    private static final Pattern VERSIONED = Pattern.compile("^META-INF/versions/\\d+/(.*)$");

    private SplitJar() {
    }

    /**
     * The parts of {@code jar} in {@code dir}, named {@code <id>-<part>.jar}, made if missing; empty when they
     * cannot be made (the caller then runs from the whole jar).
     */
    static Optional<List<Path>> ensure(Path jar, Path dir, String id) {
        List<Path> parts = PARTS.stream().map(p -> dir.resolve(id + "-" + p.name() + ".jar")).toList();
        if (parts.stream().allMatch(Files::isRegularFile)) {
            return Optional.of(parts);
        }
        String suffix = "." + ProcessHandle.current().pid() + ".tmp";
        List<Path> written = parts.stream().map(p -> p.resolveSibling(p.getFileName() + suffix)).toList();
        try {
            write(jar, written);
            for (int i = 0; i < parts.size(); i++) {
                if (!Files.isRegularFile(parts.get(i))) { // another run may have made it meanwhile: keep that one
                    Files.move(written.get(i), parts.get(i), StandardCopyOption.ATOMIC_MOVE);
                }
            }
            return Optional.of(parts);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        } finally {
            for (Path file : written) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException ignored) {
                    // temp folder: cleaned by the system
                }
            }
        }
    }

    /** The part an entry goes to, by its path (for a versioned entry, the path it versions). */
    static int partOf(String entryName) {
        Matcher versioned = VERSIONED.matcher(entryName);
        String path = versioned.matches() ? versioned.group(1) : entryName;
        for (int i = 0; i < PARTS.size() - 1; i++) {
            for (String prefix : PARTS.get(i).prefixes()) {
                if (path.startsWith(prefix)) {
                    return i;
                }
            }
        }
        return PARTS.size() - 1;
    }

    private static void write(Path jar, List<Path> targets) throws IOException {
        List<ZipOutputStream> outs = new ArrayList<>();
        try (ZipFile source = new ZipFile(jar.toFile())) {
            for (Path target : targets) {
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(target));
                out.setMethod(ZipOutputStream.STORED);
                outs.add(out);
            }
            byte[] buffer = new byte[64 * 1024];
            for (Enumeration<? extends ZipEntry> entries = source.entries(); entries.hasMoreElements(); ) {
                ZipEntry entry = entries.nextElement();
                ZipEntry copy = new ZipEntry(entry.getName());
                copy.setTime(entry.getTime());
                copy.setSize(entry.getSize());
                copy.setCompressedSize(entry.getSize());
                copy.setCrc(entry.getCrc());
                ZipOutputStream out = outs.get(partOf(entry.getName()));
                out.putNextEntry(copy);
                try (InputStream in = source.getInputStream(entry)) {
                    for (int n; (n = in.read(buffer)) > 0; ) {
                        out.write(buffer, 0, n);
                    }
                }
                out.closeEntry();
            }
        } finally {
            IOException first = null;
            for (ZipOutputStream out : outs) {
                try {
                    out.close();
                } catch (IOException e) {
                    first = first == null ? e : first;
                }
            }
            if (first != null) {
                throw first;
            }
        }
    }
}
