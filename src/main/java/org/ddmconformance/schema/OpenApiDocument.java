package org.ddmconformance.schema;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ddmconformance.requirements.Requirement;
import org.ddmconformance.requirements.RequirementCatalogue;
import org.ddmconformance.schema.JsonSchemas.Shape;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * An OpenAPI 3.1 document of "Restoring Metadata (a V3 API)", built from the schemas in {@code schemas/} (embedded
 * under components/schemas: OpenAPI 3.1 schemas are JSON Schema 2020-12) and the requirement catalogue: the one
 * POST operation, its path parameters, X-Auth-Token, the request body and every answer the catalogue allows, with
 * the examples of the source document.
 */
public final class OpenApiDocument {

    public static final String OPENAPI_VERSION = "3.1.0";
    public static final String PATH = "/v3/{project_id}/instances/{instance_id}/backups/metadata-recovery";
    public static final String COMPONENTS = "#/components/schemas/";
    /** Both error pairs, as {@link JsonSchemas#eitherErrorPairProblems} accepts them for an error other than 400 or 500. */
    public static final String EITHER_ERROR = "ErrorResponseEitherPair";
    /** The security scheme that names X-Auth-Token. */
    public static final String TOKEN_SCHEME = "token";

    /** The name each shape of this operation has under components/schemas (the job API's shape is not one). */
    public static final Map<Shape, String> COMPONENT_NAMES = new EnumMap<>(Map.of(
            Shape.REQUEST, "RestoreMetaDataRequest",
            Shape.SOURCE, "RestoreMetaDataSource",
            Shape.TARGET, "RestoreMetaDataTarget",
            Shape.ACCEPTED, "RestoreMetaDataResponse",
            Shape.ERROR, "ErrorResponse",
            Shape.OTC_ERROR, "OtcErrorResponse"));

    /** One answer of the operation: its status, what it means, its body and the document's example of it. */
    private record Answer(int status, String description, String schema, String exampleSummary, String example,
            List<String> alsoRequirements) {
    }

    // The document's examples, verbatim but for whitespace (restore-metadata-v3.txt, "Example Request/Response").
    private static final String EXAMPLE_REQUEST = """
            {"source": {"backup_id": "defa45b24d314e878fde930a61732e9dbr09"},
             "target": {"instance_id": "2f0324a93859487eb5566d75951fcd2din09",
                        "data_nodes": ["f4e2949e9b9b4d60b42c89ed39bfe34cin01"]}}""";
    private static final String EXAMPLE_202 = "{\"job_id\": \"09902ee7866649b8908ec209bfee2747\"}";
    private static final String EXAMPLE_ERROR = "{\"error_msg\": \"Parameter error.\", \"error_code\": \"DBS.280001\"}";

    private static final String ERROR = COMPONENTS + COMPONENT_NAMES.get(Shape.ERROR);
    private static final String EITHER = COMPONENTS + EITHER_ERROR;

