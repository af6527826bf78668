package org.ddmconformance.explore;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.ddmconformance.config.SettingsLoader;
import org.ddmconformance.mock.EmbeddedMock;
import org.ddmconformance.report.ConformanceResult;
import org.ddmconformance.suite.ConformanceLauncher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * How long the generated cases add against an endpoint that takes 150 ms per answer: the explore area run with
 * DDM_EXPLORE=full and =off, against the reference mock with a fixed delay. A benchmark, not a test: it asserts
 * nothing and runs only when asked, {@code mvn test -Dtest=ExploreBenchmark -Dddm.benchmark=true}.
 */
@EnabledIfSystemProperty(named = "ddm.benchmark", matches = "true")
class ExploreBenchmark {

    private static final List<String> ENDPOINT_DATA = List.of("ddm.project-id", "ddm.instance-id",
            "ddm.auth-token", "ddm.backup-id", "ddm.restore-time", "ddm.target-instance-id", "ddm.target-data-nodes");

    @Test
    void generatedCasesAgainstASlowEndpoint() {
        try (EmbeddedMock mock = EmbeddedMock.start()) {
            mock.server().setGlobalFixedDelay(150);
            run(mock, "full"); // warm-up
            for (int i = 0; i < 3; i++) {
                long full = run(mock, "full");
                long off = run(mock, "off");
                System.out.printf("benchmark: explore area at 150 ms per answer: full %d ms, off %d ms, "
                        + "the generated cases add %d ms%n", full, off, full - off);
            }
        }
    }

    private static long run(EmbeddedMock mock, String explore) {
        Properties fixture = EmbeddedMock.fixture();
        Map<String, String> properties = new HashMap<>();
        ENDPOINT_DATA.forEach(key -> properties.put(key, fixture.getProperty(key)));
        properties.put("ddm.base-url", mock.baseUrl());
        properties.put("ddm.allow-restore", "true");
        properties.put("ddm.areas", "explore");
        properties.put("ddm.explore", explore);
        properties.put("ddm.reports-dir", Path.of("target", "benchmark").toString());
        long start = System.nanoTime();
        ConformanceResult result = ConformanceLauncher.run(SettingsLoader.load(properties, Map.of(), fixture)
                .withCucumberReports(Set.of()));
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.println("benchmark: DDM_EXPLORE=" + explore + " " + result.verdict());
        return millis;
    }
}
