package org.ddmconformance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.swagger.v3.core.util.Json31;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.SpecVersion;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.ddmconformance.requirements.Requirement;
import org.ddmconformance.requirements.RequirementCatalogue;
import org.ddmconformance.schema.JsonSchemas;
import org.ddmconformance.schema.JsonSchemas.Shape;
import org.ddmconformance.schema.OpenApiDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * {@code openapi} prints a document that a maintained OpenAPI parser reads without a message, whose schemas are the
 * files of schemas/, and whose every example passes the suite's own validator.
 */
class OpenApiDocumentTest {

    private static final String PATH = "/v3/{project_id}/instances/{instance_id}/backups/metadata-recovery";
    private static final String COMPONENTS = "#/components/schemas/";
    /** What each schema file of the operation is called in the document (restore-job.json is the job API's). */
    private static final Map<String, String> COMPONENT_OF_FILE = new LinkedHashMap<>();

    static {
        COMPONENT_OF_FILE.put("restore-metadata-request.json", "RestoreMetaDataRequest");
        COMPONENT_OF_FILE.put("restore-metadata-source.json", "RestoreMetaDataSource");
        COMPONENT_OF_FILE.put("restore-metadata-target.json", "RestoreMetaDataTarget");
        COMPONENT_OF_FILE.put("restore-metadata-accepted.json", "RestoreMetaDataResponse");
        COMPONENT_OF_FILE.put("error-response.json", "ErrorResponse");
        COMPONENT_OF_FILE.put("error-response-otc.json", "OtcErrorResponse");
    }

    /** The answers: the document's 202, 400 and 500, and those the catalogue allows a POST. */
    private static final Set<String> STATUSES = Set.of("202", "400", "401", "403", "404", "409", "411", "413", "414",
            "415", "500");

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final JsonSchemas SCHEMAS = new JsonSchemas();
    private static final String DOCUMENT_URI = "https://ddm-conformance.test/openapi.json";

    private static String printed;
    private static JsonNode document;
    private static SwaggerParseResult parsed;
    private static OpenAPI api;

    @BeforeAll
    static void printAndParse() {
        printed = run();
        document = JSON.readTree(printed);
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        options.setValidateInternalRefs(true);
        parsed = new OpenAPIV3Parser().readContents(printed, null, options);
        api = parsed.getOpenAPI();
    }

