package org.ddmconformance.schema;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The documented shapes as JSON Schemas (draft 2020-12), loaded from {@code schemas/} on the classpath and
 * compiled once. Problems are reported one line each, naming the JSON path.
 */
public final class JsonSchemas {

    /** Schemas declare $id under this base; it is mapped to the classpath so nothing is fetched. */
    public static final String ID_BASE = "https://ddm-conformance.github.io/schemas/";

    public enum Shape {
        REQUEST("restore-metadata-request.json"),
        SOURCE("restore-metadata-source.json"),
        TARGET("restore-metadata-target.json"),
        ACCEPTED("restore-metadata-accepted.json"),
        ERROR("error-response.json"),
        OTC_ERROR("error-response-otc.json"),
        JOB("restore-job.json");

        private final String file;

        Shape(String file) {
            this.file = file;
        }

        public String file() {
            return file;
        }
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Map<Shape, Schema> compiled = new EnumMap<>(Shape.class);

    public JsonSchemas() {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                builder -> builder.schemaIdResolvers(ids -> ids.mapPrefix(ID_BASE, "classpath:schemas/")));
        for (Shape shape : Shape.values()) {
            Schema schema = registry.getSchema(SchemaLocation.of(ID_BASE + shape.file()));
            schema.initializeValidators();
            compiled.put(shape, schema);
        }
    }

    /**
     * What is wrong with this text as an instance of the shape: an empty list when it conforms, else one
     * readable line per problem ("$.job_id: integer found, string expected").
     */
    public List<String> problems(Shape shape, String json) {
        JsonNode node;
        try {
            node = JSON.readTree(withoutByteOrderMark(json == null ? "" : json));
        } catch (JacksonException e) {
            return List.of("$: the body is not JSON (" + e.getOriginalMessage() + ")");
        }
        if (node == null || node.isMissingNode()) {
            return List.of("$: the body is empty, a JSON value was expected");
        }
        List<Error> errors = compiled.get(shape).validate(node);
        return errors.stream().map(JsonSchemas::describe).toList();
    }

    /**
     * What is wrong with the body of an error answer with this status. The restore page gives 400 and 500 bodies
     * as error_code/error_msg; for any other status (a gateway's 401 or 403, a 404, 405, 409, 413, ...) DDM's
     * other documented pair, OTC's errCode/externalMessage, does as well (related APIs, "Error body").
     */
    public List<String> errorProblems(int status, String json) {
        return status == 400 || status == 500 ? problems(Shape.ERROR, json) : eitherErrorPairProblems(json);
    }

    /** What is wrong with an error body that may use either documented pair (error_code/error_msg or OTC's). */
    public List<String> eitherErrorPairProblems(String json) {
        List<String> problems = problems(Shape.ERROR, json);
        if (problems.isEmpty() || problems(Shape.OTC_ERROR, json).isEmpty()) {
            return List.of();
        }
        List<String> either = new ArrayList<>(problems);
        either.add("(nor errCode and externalMessage, the other documented pair, " + Shape.OTC_ERROR.file() + ")");
        return either;
    }

    /** RFC 8259 lets a parser ignore a leading byte order mark; a conformant server may send one. */
    public static String withoutByteOrderMark(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** "$.target.data_nodes[0]: integer found, string expected". */
    private static String describe(Error error) {
        NodePath location = error.getInstanceLocation();
        String message = error.getMessage();
        String pointer = location.toString();
        if (message.startsWith(pointer + ": ")) {
            message = message.substring(pointer.length() + 2);
        }
        return jsonPath(location) + ": " + message;
    }

    private static String jsonPath(NodePath location) {
        StringBuilder path = new StringBuilder("$");
        for (int i = 0; i < location.getNameCount(); i++) {
            Object element = location.getElement(i);
            if (element instanceof Integer index) {
                path.append('[').append(index).append(']');
            } else if (element.toString().matches("[A-Za-z_][A-Za-z0-9_]*")) {
                path.append('.').append(element);
            } else {
                path.append("['").append(element).append("']");
            }
        }
        return path.toString();
    }
}
