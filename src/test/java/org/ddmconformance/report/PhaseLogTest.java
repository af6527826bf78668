package org.ddmconformance.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PhaseLogTest {

    @TempDir
    Path dir;

    @AfterEach
    void unset() {
        System.clearProperty(PhaseLog.PROPERTY);
    }

    @Test
    void eachMarkAppendsThePidTheMarkAndReadingsThatOnlyGrow() throws Exception {
        Path log = dir.resolve("phases.log");
        System.setProperty(PhaseLog.PROPERTY, log.toString());
        PhaseLog.mark("first");
        busyFor(50);
        PhaseLog.mark("second", PhaseLog.Reading.now());
        List<String[]> lines = Files.readAllLines(log).stream().map(l -> l.split(" ")).toList();
        assertThat(lines).hasSize(2);
        assertThat(lines).allSatisfy(fields -> {
            assertThat(fields).hasSize(4);
            assertThat(fields[0]).isEqualTo(String.valueOf(ProcessHandle.current().pid()));
        });
        assertThat(lines.get(0)[1]).isEqualTo("first");
        assertThat(lines.get(1)[1]).isEqualTo("second");
        assertThat(Long.parseLong(lines.get(1)[2])).isGreaterThan(Long.parseLong(lines.get(0)[2]));
        assertThat(Long.parseLong(lines.get(1)[3])).isGreaterThanOrEqualTo(Long.parseLong(lines.get(0)[3]));
    }

    @Test
    void withoutThePropertyNothingIsWritten() throws Exception {
        PhaseLog.mark("ignored");
        PhaseLog.mark("ignored too", PhaseLog.Reading.now());
        assertThat(PhaseLog.enabled()).isFalse();
        try (var files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void aMarkWithoutAReadingIsLeftOut() throws Exception {
        Path log = dir.resolve("phases.log");
        System.setProperty(PhaseLog.PROPERTY, log.toString());
        PhaseLog.mark("no scenario finished", null); // a run whose scenarios were all filtered out
        assertThat(log).doesNotExist();
    }

    private static void busyFor(long millis) {
        long end = System.nanoTime() + millis * 1_000_000;
        long spin = 0;
        while (System.nanoTime() < end) {
            spin++;
        }
        assertThat(spin).isPositive();
    }
}