    private static String run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine command = new CommandLine(new OpenApiCommand());
        command.setOut(new PrintWriter(out)).setErr(new PrintWriter(err));
        assertThat(command.execute(args)).as("exit code; stderr: %s", err).isZero();
        assertThat(err.toString()).isEmpty();
        return out.toString();
    }

    @Test
    void theParserReadsItWithoutAMessage() {
        assertThat(parsed.getMessages()).isEmpty();
        assertThat(api).isNotNull();
        assertThat(api.getOpenapi()).startsWith("3.1.");
        assertThat(api.getSpecVersion()).isEqualTo(SpecVersion.V31);
    }

    @Test
    void theOperationIsThePostWithBothPathParametersAndTheToken() {
        assertThat(api.getPaths()).containsOnlyKeys(PATH);
        PathItem item = api.getPaths().get(PATH);
        assertThat(item.readOperations()).containsExactly(item.getPost());
        List<Parameter> parameters = item.getPost().getParameters();
        assertThat(parameters).extracting(Parameter::getName, Parameter::getIn, Parameter::getRequired)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("project_id", "path", true),
                        org.assertj.core.groups.Tuple.tuple("instance_id", "path", true),
                        org.assertj.core.groups.Tuple.tuple("X-Auth-Token", "header", true));
        assertThat(parameters).allSatisfy(p -> assertThat(p.getSchema().getTypes()).containsExactly("string"));
        // ... and the token is the operation's security too, so that a tool answers its absence with 401.
        assertThat(item.getPost().getSecurity()).singleElement().satisfies(requirement -> assertThat(requirement)
                .containsOnlyKeys(OpenApiDocument.TOKEN_SCHEME));
        SecurityScheme token = api.getComponents().getSecuritySchemes().get(OpenApiDocument.TOKEN_SCHEME);
        assertThat(token.getType()).isEqualTo(SecurityScheme.Type.APIKEY);
        assertThat(token.getIn()).isEqualTo(SecurityScheme.In.HEADER);
        assertThat(token.getName()).isEqualTo("X-Auth-Token");
    }

    @Test
    void theRequestBodyIsTheRequestSchema() {
        assertThat(api.getPaths().get(PATH).getPost().getRequestBody().getRequired()).isTrue();
        Map<String, MediaType> content = api.getPaths().get(PATH).getPost().getRequestBody().getContent();
        assertThat(content).containsOnlyKeys("application/json");
        assertThat(content.get("application/json").getSchema().get$ref()).isEqualTo(COMPONENTS + "RestoreMetaDataRequest");
        assertThat(resolved(post().at("/requestBody/content/application~1json/schema"))).isEqualTo(file("restore-metadata-request.json"));
    }

    @Test
    void everyAnswerTheCatalogueAllowsIsThereWithItsSchema() {
        Map<String, ApiResponse> responses = api.getPaths().get(PATH).getPost().getResponses();
        assertThat(responses.keySet()).containsExactlyInAnyOrderElementsOf(STATUSES).doesNotContain("405");
        Map<String, String> expected = new LinkedHashMap<>();
        for (String status : STATUSES) {
            expected.put(status, switch (status) {
                case "202" -> "RestoreMetaDataResponse";
                case "400", "500" -> "ErrorResponse"; // the restore page's own pair
                default -> "ErrorResponseEitherPair";
            });
        }
        for (Map.Entry<String, String> entry : expected.entrySet()) {
            ApiResponse response = responses.get(entry.getKey());
            assertThat(response.getContent()).as(entry.getKey()).containsOnlyKeys("application/json");
            assertThat(response.getContent().get("application/json").getSchema().get$ref()).as(entry.getKey())
                    .isEqualTo(COMPONENTS + entry.getValue());
        }
        assertThat(resolved(post().at("/responses/202/content/application~1json/schema")))
                .isEqualTo(file("restore-metadata-accepted.json"));
        assertThat(resolved(post().at("/responses/400/content/application~1json/schema")))
                .isEqualTo(file("error-response.json"));
        JsonNode either = resolved(post().at("/responses/401/content/application~1json/schema"));
        assertThat(either.get("anyOf")).hasSize(2);
        assertThat(resolved(either.get("anyOf").get(0))).isEqualTo(file("error-response.json"));
        assertThat(resolved(either.get("anyOf").get(1))).isEqualTo(file("error-response-otc.json"));
    }

    @Test
    void theComponentsAreTheSchemaFilesWithReferencesInsideTheDocument() throws Exception {
        JsonNode components = document.at("/components/schemas");
        for (Map.Entry<String, String> entry : COMPONENT_OF_FILE.entrySet()) {
            assertThat(components.get(entry.getValue())).as(entry.getKey()).isEqualTo(file(entry.getKey()));
            // The parser read each as it is: its model written back is the same tree.
            JsonNode asParsed = JSON.readTree(Json31.mapper().writeValueAsString(
                    api.getComponents().getSchemas().get(entry.getValue())));
            assertThat(asParsed).as("%s as parsed", entry.getKey()).isEqualTo(file(entry.getKey()));
        }
        try (Stream<Path> files = Files.list(Path.of("schemas"))) {
            Set<String> operationFiles = files.map(p -> p.getFileName().toString())
                    .filter(name -> !name.equals("restore-job.json")).collect(Collectors.toSet());
            assertThat(COMPONENT_OF_FILE.keySet()).as("every schema of the operation is a component")
                    .containsExactlyInAnyOrderElementsOf(operationFiles);
        }
        assertThat(printed).doesNotContain(JsonSchemas.ID_BASE).doesNotContain("\"$id\"");
    }

    @Test
    void everyExamplePassesTheSuitesValidator() {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                builder -> builder.schemas(Map.of(DOCUMENT_URI, printed)));
        List<String> checked = new ArrayList<>();
        // Examples of the request and the answers, named (examples) or not (example).
        JsonNode content = post().at("/requestBody/content");
        checkMediaTypes(registry, "request", content, checked);
        for (Map.Entry<String, JsonNode> response : post().get("responses").properties()) {
            checkMediaTypes(registry, response.getKey(), response.getValue().path("content"), checked);
        }
        // Examples a schema carries (JSON Schema's examples keyword).
        collectSchemaExamples(document.at("/components/schemas"), "/components/schemas", registry, checked);
        // The document has an example request and examples of 202, 400 and 500.
        assertThat(checked).contains("request document", "202 document", "400 document", "500 document");
    }

    private void checkMediaTypes(SchemaRegistry registry, String where, JsonNode content, List<String> checked) {
        for (Map.Entry<String, JsonNode> mediaType : content.properties()) {
            String ref = mediaType.getValue().at("/schema/$ref").asString();
            assertThat(ref).as(where).startsWith("#/");
            Schema schema = registry.getSchema(SchemaLocation.of(DOCUMENT_URI + ref));
            List<JsonNode> values = new ArrayList<>();
            List<String> names = new ArrayList<>();
            if (mediaType.getValue().has("example")) {
                values.add(mediaType.getValue().get("example"));
                names.add(where + " example");
            }
            for (Map.Entry<String, JsonNode> named : mediaType.getValue().path("examples").properties()) {
                values.add(named.getValue().get("value"));
                names.add(where + " " + named.getKey());
            }
            for (int i = 0; i < values.size(); i++) {
                String text = JSON.writeValueAsString(values.get(i));
                assertThat(schema.validate(values.get(i))).as("%s by the document's schema", names.get(i)).isEmpty();
                assertThat(ownProblems(where, text)).as("%s by JsonSchemas", names.get(i)).isEmpty();
                checked.add(names.get(i));
            }
        }
    }

    /** The suite's own reading of a body: as a request, a 202 or an error answer of that status. */
    private static List<String> ownProblems(String where, String json) {
        return switch (where) {
            case "request" -> SCHEMAS.problems(Shape.REQUEST, json);
            case "202" -> SCHEMAS.problems(Shape.ACCEPTED, json);
            default -> SCHEMAS.errorProblems(Integer.parseInt(where), json);
        };
    }

    private static void collectSchemaExamples(JsonNode node, String pointer, SchemaRegistry registry,
            List<String> checked) {
        if (!node.isObject()) {
            return;
        }
        if (node.path("examples").isArray()) {
            Schema schema = registry.getSchema(SchemaLocation.of(DOCUMENT_URI + "#" + pointer));
            for (JsonNode example : node.get("examples")) {
                assertThat(schema.validate(example)).as("example %s of %s", example, pointer).isEmpty();
                checked.add(pointer + " " + example);
            }
        }
        for (Map.Entry<String, JsonNode> child : node.properties()) {
            String key = child.getKey().replace("~", "~0").replace("/", "~1");
            collectSchemaExamples(child.getValue(), pointer + "/" + key, registry, checked);
        }
    }

    @Test
    void everyStatusTheCatalogueNamesForTheRestoreIsAnAnswer() {
        RequirementCatalogue catalogue = RequirementCatalogue.load();
        Set<String> named = new TreeSet<>();
        for (Requirement requirement : catalogue.all()) {
            Set<Integer> statuses = OpenApiDocument.namedStatuses(requirement.statement());
            // The job API's answers are another operation's; 405 is for other methods than POST.
            if (!requirement.area().equals("jobs") && !statuses.contains(405)) {
                statuses.forEach(s -> named.add(String.valueOf(s)));
            }
        }
        assertThat(named).contains("202", "400", "401", "404", "409", "411", "413", "414");
        assertThat(STATUSES).containsAll(named);
        for (Map.Entry<String, JsonNode> response : post().get("responses").properties()) {
            List<String> ids = new ArrayList<>();
            response.getValue().get("x-requirements").forEach(id -> ids.add(id.asString()));
            assertThat(ids).as(response.getKey()).isNotEmpty()
                    .allSatisfy(id -> assertThat(catalogue.find(id)).as(id).isPresent());
        }
        assertThat(post().at("/responses/409/x-requirements").toString()).contains("RM-ACC-004", "RM-ID-006");
    }

    @Test
    void outputGoesToTheFileAsJsonOrYaml(@TempDir Path dir) throws Exception {
        Path json = dir.resolve("ddm.openapi.json");
        Path yaml = dir.resolve("ddm.openapi.yaml");
        assertThat(run("--output", json.toString())).isEmpty();
        assertThat(run("--output", yaml.toString())).isEmpty();
        assertThat(JSON.readTree(Files.readString(json))).isEqualTo(document);
        assertThat(Files.readString(yaml)).doesNotStartWith("{");
        assertThat(YAMLMapper.builder().build().readTree(Files.readString(yaml))).isEqualTo(document);
        assertThat(new OpenAPIV3Parser().readContents(Files.readString(yaml), null, new ParseOptions()).getMessages())
                .isEmpty();
        assertThat(YAMLMapper.builder().build().readTree(run("--format", "yaml"))).isEqualTo(document);
    }

    private static JsonNode post() {
        return document.get("paths").get(PATH).get("post");
    }

    /** A schema of the document with its $ref followed, once. */
    private static JsonNode resolved(JsonNode schema) {
        String ref = schema.path("$ref").asString("");
        return ref.startsWith("#/") ? document.at(ref.substring(1)) : schema;
    }

    /**
     * A file of schemas/ as the document should embed it: without $schema and $id, and each $ref to a file naming
     * that file's component.
     */
    private static JsonNode file(String name) {
        ObjectNode schema = (ObjectNode) JSON.readTree(Path.of("schemas", name).toFile());
        schema.remove("$schema");
        schema.remove("$id");
        rewrite(schema);
        return schema;
    }

    private static void rewrite(JsonNode node) {
        if (node instanceof ObjectNode object) {
            if (object.path("$ref").isString()) {
                String component = COMPONENT_OF_FILE.get(object.get("$ref").asString());
                assertThat(component).as("a component for %s", object.get("$ref")).isNotNull();
                object.put("$ref", COMPONENTS + component);
            }
            object.values().forEach(OpenApiDocumentTest::rewrite);
        } else if (node.isArray()) {
            node.forEach(OpenApiDocumentTest::rewrite);
        }
    }
}
