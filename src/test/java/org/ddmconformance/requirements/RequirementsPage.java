package org.ddmconformance.requirements;

import io.cucumber.gherkin.GherkinParser;
import io.cucumber.messages.types.Envelope;
import io.cucumber.messages.types.Pickle;
import io.cucumber.messages.types.PickleTag;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Makes {@code docs/requirements.md} from {@code features/requirements.yaml} (id, level, area, statement,
 * source) and the feature files (the scenarios tagged with each requirement), so the page cannot drift from
 * them. {@link RequirementsPageTest} fails when the file differs, and rewrites it with
 * {@code -Dddm.write-requirements-page=true}.
 */
public final class RequirementsPage {

    public static final Path FILE = Path.of("docs", "requirements.md");
    public static final Path FEATURES = Path.of("features");
    public static final String REGENERATE =
            "mvn -B -o -q test -Dtest=RequirementsPageTest -Dddm.write-requirements-page=true";

    private static final String PREAMBLE = """
            <!-- Generated from features/requirements.yaml and features/**/*.feature by
                 src/test/java/org/ddmconformance/requirements/RequirementsPage.java: do not edit by hand.
                 Regenerate with: %s -->

            # Requirements

            Every rule is a requirement in [`features/requirements.yaml`](../features/requirements.yaml): a stable id, a
            level (MUST decides the verdict, SHOULD only warns, INFO records an observation), an area, the statement and
            its source (the part of the document, or `decided:` with the reason where the document is silent). Every
            scenario is tagged with the ids it verifies. Each negative scenario breaks exactly one thing in an otherwise
            valid request, so the expected answer never depends on the order in which a server checks things.

            An error body is a JSON object with string `error_code` and string `error_msg` (`schemas/error-response.json`),
            as the restore page gives the 400 and 500 bodies. For any other error status (a gateway's 401 or 403, a 404,
            405, 409, 413, ...) DDM's other documented pair, OTC's `errCode` and `externalMessage`
            (`schemas/error-response-otc.json`), does as well.
            Freedoms a conformant server keeps, which the suite never punishes: extra fields in any body, any
            `error_code`/`error_msg` text in any language, either error pair outside 400 and 500, any `job_id` format,
            extra headers, Content-Type parameters, 400 or 404 for unknown ids, 404 or 405 for other methods (and 400 with
            an error body for GET, which is also Querying Details About a Backup), 202 or 400 for both sources at once, a charset
            other than UTF-8 when declared, a byte order mark. Unknown ids, tokens and projects are made up afresh on
            every run, never hard-coded.

            Some requirements are also checked beyond their own scenarios: RM-ACC-003 on every 202 of the run, RM-JOB-001
            on the job of every 202, RM-HTTP-002 on every JSON answer the other scenarios judge, and RM-ROBUST-001 on
            every exchange of every scenario, generated cases included (a wrong Content-Type is reported against
            RM-HTTP-002 only, a 5xx against RM-ROBUST-001 only; see [reports.md](reports.md)). The generated cases of the
            `explore` area are described in [generated-cases.md](generated-cases.md), the restores and their jobs in
            [restores.md](restores.md).

            The tables below list, per area (in catalogue order), each requirement and the scenarios tagged with it
            (feature file and scenario name; a scenario outline's name as each example row makes it).
            """;

    private RequirementsPage() {
    }

    /** The page as the catalogue and the feature files make it now. */
    public static String generate() {
        return generate(RequirementCatalogue.load(), scenariosByRequirement(FEATURES));
    }

    static String generate(RequirementCatalogue catalogue, Map<String, Map<String, Set<String>>> scenarios) {
        StringBuilder page = new StringBuilder(PREAMBLE.formatted(REGENERATE));
        Map<String, List<Requirement>> byArea = new LinkedHashMap<>();
        catalogue.all().forEach(r -> byArea.computeIfAbsent(r.area(), a -> new ArrayList<>()).add(r));
        byArea.forEach((area, requirements) -> {
            page.append("\n## ").append(area).append("\n\n");
            page.append("| id | level | statement | source | scenarios |\n");
            page.append("| --- | --- | --- | --- | --- |\n");
            for (Requirement r : requirements) {
                page.append("| ").append(r.id())
                        .append(" | ").append(r.level())
                        .append(" | ").append(cell(r.statement()))
                        .append(" | ").append(cell(r.source()))
                        .append(" | ").append(scenarioCell(scenarios.getOrDefault(r.id(), Map.of())))
                        .append(" |\n");
            }
        });
        return page.toString();
    }

    private static String scenarioCell(Map<String, Set<String>> byFeature) {
        if (byFeature.isEmpty()) {
            return "(none)";
        }
        List<String> parts = new ArrayList<>();
        byFeature.forEach((feature, names) -> parts.add("`" + feature + "`: "
                + String.join("; ", names.stream().map(RequirementsPage::cell).toList())));
        return String.join("<br>", parts);
    }

    /** Text fit for one Markdown table cell: one line, with {@code |} and the characters Markdown reads escaped. */
    static String cell(String text) {
        return text.strip().replaceAll("\\s*\\R\\s*", " ")
                .replace("\\", "\\\\")
                .replace("|", "\\|")
                .replace("*", "\\*")
                .replace("<", "&lt;");
    }

    /**
     * For each requirement id, the features (path under the project, sorted) and the distinct names of their
     * scenarios tagged with it, in the order of the feature file.
     */
    static Map<String, Map<String, Set<String>>> scenariosByRequirement(Path features) {
        GherkinParser parser = GherkinParser.builder().includeSource(false).includeGherkinDocument(false).build();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(features)) {
            files = walk.filter(f -> f.toString().endsWith(".feature")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Map<String, Set<String>>> byRequirement = new LinkedHashMap<>();
        for (Path file : files) {
            String feature = file.toString().replace('\\', '/');
            List<Pickle> pickles;
            try {
                pickles = parser.parse(file).map(Envelope::getPickle).flatMap(Optional::stream).toList();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            for (Pickle pickle : pickles) {
                List<String> tags = pickle.getTags().stream().map(PickleTag::getName).toList();
                for (String id : RequirementCatalogue.requirementIds(tags)) {
                    byRequirement.computeIfAbsent(id, k -> new LinkedHashMap<>())
                            .computeIfAbsent(feature, k -> new LinkedHashSet<>()).add(pickle.getName());
                }
            }
        }
        return byRequirement;
    }
}
