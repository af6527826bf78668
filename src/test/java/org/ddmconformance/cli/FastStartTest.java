package org.ddmconformance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
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
}
