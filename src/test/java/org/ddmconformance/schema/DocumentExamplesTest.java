package org.ddmconformance.schema;

import static org.assertj.core.api.Assertions.assertThat;

import org.ddmconformance.schema.JsonSchemas.Shape;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The schemas accept the document's own examples and refuse what the document rules out. */
class DocumentExamplesTest {

    private static final JsonSchemas SCHEMAS = new JsonSchemas();

    /** "Example Request" of the document, verbatim. */
    private static final String EXAMPLE_REQUEST = """
            {
            "source": {
            "backup_id": "defa45b24d314e878fde930a61732e9dbr09"
            },
            "target": {
            "instance_id": "2f0324a93859487eb5566d75951fcd2din09",
            "data_nodes": [
            "f4e2949e9b9b4d60b42c89ed39bfe34cin01"
            ]
            }
            }""";

    @Test
    void exampleRequestIsValid() {
        assertThat(SCHEMAS.problems(Shape.REQUEST, EXAMPLE_REQUEST)).isEmpty();
    }

    @Test
    void exampleResponsesAreValid() {
        assertThat(SCHEMAS.problems(Shape.ACCEPTED, "{\"job_id\": \"09902ee7866649b8908ec209bfee2747\"}")).isEmpty();
        // The 400 and the 500 examples have the same body.
        assertThat(SCHEMAS.problems(Shape.ERROR, "{\"error_msg\" : \"Parameter error.\", \"error_code\" : \"DBS.280001\"}"))
                .isEmpty();
    }

    @Test
    void aRestoreTimeSourceIsValid() {
        assertThat(SCHEMAS.problems(Shape.SOURCE, "{\"restore_time\": 1735689600000}")).isEmpty();
    }

    @Test
    void responsesMayCarryExtraFields() {
        assertThat(SCHEMAS.problems(Shape.ACCEPTED, "{\"job_id\": \"j-1\", \"request_id\": \"r\"}")).isEmpty();
        assertThat(SCHEMAS.problems(Shape.ERROR, "{\"error_code\": \"X\", \"error_msg\": \"参数错误\", \"details\": []}"))
                .isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"target\": {\"instance_id\": \"t\", \"data_nodes\": [\"n\"]}}",
        "{\"source\": {\"backup_id\": \"b\"}}",
        "{\"source\": {}, \"target\": {\"instance_id\": \"t\", \"data_nodes\": [\"n\"]}}",
        "{\"source\": {\"backup_id\": 7}, \"target\": {\"instance_id\": \"t\", \"data_nodes\": [\"n\"]}}",
        "{\"source\": {\"restore_time\": \"1735689600000\"}, \"target\": {\"instance_id\": \"t\", \"data_nodes\": [\"n\"]}}",
        "{\"source\": {\"backup_id\": \"b\"}, \"target\": {\"data_nodes\": [\"n\"]}}",
        "{\"source\": {\"backup_id\": \"b\"}, \"target\": {\"instance_id\": \"t\", \"data_nodes\": \"n\"}}",
        "{\"source\": {\"backup_id\": \"b\"}, \"target\": {\"instance_id\": \"t\", \"data_nodes\": []}}",
        "[]"
    })
    void counterExampleRequestsAreInvalid(String body) {
        assertThat(SCHEMAS.problems(Shape.REQUEST, body)).isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"{}", "{\"job_id\": 42}", "{\"job_id\": \"\"}", "{\"job_id\": null}", "[\"j\"]", "job"})
    void counterExampleAcceptedBodiesAreInvalid(String body) {
        assertThat(SCHEMAS.problems(Shape.ACCEPTED, body)).isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"error_code\": \"X\"}", "{\"error_msg\": \"m\"}", "{\"error_code\": 1, \"error_msg\": \"m\"}",
        "{\"error_code\": \"X\", \"error_msg\": null}", "<html>Bad request</html>", ""})
    void counterExampleErrorBodiesAreInvalid(String body) {
        assertThat(SCHEMAS.problems(Shape.ERROR, body)).isNotEmpty();
    }

    @Test
    void theOtcErrorPairDoesOutside400And500Only() {
        String otc = "{\"errCode\":\"DBS.300101\",\"externalMessage\":\"Failed to delete the schema\"}"; // OTC's example
        assertThat(SCHEMAS.problems(Shape.OTC_ERROR, otc)).isEmpty();
        assertThat(SCHEMAS.errorProblems(401, otc)).isEmpty();
        assertThat(SCHEMAS.errorProblems(404, otc)).isEmpty();
        assertThat(SCHEMAS.errorProblems(400, otc)).anyMatch(p -> p.contains("error_code"));
        assertThat(SCHEMAS.errorProblems(500, otc)).anyMatch(p -> p.contains("error_code"));
        assertThat(SCHEMAS.errorProblems(401, "{\"errCode\":\"APIGW.0301\"}"))
                .anyMatch(p -> p.contains("error_code")).anyMatch(p -> p.contains("errCode and externalMessage"));
    }

    @Test
    void problemsNameTheJsonPath() {
        assertThat(SCHEMAS.problems(Shape.ACCEPTED, "{\"job_id\": 42}"))
                .singleElement().asString().startsWith("$.job_id");
    }
}
