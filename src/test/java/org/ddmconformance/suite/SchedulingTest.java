package org.ddmconformance.suite;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ddmconformance.config.Settings;
import org.ddmconformance.config.SettingsLoader;
import org.ddmconformance.mock.EmbeddedMock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Scenarios that start no restore run side by side; a restore never has company. Read from the run's own
 * Cucumber messages: when each scenario started and finished, and its tags.
 */
class SchedulingTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** One scenario as it ran: its place among the features' scenarios, whether it starts restores, when it ran. */
    private record Ran(int order, String name, boolean needsRestore, long startedNanos, long finishedNanos) {

        boolean overlaps(Ran other) {
            return startedNanos < other.finishedNanos && other.startedNanos < finishedNanos;
        }
    }

    @Test
    void restoreScenariosRunAloneInTheFeaturesOrderWhileTheOthersRunSideBySide(@TempDir Path reports)
            throws IOException {
        List<Ran> ran = run(reports, 8);
        List<Ran> restoring = ran.stream().filter(Ran::needsRestore).toList();
        assertThat(restoring).hasSizeGreaterThan(5);
        for (Ran restore : restoring) {
            assertThat(ran).filteredOn(other -> other != restore && other.overlaps(restore))
                    .as("scenarios running beside %s", restore.name()).isEmpty();
        }
        assertThat(restoring).extracting(Ran::order).isSorted();
        List<Ran> others = ran.stream().filter(r -> !r.needsRestore()).toList();
        assertThat(others).as("scenarios that start no restore, some of them side by side")
                .anySatisfy(one -> assertThat(others).anySatisfy(other -> {
                    assertThat(other).isNotSameAs(one);
                    assertThat(other.overlaps(one)).isTrue();
                }));
    }

    @Test
    void concurrencyOneRunsEveryScenarioAloneInTheFeaturesOrder(@TempDir Path reports) throws IOException {
        List<Ran> ran = run(reports, 1);
        for (Ran one : ran) {
            assertThat(ran).filteredOn(other -> other != one && other.overlaps(one))
                    .as("scenarios running beside %s", one.name()).isEmpty();
        }
        assertThat(ran).extracting(Ran::order).isSorted();
    }

    private static List<Ran> run(Path reports, int concurrency) throws IOException {
        Settings settings = SettingsLoader.load(Map.of(), Map.of("DDM_CONCURRENCY", String.valueOf(concurrency),
                "DDM_EXPLORE", "quick"), EmbeddedMock.fixture()).withReportsDir(reports);
        ConformanceLauncher.run(settings);
        return scenarios(reports.resolve("cucumber-messages.ndjson"));
    }

    /** The scenarios in the order they started. */
    private static List<Ran> scenarios(Path messages) throws IOException {
        Map<String, Integer> pickleOrder = new HashMap<>();
        Map<String, JsonNode> pickles = new HashMap<>();
        Map<String, String> pickleOfTestCase = new HashMap<>();
        Map<String, String> testCaseOfStart = new HashMap<>();
        Map<String, Long> startOf = new HashMap<>();
        List<Ran> ran = new ArrayList<>();
        for (String line : Files.readAllLines(messages)) {
            JsonNode message = JSON.readTree(line);
            if (message.has("pickle")) {
                JsonNode pickle = message.get("pickle");
                pickleOrder.put(pickle.get("id").asString(), pickleOrder.size());
                pickles.put(pickle.get("id").asString(), pickle);
            } else if (message.has("testCase")) {
                JsonNode testCase = message.get("testCase");
                pickleOfTestCase.put(testCase.get("id").asString(), testCase.get("pickleId").asString());
            } else if (message.has("testCaseStarted")) {
                JsonNode started = message.get("testCaseStarted");
                testCaseOfStart.put(started.get("id").asString(), started.get("testCaseId").asString());
                startOf.put(started.get("id").asString(), nanos(started.get("timestamp")));
            } else if (message.has("testCaseFinished")) {
                JsonNode finished = message.get("testCaseFinished");
                String startId = finished.get("testCaseStartedId").asString();
                String pickleId = pickleOfTestCase.get(testCaseOfStart.get(startId));
                JsonNode pickle = pickles.get(pickleId);
                boolean needsRestore = false;
                for (JsonNode tag : pickle.get("tags")) {
                    needsRestore |= tag.get("name").asString().equals("@needs-restore");
                }
                ran.add(new Ran(pickleOrder.get(pickleId), pickle.get("name").asString(), needsRestore,
                        startOf.get(startId), nanos(finished.get("timestamp"))));
            }
        }
        assertThat(ran).hasSize(pickles.size());
        ran.sort((a, b) -> Long.compare(a.startedNanos(), b.startedNanos()));
        return ran;
    }

    private static long nanos(JsonNode timestamp) {
        return timestamp.get("seconds").asLong() * 1_000_000_000L + timestamp.get("nanos").asLong();
    }
}