    private static final List<Answer> ANSWERS = List.of(
            new Answer(202, "Accepted: the restore task was submitted (the document's Status Codes: 202). job_id names "
                    + "the task; GET /v3/{project_id}/jobs/{job_id} follows it until Completed or Failed.",
                    COMPONENTS + COMPONENT_NAMES.get(Shape.ACCEPTED), "Example Response, status code 202", EXAMPLE_202,
                    List.of()),
            new Answer(400, "Bad request (the document's Status Codes: 400): a body that is not the documented "
                    + "object, a missing or mistyped member, a time outside the restorable window, an identifier "
                    + "that names nothing.", ERROR, "Example Response, status code 400 (Bad request)", EXAMPLE_ERROR,
                    List.of()),
            new Answer(401, "Unauthorized: X-Auth-Token is missing or not a valid token; the API gateway answers "
                    + "(not on the document's page; the catalogue decides 401). Either error pair.", EITHER, null, null,
                    List.of()),
            new Answer(403, "Forbidden: e.g. a project_id the token does not belong to, for which the catalogue "
                    + "allows any 4xx. Either error pair.", EITHER, null, null, List.of()),
            new Answer(404, "Not found: a source instance, backup, target instance or data node that does not exist "
                    + "or cannot be used (the catalogue allows 400 or 404). Either error pair.", EITHER, null, null,
                    List.of()),
            new Answer(409, "Conflict: the target is busy with another restore, is listed as not available, or is "
                    + "the source itself (the catalogue allows 400, 404 or 409). Either error pair.", EITHER, null,
                    null, List.of()),
            new Answer(411, "Length Required: the server refuses a body sent without a length, in chunks "
                    + "(RFC 9112 section 6.3). Either error pair, when there is a body.", EITHER, null, null,
                    List.of()),
            new Answer(413, "Content Too Large: the body is over the server's cap (RFC 9110 section 15.5.14); on a "
                    + "very large body the connection may close without an answer. Either error pair, when there is "
                    + "a body.", EITHER, null, null, List.of()),
            new Answer(414, "URI Too Long: a path identifier longer than the server will interpret (RFC 9110 "
                    + "section 15.5.15; the catalogue allows it for a 4096-character project_id or instance_id). "
                    + "Either error pair, when there is a body.", EITHER, null, null, List.of()),
            new Answer(415, "Unsupported Media Type: the body was not declared as application/json (DDM's status "
                    + "codes; the catalogue records how a body without Content-Type is answered). Either error pair, "
                    + "when there is a body.", EITHER, null, null, List.of("RM-HTTP-006")),
            new Answer(500, "Server error (the document's Status Codes: 500). Documented, but a server error that a "
                    + "request causes is a defect in the catalogue's terms.", ERROR,
                    "Example Response, status code 500 (Server error)", EXAMPLE_ERROR, List.of()));

    /** A status named in a requirement's statement: "with 400, 404 or 409", "answered 202". */
    private static final Pattern STATUS = Pattern.compile("\\b([1-5][0-9][0-9])\\b");
    /** A class of statuses named in a statement: "a 4xx status", "a server error (5xx)". */
    private static final Pattern STATUS_CLASS = Pattern.compile("\\b([1-5])xx\\b");

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private OpenApiDocument() {
    }

    /** The document, from the schemas and the catalogue on the classpath. */
    public static ObjectNode build() {
        return build(RequirementCatalogue.load());
    }

    public static ObjectNode build(RequirementCatalogue catalogue) {
        ObjectNode document = JSON.createObjectNode();
        document.put("openapi", OPENAPI_VERSION);
        ObjectNode info = document.putObject("info");
        info.put("title", "Huawei Cloud DDM: Restoring Metadata (a V3 API)");
        info.put("version", "1.0.0");
        info.put("description", "This API is used to restore metadata. Written by ddm-conformance (`java -jar "
                + "ddm-conformance.jar openapi`) from its schemas (schemas/*.json, JSON Schema 2020-12) and its "
                + "requirement catalogue (features/requirements.yaml). The source document lists 202, 400 and 500; "
                + "the other answers are those the catalogue allows, and each answer names the requirements that "
                + "allow it (x-requirements). Error answers other than 400 and 500 may use either documented error "
                + "pair: error_code/error_msg or errCode/externalMessage.");
        servers(document.putArray("servers"));
        ObjectNode operation = document.putObject("paths").putObject(PATH).putObject("post");
        operation.put("operationId", "RestoreMetadata");
        operation.put("summary", "Restoring Metadata (a V3 API)");
        operation.put("description", "This API is used to restore metadata: from a backup (source.backup_id) or to "
                + "a point in time (source.restore_time, epoch milliseconds) of the source DDM instance in the path, "
                + "onto a target DDM instance and its data nodes. The answer names a task (job_id) to follow.");
        parameters(operation.putArray("parameters"));
        // The token once more as the operation's security: a tool then answers a request without it 401, as
        // RM-AUTH-001 asks, where a missing required parameter alone is a 400 (Prism's mock does so).
        operation.putArray("security").addObject().putArray(TOKEN_SCHEME);
        requestBody(operation.putObject("requestBody"));
        responses(operation.putObject("responses"), catalogue);
        ObjectNode components = document.putObject("components");
        components(components.putObject("schemas"));
        components.putObject("securitySchemes").putObject(TOKEN_SCHEME)
                .put("type", "apiKey").put("in", "header").put("name", "X-Auth-Token")
                .put("description", "IAM user token: the X-Subject-Token of the IAM API that obtains a user token.");
        return document;
    }

