package org.ddmconformance.suite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.ddmconformance.config.ConfigurationException;
import org.ddmconformance.config.Selection;
import org.ddmconformance.config.Settings;
import org.ddmconformance.config.SettingsLoader;
import org.ddmconformance.mock.EmbeddedMock;
import org.ddmconformance.report.ConformanceResult;
import org.ddmconformance.report.RequirementResult;
import org.ddmconformance.report.RequirementStatus;
import org.ddmconformance.requirements.Requirement;
import org.ddmconformance.requirements.RequirementCatalogue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Selecting scenarios by level and area follows the catalogue; what is filtered out is reported NOT RUN. */
class SelectionTest {

    private static final RequirementCatalogue CATALOGUE = RequirementCatalogue.load();

    @Test
    void levelsAndAreasBecomeTheTagsOfTheirRequirements() {
        String expression = ConformanceLauncher.tagExpression(new Selection("not @needs-restore", Set.of("must"),
                Set.of("auth")), CATALOGUE);
        assertThat(expression).isEqualTo("(not @needs-restore) and (@RM-AUTH-001 or @RM-AUTH-002 or @RM-AUTH-003)");
        assertThat(ConformanceLauncher.tagExpression(Selection.ALL, CATALOGUE)).isEmpty();
    }

    @Test
    void unknownLevelsAndAreasAreNamed() {
        assertThatThrownBy(() -> ConformanceLauncher.tagExpression(new Selection("", Set.of("MAY"), Set.of()), CATALOGUE))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("DDM_LEVELS");
        assertThatThrownBy(() -> ConformanceLauncher.tagExpression(new Selection("", Set.of(), Set.of("billing")), CATALOGUE))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("DDM_AREAS names unknown areas [billing]");
    }

    @Test
    void aRunOfOneAreaReportsTheOthersAsNotRun(@TempDir Path reports) {
        Settings settings = SettingsLoader.load(Map.of(), Map.of("DDM_AREAS", "auth"), EmbeddedMock.fixture())
                .withReportsDir(reports);
        ConformanceResult result = ConformanceLauncher.run(settings.withCucumberReports(Set.of()));
        assertThat(result.requirements()).filteredOn(r -> r.area().equals("auth"))
                .extracting(RequirementResult::status).containsOnly(RequirementStatus.PASS);
        assertThat(result.requirements()).filteredOn(r -> !r.area().equals("auth"))
                .extracting(RequirementResult::status).containsOnly(RequirementStatus.NOT_RUN);
        long must = CATALOGUE.all().stream().filter(r -> r.level() == Requirement.Level.MUST).count();
        long authMust = CATALOGUE.all().stream().filter(r -> r.level() == Requirement.Level.MUST && r.area().equals("auth"))
                .count();
        assertThat(result.verdict()).isEqualTo("CONFORMANT: " + authMust + "/" + must + " MUST requirements passed ("
                + (must - authMust) + " skipped or not run)");
    }

    @Test
    void theJobsAreaAloneStartsOneRestoreOfItsOwnAndFollowsItsJob(@TempDir Path reports) {
        Settings settings = SettingsLoader.load(Map.of(), Map.of("DDM_AREAS", "jobs"), EmbeddedMock.fixture())
                .withReportsDir(reports);
        ConformanceResult result = ConformanceLauncher.run(settings.withCucumberReports(Set.of()));
        assertThat(result.requirements()).filteredOn(r -> r.area().equals("jobs"))
                .extracting(RequirementResult::status).containsOnly(RequirementStatus.PASS);
        assertThat(result.header().jobs()).singleElement()
                .satisfies(job -> assertThat(job.outcome()).isEqualTo("COMPLETED"));
        assertThat(result.requirements()).filteredOn(r -> r.id().equals("RM-JOB-003")).singleElement()
                .satisfies(r -> assertThat(r.observations()).singleElement().asString().contains("Completed after"));
    }

    @Test
    void aTagExpressionThatDoesNotParseIsNamed() {
        assertThatThrownBy(() -> ConformanceLauncher.tagExpression(new Selection("@a and", Set.of(), Set.of()), CATALOGUE))
                .isInstanceOf(ConfigurationException.class).hasMessageStartingWith("DDM_TAGS (or --tags) '@a and' is not");
    }

    @Test
    void aReportFolderThatCannotBeMadeIsASettingProblem(@TempDir Path dir) throws Exception {
        Path file = java.nio.file.Files.writeString(dir.resolve("a-file"), "x");
        Settings settings = SettingsLoader.load(Map.of(), Map.of(), EmbeddedMock.fixture()).withReportsDir(file.resolve("sub"));
        assertThatThrownBy(() -> ConformanceLauncher.run(settings.withCucumberReports(Set.of())))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("(DDM_REPORTS_DIR or --reports) cannot be written");
    }

    @Test
    void aSelectionMatchingNoScenarioIsAUsageError(@TempDir Path reports) {
        Settings settings = SettingsLoader.load(Map.of(), Map.of("DDM_TAGS", "@no-such-tag"), EmbeddedMock.fixture())
                .withReportsDir(reports);
        assertThatThrownBy(() -> ConformanceLauncher.run(settings.withCucumberReports(Set.of())))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("matched no scenario");
    }
}
