package org.ddmconformance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Housekeeping of the fast-start folder: a newer build removes older ones, but never one a run is using. */
class FastStartTest {

    private static final String OLD = "a".repeat(FastStart.BUILD_ID_CHARS);
    private static final String IN_USE = "b".repeat(FastStart.BUILD_ID_CHARS);
    private static final String NEW = "c".repeat(FastStart.BUILD_ID_CHARS);

    @Test
    void theFilesOfABuildInUseStayTheOthersGo(@TempDir Path dir) throws Exception {
        for (String build : new String[] {OLD, IN_USE, NEW}) {
            Files.writeString(dir.resolve(build + "-libs.jar"), "parts");
            Files.writeString(dir.resolve(build + ".jsa"), "archive");
        }
        try (FileChannel lockFile = FileChannel.open(dir.resolve(IN_USE + ".lock"), StandardOpenOption.CREATE,
                StandardOpenOption.READ, StandardOpenOption.WRITE); FileLock running = lockFile.lock(0, Long.MAX_VALUE, true)) {
            FastStart.removeOtherBuilds(dir, NEW);
        }
        assertThat(dir.resolve(OLD + "-libs.jar")).doesNotExist();
        assertThat(dir.resolve(OLD + ".jsa")).doesNotExist();
        assertThat(dir.resolve(IN_USE + "-libs.jar")).exists();
        assertThat(dir.resolve(IN_USE + ".jsa")).exists();
        assertThat(dir.resolve(NEW + "-libs.jar")).exists();
        assertThat(dir.resolve(NEW + ".jsa")).exists();
    }

    @Test
    void aBuildIsNamedByItsJarPathSizeAndTime(@TempDir Path dir) throws Exception {
        Path jar = Files.writeString(dir.resolve("a.jar"), "one build");
        String first = FastStart.buildId(jar);
        assertThat(first).hasSize(FastStart.BUILD_ID_CHARS).matches("[0-9a-f]+").isEqualTo(FastStart.buildId(jar));
        Files.setLastModifiedTime(jar, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() + 1000));
        String touched = FastStart.buildId(jar);
        Files.writeString(jar, "another build");
        String rebuilt = FastStart.buildId(jar);
        Path moved = Files.copy(jar, dir.resolve("b.jar"), StandardCopyOption.COPY_ATTRIBUTES);
        assertThat(List.of(first, touched, rebuilt, FastStart.buildId(moved))).doesNotHaveDuplicates();
    }
}
