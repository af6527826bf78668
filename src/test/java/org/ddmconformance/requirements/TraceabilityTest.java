package org.ddmconformance.requirements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cucumber.gherkin.GherkinParser;
import io.cucumber.messages.types.Envelope;
import io.cucumber.messages.types.Pickle;
import io.cucumber.messages.types.PickleTag;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every scenario traces to the catalogue, and every MUST requirement is verified by some scenario. */
class TraceabilityTest {

    private static final RequirementCatalogue CATALOGUE = RequirementCatalogue.load();
    private static List<Pickle> scenarios;

    @BeforeAll
    static void parseFeatures() throws IOException {
        GherkinParser parser = GherkinParser.builder().includeSource(false).includeGherkinDocument(false).build();
        try (Stream<Path> files = Files.walk(Path.of("features"))) {
            scenarios = files.filter(f -> f.toString().endsWith(".feature")).flatMap(f -> {
                try {
                    return parser.parse(f);
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }).map(Envelope::getPickle).flatMap(Optional::stream).toList();
        }
        assertThat(scenarios).as("scenarios under features/").isNotEmpty();
    }

    private static List<String> tags(Pickle pickle) {
        return pickle.getTags().stream().map(PickleTag::getName).toList();
    }

    @Test
    void everyScenarioNamesAtLeastOneRequirement() {
        List<String> untraced = scenarios.stream()
                .filter(p -> RequirementCatalogue.requirementIds(tags(p)).isEmpty())
                .map(p -> p.getUri() + ": " + p.getName()).toList();
        assertThat(untraced).as("scenarios without a requirement tag").isEmpty();
    }

    @Test
    void everyRequirementTagNamesACatalogueEntry() {
        Set<String> unknown = scenarios.stream().flatMap(p -> tags(p).stream())
                .filter(t -> t.startsWith("@RM-")).map(t -> t.substring(1))
                .filter(id -> CATALOGUE.find(id).isEmpty()).collect(Collectors.toSet());
        assertThat(unknown).as("tags naming no requirement of features/requirements.yaml").isEmpty();
    }

    @Test
    void everyMustRequirementIsVerifiedByAScenario() {
        Set<String> verified = scenarios.stream().flatMap(p -> RequirementCatalogue.requirementIds(tags(p)).stream())
                .collect(Collectors.toSet());
        List<String> unverified = CATALOGUE.all().stream().filter(r -> r.level() == Requirement.Level.MUST)
                .map(Requirement::id).filter(id -> !verified.contains(id)).toList();
        assertThat(unverified).as("MUST requirements no scenario verifies").isEmpty();
    }

    @Test
    void aScenarioVerifiesRequirementsOfOneLevelOnly() {
        // The verdict follows MUST only: mixing levels in one scenario would let a SHOULD failure fail a MUST.
        List<String> mixed = scenarios.stream().filter(p -> RequirementCatalogue.requirementIds(tags(p)).stream()
                .map(id -> CATALOGUE.find(id).map(Requirement::level).orElse(null)).distinct().count() > 1)
                .map(Pickle::getName).toList();
        assertThat(mixed).isEmpty();
    }

    @Test
    void theCatalogueRefusesADuplicateId() {
        String yaml = """
                requirements:
                  - {id: RM-X-001, level: MUST, area: a, statement: s, source: s}
                  - {id: RM-X-001, level: SHOULD, area: a, statement: s, source: s}
                """;
        assertThatThrownBy(() -> RequirementCatalogue.parse(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8))))
                .hasMessageContaining("RM-X-001 is listed twice");
    }

    @Test
    void everyRequirementStatesItsSource() {
        assertThat(CATALOGUE.all()).allSatisfy(r -> assertThat(r.source()).isNotBlank());
        assertThat(CATALOGUE.all()).filteredOn(r -> r.source().startsWith("decided"))
                .allSatisfy(r -> assertThat(r.source()).contains(":"));
    }

    @Test
    void theReadmeListsEveryRequirementAndEverySetting() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        assertThat(CATALOGUE.all()).allSatisfy(r -> assertThat(readme).contains("| " + r.id() + " | " + r.level() + " |"));
        assertThat(org.ddmconformance.config.Setting.values())
                .allSatisfy(s -> assertThat(readme).contains("`" + s.environmentVariable() + "`"));
    }
}