    private static void servers(ArrayNode servers) {
        ObjectNode endpoint = servers.addObject();
        endpoint.put("url", "https://{endpoint}");
        endpoint.put("description", "DDM in a region (the document's https://{endpoint})");
        endpoint.putObject("variables").putObject("endpoint")
                .put("default", "ddm.eu-de.otc.t-systems.com")
                .put("description", "The DDM endpoint of the region (this default is OTC's example endpoint)");
        servers.addObject().put("url", "http://127.0.0.1:8080")
                .put("description", "The suite's mock: java -jar ddm-conformance.jar mock");
    }

    private static void parameters(ArrayNode parameters) {
        parameter(parameters, "project_id", "path",
                "Project ID of a tenant in a region. To obtain this value, see Obtaining a Project ID.");
        parameter(parameters, "instance_id", "path", "DDM instance ID (the source instance).");
        parameter(parameters, "X-Auth-Token", "header", "User token. The token can be obtained by calling the IAM "
                + "API used to obtain a user token. The value of X-Subject-Token in the response header is the user "
                + "token.");
    }

    private static void parameter(ArrayNode parameters, String name, String in, String description) {
        ObjectNode parameter = parameters.addObject();
        parameter.put("name", name);
        parameter.put("in", in);
        parameter.put("required", true);
        parameter.put("description", description);
        parameter.putObject("schema").put("type", "string");
    }

    private static void requestBody(ObjectNode body) {
        body.put("required", true);
        body.put("description", "RestoreMetaDataRequest (the document's Request Parameters).");
        mediaType(body.putObject("content"), COMPONENTS + COMPONENT_NAMES.get(Shape.REQUEST), "Example Request",
                EXAMPLE_REQUEST);
    }

    private static void responses(ObjectNode responses, RequirementCatalogue catalogue) {
        for (Answer answer : ANSWERS) {
            ObjectNode response = responses.putObject(String.valueOf(answer.status()));
            List<String> allowing = allowing(catalogue, answer);
            response.put("description", answer.description()
                    + (allowing.isEmpty() ? "" : " Requirements: " + String.join(", ", allowing) + "."));
            ArrayNode ids = response.putArray("x-requirements");
            allowing.forEach(ids::add);
            mediaType(response.putObject("content"), answer.schema(), answer.exampleSummary(), answer.example());
        }
    }

    /**
     * The requirements that name this status (or its class, "4xx") as an answer of the restore, plus those the
     * answer adds. Left out: the job API's requirements (area jobs, whose 200 is another operation's) and those
     * about other methods (they name 405, which a POST operation does not have).
     */
    private static List<String> allowing(RequirementCatalogue catalogue, Answer answer) {
        Set<String> ids = new LinkedHashSet<>();
        for (Requirement requirement : catalogue.all()) {
            Set<Integer> named = namedStatuses(requirement.statement());
            if (requirement.area().equals("jobs") || named.contains(405)) {
                continue;
            }
            Matcher classes = STATUS_CLASS.matcher(requirement.statement());
            boolean inClass = false;
            while (classes.find()) {
                inClass |= Integer.parseInt(classes.group(1)) == answer.status() / 100;
            }
            if (named.contains(answer.status()) || inClass) {
                ids.add(requirement.id());
            }
        }
        for (String id : answer.alsoRequirements()) {
            if (catalogue.find(id).isEmpty()) {
                throw new IllegalStateException("the " + answer.status() + " answer names " + id
                        + ", which the catalogue does not list");
            }
            ids.add(id);
        }
        return new ArrayList<>(ids);
    }

