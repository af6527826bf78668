package org.ddmconformance.suite;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.ddmconformance.config.Settings;
import org.ddmconformance.config.SettingsLoader;
import org.ddmconformance.mock.EmbeddedMock;
import org.ddmconformance.report.ConformanceResult;
import org.ddmconformance.report.RequirementResult;
import org.ddmconformance.report.RequirementStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** DDM_EXPLORE decides how many generated cases are sent; the table counts them and names the seed. */
class ExploreModesTest {

    private static ConformanceResult run(Path reports, String mode) {
        Settings settings = SettingsLoader.load(Map.of(), Map.of("DDM_AREAS", "explore", "DDM_EXPLORE", mode,
                "DDM_SEED", "7"), EmbeddedMock.fixture()).withReportsDir(reports);
        return ConformanceLauncher.run(settings.withCucumberReports(Set.of()));
    }

    @Test
    void offSkipsTheGeneratedCasesWithAReason(@TempDir Path reports) {
        assertThat(run(reports, "off").requirements()).filteredOn(r -> r.area().equals("explore"))
                .allSatisfy(r -> {
                    assertThat(r.status()).isEqualTo(RequirementStatus.SKIPPED);
                    assertThat(r.reason()).contains("DDM_EXPLORE=off");
                });
    }

    @Test
    void quickSendsOneCasePerFamilyAndFullSendsThemAll(@TempDir Path reports) {
        assertThat(run(reports, "quick").requirements()).filteredOn(r -> r.area().equals("explore"))
                .allSatisfy(r -> assertThat(r.reason()).matches(r.id() + ": 1 case, 0 failed \\(DDM_SEED=7\\)"));
        ConformanceResult full = run(reports, "full");
        assertThat(full.requirements()).filteredOn(r -> r.area().equals("explore"))
                .allSatisfy(r -> assertThat(r.status()).isEqualTo(RequirementStatus.PASS))
                .extracting(RequirementResult::reason)
                .anySatisfy(reason -> assertThat(reason).matches("RM-EXPLORE-001: \\d{2,} cases, 0 failed \\(DDM_SEED=7\\)"));
    }
}
