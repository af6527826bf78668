package org.ddmconformance.explore;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.ddmconformance.config.Fixture;
import org.ddmconformance.config.SettingsLoader;
import org.ddmconformance.equivalence.RunIds;
import org.ddmconformance.mock.EmbeddedMock;
import org.ddmconformance.schema.JsonSchemas;
import org.ddmconformance.schema.JsonSchemas.Shape;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The cases come from the request schema, break it where they must, and are the same for the same seed. */
class CaseGeneratorTest {

    private static final Fixture FIXTURE = SettingsLoader.load(Map.of(), Map.of(), EmbeddedMock.fixture()).fixture();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final JsonSchemas SCHEMAS = new JsonSchemas();

    private final List<ExploreCase> cases = new CaseGenerator(FIXTURE, 42).all();

    /** Member paths read straight from the schema files, independently of {@link RequestSchema}. */
    private static Map<String, Set<String>> memberTypes() throws Exception {
        Map<String, Set<String>> paths = new java.util.LinkedHashMap<>();
        collect("", read("restore-metadata-request.json"), paths);
        return paths;
    }

    private static void collect(String path, JsonNode schema, Map<String, Set<String>> paths) throws Exception {
        if (schema.has("$ref")) {
            schema = read(schema.get("$ref").asString());
        }
        if (!path.isEmpty()) {
            paths.put(path, Set.of(schema.get("type").asString()));
        }
        for (var property : schema.path("properties").properties()) {
            collect(path.isEmpty() ? property.getKey() : path + "." + property.getKey(), property.getValue(), paths);
        }
        if (schema.has("items")) {
            collect(path + "[0]", schema.get("items"), paths);
        }
    }

    private static JsonNode read(String file) throws Exception {
        return JSON.readTree(java.nio.file.Files.readString(java.nio.file.Path.of("schemas", file)));
    }

    @Test
    void everyMemberOfTheSchemaGetsACaseForEveryTypeItDoesNotAllow() throws Exception {
        Map<String, Set<String>> members = memberTypes();
        assertThat(members).containsKeys("source", "target", "source.backup_id", "source.restore_time",
                "target.instance_id", "target.data_nodes", "target.data_nodes[0]");
        Set<String> names = cases.stream().filter(c -> c.family() == Family.TYPES).map(ExploreCase::name)
                .collect(Collectors.toSet());
        members.forEach((path, types) -> {
            assertThat(names).contains(path + " is null", path + " is a boolean");
            if (!types.contains("string")) {
                assertThat(names).contains(path + " is a string");
            }
            if (!types.contains("number")) {
                assertThat(names).contains(path + " is an integer", path + " is a fractional number");
            }
            assertThat(names).doesNotContain(path + " is " + (types.contains("number") ? "a fractional number"
                    : types.contains("array") ? "an array" : types.contains("object") ? "an object" : "a string"));
        });
        assertThat(names).hasSize(members.values().stream().mapToInt(t -> t.contains("number") ? 5 : 6).sum());
    }

    @Test
    void everyCaseThatMustBeRejectedBreaksTheRequestSchemaOrNamesNothing() {
        for (ExploreCase c : cases) {
            if (c.plain() != null) {
                continue; // judged by comparison with its plain form (casesComparedWithThePlainForm...)
            }
            if (c.addressing() != null) { // a valid body sent elsewhere, or without a valid token
                assertThat(SCHEMAS.problems(Shape.REQUEST, text(c))).as(c.name()).isEmpty();
                Addressing a = c.addressing();
                assertThat(a.projectId() != null && !a.projectId().equals(FIXTURE.projectId())
                        || a.instanceId() != null && !a.instanceId().equals(FIXTURE.instanceId())
                        || a.credential() != Addressing.Credential.CONFIGURED).as(c.name()).isTrue();
                continue;
            }
            boolean breaksTheSchema = !SCHEMAS.problems(Shape.REQUEST, text(c)).isEmpty() || notUtf8(c);
            // The rest name nothing the fixture knows: ids with one character changed, runtime names, or past any
            // window.
            boolean namesNothing = c.family() == Family.IDENTIFIERS || c.family() == Family.RANGES
                    || c.family() == Family.RUNTIME_NAMES;
            assertThat(breaksTheSchema || namesNothing).as(c.name()).isTrue();
            if (c.family() == Family.TYPES || c.family() == Family.ABSENCE || c.family() == Family.BODIES
                    || c.family() == Family.JSON_TEXT) {
                assertThat(breaksTheSchema).as(c.name() + " breaks the request schema").isTrue();
            }
        }
    }