    /** The statuses a statement names, as three digits. */
    public static Set<Integer> namedStatuses(String statement) {
        Set<Integer> statuses = new LinkedHashSet<>();
        Matcher matcher = STATUS.matcher(statement);
        while (matcher.find()) {
            statuses.add(Integer.parseInt(matcher.group(1)));
        }
        return statuses;
    }

    private static void mediaType(ObjectNode content, String schemaRef, String exampleSummary, String example) {
        ObjectNode json = content.putObject("application/json");
        json.putObject("schema").put("$ref", schemaRef);
        if (example != null) {
            ObjectNode named = json.putObject("examples").putObject("document");
            named.put("summary", exampleSummary);
            named.put("description", "The source document's example (Restoring Metadata (a V3 API)), verbatim.");
            named.set("value", JSON.readTree(example));
        }
    }

    private static void components(ObjectNode schemas) {
        for (Map.Entry<Shape, String> entry : COMPONENT_NAMES.entrySet()) {
            schemas.set(entry.getValue(), embedded(entry.getKey()));
        }
        ObjectNode either = schemas.putObject(EITHER_ERROR);
        either.put("title", "Error body in either documented pair");
        either.put("description", "For an error other than 400 and 500, DDM's pages document error_code/error_msg "
                + "and errCode/externalMessage (OTC's Abnormal Request Results); either is accepted.");
        ArrayNode anyOf = either.putArray("anyOf");
        anyOf.addObject().put("$ref", COMPONENTS + COMPONENT_NAMES.get(Shape.ERROR));
        anyOf.addObject().put("$ref", COMPONENTS + COMPONENT_NAMES.get(Shape.OTC_ERROR));
    }

    /**
     * The schema file of a shape as a component: without $schema (a schema of an OpenAPI 3.1 document is 2020-12
     * already) and $id (a base URI of its own would resolve the rewritten references against it), and with each
     * $ref to another schema file pointing at that file's component.
     */
    public static ObjectNode embedded(Shape shape) {
        JsonNode file = read(shape);
        ObjectNode schema = (ObjectNode) file.deepCopy();
        URI base = URI.create(JsonSchemas.ID_BASE + shape.file());
        if (file.has("$id") && !base.toString().equals(file.get("$id").asString())) {
            throw new IllegalStateException(shape.file() + " declares $id " + file.get("$id") + ", not " + base);
        }
        schema.remove("$schema");
        schema.remove("$id");
        rewriteReferences(schema, base, shape.file());
        return schema;
    }

    private static void rewriteReferences(JsonNode node, URI base, String file) {
        if (node.isObject()) {
            ObjectNode object = (ObjectNode) node;
            JsonNode ref = object.get("$ref");
            if (ref != null && ref.isString()) {
                object.put("$ref", componentReference(base.resolve(ref.asString()), file));
            }
            for (JsonNode child : object.values()) {
                rewriteReferences(child, base, file);
            }
        } else if (node.isArray()) {
            for (JsonNode child : node) {
                rewriteReferences(child, base, file);
            }
        }
    }

    /** https://.../schemas/restore-metadata-source.json#/properties/x as #/components/schemas/RestoreMetaDataSource/properties/x. */
    private static String componentReference(URI target, String file) {
        String fragment = target.getRawFragment() == null ? "" : target.getRawFragment();
        String document = target.toString().substring(0, target.toString().length()
                - (target.getRawFragment() == null ? 0 : fragment.length() + 1));
        for (Map.Entry<Shape, String> entry : COMPONENT_NAMES.entrySet()) {
            if (document.equals(JsonSchemas.ID_BASE + entry.getKey().file())) {
                if (!fragment.isEmpty() && !fragment.startsWith("/")) {
                    throw new IllegalStateException(file + " refers to an anchor, " + target + ", which has no component");
                }
                return COMPONENTS + entry.getValue() + fragment;
            }
        }
        throw new IllegalStateException(file + " refers to " + target + ", which is not a schema of this operation");
    }

    private static JsonNode read(Shape shape) {
        String resource = "schemas/" + shape.file();
        try (InputStream in = OpenApiDocument.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the classpath");
            }
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
