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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
    void theRequirementsPageListsEveryRequirement() throws IOException {
        String page = Files.readString(RequirementsPage.FILE);
        assertThat(CATALOGUE.all()).allSatisfy(r -> assertThat(page).contains("| " + r.id() + " | " + r.level() + " |"));
    }

    @Test
    void theSettingsPageNamesEverySetting() throws IOException {
        String page = Files.readString(Path.of("docs", "settings.md"));
        assertThat(org.ddmconformance.config.Setting.values())
                .allSatisfy(s -> assertThat(page).contains("`" + s.environmentVariable() + "`"));
    }

    /** A Markdown link or image: {@code [text](target)} or {@code [text](target "title")}. */
    private static final Pattern LINK = Pattern.compile("!?\\[[^\\]]*]\\(\\s*<?([^)\\s>]+)>?(?:\\s+\"[^\"]*\")?\\s*\\)");

    @Test
    void everyRelativeLinkOfTheReadmeAndTheDocsPointsToAFileThatExists() throws IOException {
        List<Path> pages = new ArrayList<>(List.of(Path.of("README.md")));
        try (Stream<Path> docs = Files.list(Path.of("docs"))) {
            docs.filter(f -> f.toString().endsWith(".md")).sorted().forEach(pages::add);
        }
        List<String> broken = new ArrayList<>();
        int checked = 0;
        for (Path page : pages) {
            for (String target : relativeLinks(Files.readString(page))) {
                checked++;
                String file = target.contains("#") ? target.substring(0, target.indexOf('#')) : target;
                Path resolved = file.isEmpty() ? page : page.resolveSibling(file).normalize();
                if (!Files.exists(resolved)) {
                    broken.add(page + ": " + target);
                }
            }
        }
        assertThat(checked).as("relative links found in README.md and docs/*.md").isPositive();
        assertThat(broken).as("relative links to files that do not exist").isEmpty();
    }

    /** The link targets of this Markdown text that are not absolute URLs, outside code blocks and code spans. */
    static List<String> relativeLinks(String markdown) {
        String prose = markdown.replaceAll("(?ms)^\\s*```.*?^\\s*```[^\\n]*$", "").replaceAll("`[^`\\n]*`", "``");
        List<String> targets = new ArrayList<>();
        Matcher m = LINK.matcher(prose);
        while (m.find()) {
            String target = m.group(1);
            if (!target.matches("(?i)[a-z][a-z0-9+.-]*:.*")) {
                targets.add(target);
            }
        }
        return targets;
    }

    @Test
    void theLinkCheckFindsRelativeLinksOnly() {
        String markdown = """
                See [settings](docs/settings.md#discovery), [`features/`](features), [a site](https://example.com),
                [mail](mailto:a@example.com), [here](#top) and `[not](code.md)`.
                ```
                [not either](block.md)
                ```
                """;
        assertThat(relativeLinks(markdown)).containsExactly("docs/settings.md#discovery", "features", "#top");
    }
}