    @Test
    void noCaseMayRestoreAndEveryEquivalentFormMeansItsPlainForm() {
        assertThat(cases).noneMatch(ExploreCase::mayRestore).noneMatch(c -> c.allowed().contains(202));
        List<ExploreCase> compared = cases.stream().filter(c -> c.plain() != null).toList();
        assertThat(compared).extracting(ExploreCase::family)
                .containsOnly(Family.EQUIVALENTS, Family.UNDECIDED, Family.OPEN_JSON_TEXT)
                .contains(Family.EQUIVALENTS, Family.UNDECIDED, Family.OPEN_JSON_TEXT);
        for (ExploreCase c : compared) {
            // The plain form is a valid request but for its target instance, which no endpoint knows.
            assertThat(SCHEMAS.problems(Shape.REQUEST, c.plain())).as(c.name()).isEmpty();
            assertThat(JSON.readTree(c.plain()).at("/target/instance_id").asString()).as(c.name())
                    .isEqualTo(RunIds.unknownTarget(42)).isNotEqualTo(FIXTURE.targetInstanceId());
            assertThat(c.body()).as(c.name()).isNotEqualTo(c.plain());
            if (c.family() == Family.EQUIVALENTS) { // the same JSON value, numbers compared as numbers
                assertThat(canonical(JSON.readTree(c.body()))).as(c.name()).isEqualTo(canonical(JSON.readTree(c.plain())));
            } else if (c.family() == Family.UNDECIDED) { // a value the document does not decide on
                assertThat(canonical(JSON.readTree(c.body()))).as(c.name()).isNotEqualTo(canonical(JSON.readTree(c.plain())));
            } // OPEN_JSON_TEXT: a text a parser may read as the plain value (the last duplicate) or refuse
        }
        assertThat(compared).extracting(ExploreCase::name).contains("source.restore_time with a .0 fraction");
    }

    /** Object members sorted, numbers as plain decimals: equal for equivalent JSON texts. */
    private static String canonical(tools.jackson.databind.JsonNode node) {
        if (node.isObject()) {
            return "{" + node.propertyNames().stream().sorted().map(n -> n + ":" + canonical(node.get(n)))
                    .collect(Collectors.joining(",")) + "}";
        }
        if (node.isArray()) {
            List<String> items = new ArrayList<>();
            node.forEach(item -> items.add(canonical(item)));
            return "[" + String.join(",", items) + "]";
        }
        return node.isNumber() ? node.decimalValue().stripTrailingZeros().toPlainString() : node.toString();
    }

    @Test
    void theSameSeedGivesTheSameCasesAndAnotherSeedOtherMadeUpValues() {
        List<ExploreCase> again = new CaseGenerator(FIXTURE, 42).all();
        assertThat(again).isEqualTo(cases);
        List<ExploreCase> other = new CaseGenerator(FIXTURE, 43).all();
        assertThat(other).extracting(ExploreCase::name).isEqualTo(cases.stream().map(ExploreCase::name).toList());
        assertThat(other).isNotEqualTo(cases);
    }

    @Test
    void namesAreUniqueAndEveryFamilyHasCases() {
        assertThat(cases).extracting(ExploreCase::name).doesNotHaveDuplicates();
        for (Family family : Family.values()) {
            assertThat(cases).as(family.name()).anyMatch(c -> c.family() == family);
        }
    }

    @Test
    void theExponentFormMeansTheConfiguredRestoreTime() throws Exception {
        ExploreCase exponent = cases.stream().filter(c -> c.name().startsWith("source.restore_time in exponent form"))
                .findFirst().orElseThrow();
        assertThat(exponent.body()).containsPattern("\"restore_time\":\\d\\.\\d+E\\d+");
        assertThat(JSON.readTree(exponent.body()).at("/source/restore_time").decimalValue().longValueExact())
                .isEqualTo(FIXTURE.restoreTime());
    }

    @Test
    void theOversizedBodyIsFarOverAnySizeAndMayEndWithAClosedConnection() {
        ExploreCase huge = cases.stream().filter(ExploreCase::closeAllowed).findFirst().orElseThrow();
        assertThat(huge.bodyLength()).isGreaterThanOrEqualTo(CaseGenerator.HUGE_BODY_BYTES);
        assertThat(JSON.readTree(text(huge)).at("/source").size())
                .isEqualTo(CaseGenerator.HUGE_BODY_BYTES / 2 + 1); // an array: invalid whatever the size
        assertThat(huge.allowed()).containsExactlyInAnyOrder(400, 413);
        assertThat(new ArrayList<>(cases)).filteredOn(ExploreCase::closeAllowed).hasSize(1);
    }

    @Test
    void onlyAByteThatIsNotUtf8MayGetTheUnknownIdAnswerAndOnlyAVeryLongPathMayGet414() {
        for (ExploreCase c : cases) {
            if (c.family() == Family.JSON_TEXT) {
                // Read as U+FFFD, the id names nothing (404); everything else of the family breaks the schema (400).
                assertThat(c.allowed()).as(c.name()).isEqualTo(notUtf8(c) ? Set.of(400, 404) : Set.of(400));
            }
            boolean longPath = c.addressing() != null && Stream.of(c.addressing().projectId(),
                    c.addressing().instanceId()).anyMatch(v -> v != null && v.length() >= CaseGenerator.LONG_ID_CHARS);
            if (c.family() != Family.SPELLINGS) { // those allow any refusal: only a success is wrong
                assertThat(c.allowed().contains(414)).as(c.name()).isEqualTo(longPath);
            }
        }
        assertThat(cases).filteredOn(c -> c.family() != Family.SPELLINGS && c.allowed().contains(414)).extracting(ExploreCase::family)
                .containsOnly(Family.PATH_IDENTIFIERS).hasSize(2);
    }

    /** RFC 8259 8.1: a body that is not UTF-8 is not a JSON text between systems, whatever a lenient reading gives. */
    private static boolean notUtf8(ExploreCase c) {
        try {
            StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(c.largeBody() == null
                    ? c.body().getBytes(StandardCharsets.UTF_8) : c.largeBody().bytes()));
            return false;
        } catch (java.nio.charset.CharacterCodingException e) {
            return true;
        }
    }

    private static String text(ExploreCase c) {
        return c.largeBody() == null ? c.body() : new String(c.largeBody().bytes(), StandardCharsets.UTF_8);
    }
}
