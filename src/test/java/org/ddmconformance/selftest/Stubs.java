package org.ddmconformance.selftest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonSchema;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.request;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.WireMock.JsonSchemaVersion;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.HttpHeaders;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import java.util.List;
import java.util.Properties;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.ddmconformance.mock.EmbeddedMock;
import org.ddmconformance.mock.MockJobs;

/**
 * The vocabulary of the variants: the requests the suite sends, each matched so that only that request changes,
 * and the answers a variant gives them.
 *
 * <p>Every request matcher has priority 1, above every reference stub. The reference auth stubs have priority 1
 * and 2 too, and on a tie the most recently added stub wins, so every matcher of a request that should pass
 * authentication also requires the fixture token (then it never matches what the auth stubs answer).
 */
final class Stubs {

    static final Properties FIXTURE = EmbeddedMock.fixture();
    static final String PROJECT = FIXTURE.getProperty("ddm.project-id");
    static final String INSTANCE = FIXTURE.getProperty("ddm.instance-id");
    static final String TOKEN = FIXTURE.getProperty("ddm.auth-token");
    /** The backup of the source instance that the reference mock's backups API lists as deleted. */
    static final String DELETED_BACKUP = "c131f93390a44b6c9d5cdebe350228a1br09";
    static final String BACKUP = FIXTURE.getProperty("ddm.backup-id");
    static final long RESTORE_TIME = Long.parseLong(FIXTURE.getProperty("ddm.restore-time").trim());
    static final String TARGET = FIXTURE.getProperty("ddm.target-instance-id");
    static final List<String> NODES = List.of(FIXTURE.getProperty("ddm.target-data-nodes").split("\\s*,\\s*"));

    static final String TOKEN_HEADER = "X-Auth-Token";
    static final String RESOURCE = "/v3/" + PROJECT + "/instances/" + INSTANCE + "/backups/metadata-recovery";
    static final String JSON_UTF8 = "application/json;charset=UTF-8";
    static final String NEW_JOB_ID = "{\"job_id\": \"{{randomValue length=32 type='HEXADECIMAL'}}\"}";

    private Stubs() {
    }

    /** JSON written with single quotes, for readability: {@code json("{'a':1}")}. */
    static String json(String singleQuoted) {
        return singleQuoted.replace('\'', '"');
    }

    // ---- requests -------------------------------------------------------------------------------------------

    /** A POST to the fixture resource with the fixture token: past the gateway, up to the service. */
    static MappingBuilder validPost() {
        return post(urlPathEqualTo(RESOURCE)).withHeader(TOKEN_HEADER, equalTo(TOKEN)).atPriority(1);
    }

    /** A valid POST whose body is JSON matching this schema (draft 2020-12, single-quoted). */
    static MappingBuilder validPostWhere(String schema) {
        return validPost().withRequestBody(matchingJsonSchema(json(schema), JsonSchemaVersion.V202012));
    }

    /** A valid POST whose body is an object with source and target, the source matching this schema. */
    static MappingBuilder sourceIs(String sourceSchema) {
        return validPostWhere("{'type':'object','required':['source','target'],'properties':"
                + "{'source':{'type':'object','allOf':[" + sourceSchema + "]}}}");
    }

    /** A valid POST whose body is an object with source and target, the target matching this schema. */
    static MappingBuilder targetIs(String targetSchema) {
        return validPostWhere("{'type':'object','required':['source','target'],'properties':"
                + "{'target':{'type':'object','allOf':[" + targetSchema + "]}}}");
    }

    /** A valid POST whose source has this field, its value matching this schema. */
    static MappingBuilder sourceField(String field, String valueSchema) {
        return sourceIs("{'required':['" + field + "'],'properties':{'" + field + "':" + valueSchema + "}}");
    }

    /** A valid POST whose target has this field, its value matching this schema. */
    static MappingBuilder targetField(String field, String valueSchema) {
        return targetIs("{'required':['" + field + "'],'properties':{'" + field + "':" + valueSchema + "}}");
    }

    /** A valid POST whose target lacks this field. */
    static MappingBuilder targetWithout(String field) {
        return targetIs("{'not':{'required':['" + field + "']}}");
    }

    /** A valid POST whose body is an object lacking this field. */
    static MappingBuilder bodyWithout(String field) {
        return validPostWhere("{'type':'object','not':{'required':['" + field + "']}}");
    }

    /** Exactly the valid body restoring from the fixture backup (the suite's starting point). */
    static MappingBuilder backupRestore() {
        return validPost().withRequestBody(equalToJson(body("{'backup_id':'" + BACKUP + "'}")));
    }

    /** Exactly the valid body restoring to the fixture restore time. */
    static MappingBuilder timeRestore() {
        return validPost().withRequestBody(equalToJson(body("{'restore_time':" + RESTORE_TIME + "}")));
    }

    private static String body(String source) {
        String nodes = String.join("','", NODES);
        return json("{'source':" + source + ",'target':{'instance_id':'" + TARGET + "','data_nodes':['" + nodes
                + "']}}");
    }

    /** A POST whose body is not JSON at all (it starts with neither { nor [). */
    static MappingBuilder notJson() {
        return validPost().withRequestBody(matching("(?s)\\s*[^\\s\\[{].*"));
    }

    /** A POST whose body is a JSON array. */
    static MappingBuilder jsonArray() {
        return validPost().withRequestBody(matching("(?s)\\s*\\[.*"));
    }

    /** A well-formed POST naming a backup other than the fixture one. */
    static MappingBuilder unknownBackup() {
        return sourceField("backup_id", "{'type':'string','minLength':1,'not':{'const':'" + BACKUP + "'}}");
    }

    /** A well-formed POST naming a target instance other than the fixture one. */
    static MappingBuilder unknownTarget() {
        return targetField("instance_id", "{'type':'string','minLength':1,'not':{'const':'" + TARGET + "'}}");
    }

    /** A well-formed POST naming, among string data nodes, one the fixture does not have. */
    static MappingBuilder unknownDataNode() {
        return targetField("data_nodes", "{'type':'array','items':{'type':'string'},"
                + "'contains':{'not':{'enum':['" + String.join("','", NODES) + "']}}}");
    }

    /** A POST with the fixture token to a source instance other than the fixture one. */
    static MappingBuilder unknownSourceInstance() {
        String path = "/v3/" + PROJECT + "/instances/(?!" + INSTANCE + "/)[^/]+/backups/metadata-recovery";
        return post(urlPathMatching(path)).withHeader(TOKEN_HEADER, equalTo(TOKEN)).atPriority(1);
    }

    /** A POST with the fixture token to the fixture instance under a project other than the fixture one. */
    static MappingBuilder foreignProject() {
        String path = "/v3/(?!" + PROJECT + "/)[^/]+/instances/" + INSTANCE + "/backups/metadata-recovery";
        return post(urlPathMatching(path)).withHeader(TOKEN_HEADER, equalTo(TOKEN)).atPriority(1);
    }

    /** Any request to an instance without X-Auth-Token: the reference stub's match, added later, so it wins. */
    static MappingBuilder noToken() {
        return any(urlPathMatching("/v3/[^/]+/instances/.*")).withHeader(TOKEN_HEADER, absent()).atPriority(1);
    }

    /** A POST to the resource with an X-Auth-Token that is not the fixture token. */
    static MappingBuilder invalidToken() {
        return post(urlPathEqualTo(RESOURCE))
                .withHeader(TOKEN_HEADER, matching("(?!" + Pattern.quote(TOKEN) + "$).+")).atPriority(1);
    }

    /** This method on the fixture resource, with the fixture token. */
    static MappingBuilder method(String method) {
        return request(method, urlPathEqualTo(RESOURCE)).withHeader(TOKEN_HEADER, equalTo(TOKEN)).atPriority(1);
    }

    // ---- jobs and lifecycle ----

    /** The mock's restorable window (restorable-time-interval): [2024-01-01, 2026-01-01). */
    static final long WINDOW_START = 1_704_067_200_000L;
    static final long WINDOW_END = 1_767_225_600_000L;

    /** A GET of one job by id, with the fixture token. */
    static MappingBuilder jobRequest() {
        return get(urlPathMatching("/v3/" + PROJECT + "/jobs/[^/]+")).withHeader(TOKEN_HEADER, equalTo(TOKEN))
                .atPriority(1);
    }

    /** A job answer naming the asked-for job id (from the path) with this status. */
    static ResponseDefinitionBuilder job(String status) {
        return aResponse().withStatus(200).withHeader("Content-Type", JSON_UTF8).withTransformers("response-template")
                .withBody("{\"job\":{\"id\":\"{{request.pathSegments.[3]}}\",\"name\":\"loadMetadata\",\"status\":\""
                        + status + "\",\"created_time\":\"2026-01-01T00:00:00+0000\",\"end_time\":\"\",\"process\":\"\","
                        + "\"instance\":{\"id\":\"" + TARGET + "\",\"name\":\"t\"}}}");
    }

    /** The restore jobs of the mock: how long they run, how they end. */
    static MockJobs jobs(WireMockServer server) {
        return MockJobs.of(server);
    }

    // ---- answers --------------------------------------------------------------------------------------------

    /** An answer with this status and JSON text (single-quoted), declared application/json;charset=UTF-8. */
    static ResponseDefinitionBuilder answer(int status, String singleQuotedJson) {
        return aResponse().withStatus(status).withHeader("Content-Type", JSON_UTF8).withBody(json(singleQuotedJson));
    }

    /** A documented error body with this status. */
    static ResponseDefinitionBuilder error(int status) {
        return answer(status, "{'error_code':'DBS.280001','error_msg':'Parameter error.'}");
    }

    /** 202 with a job_id made from this template (WireMock response templating), e.g. a fresh one per answer. */
    static ResponseDefinitionBuilder accepted(String bodyTemplate) {
        return aResponse().withStatus(202).withHeader("Content-Type", JSON_UTF8).withBody(bodyTemplate)
                .withTransformers("response-template");
    }

    /** 202 with a fresh 32-hex-digit job_id, as the reference mock answers. */
    static ResponseDefinitionBuilder accepted() {
        return accepted(NEW_JOB_ID);
    }

    /**
     * Re-adds every reference stub whose answer matches {@code which}, with the same request match and priority
     * and a changed answer. Added later at the same priority, the copy wins over the reference stub.
     */
    static void changeAnswers(WireMockServer server, Predicate<ResponseDefinition> which,
                              Function<ResponseDefinition, ResponseDefinitionBuilder> change) {
        for (StubMapping reference : server.getStubMappings()) {
            if (which.test(reference.getResponse())) {
                StubMapping copy = new StubMapping(reference.getRequest(),
                        change.apply(reference.getResponse()).build());
                copy.setPriority(reference.getPriority());
                server.addStubMapping(copy);
            }
        }
    }

    /** The same answer, with its Content-Type replaced by this one. */
    static ResponseDefinitionBuilder withContentType(ResponseDefinition answer, String contentType) {
        List<HttpHeader> others = answer.getHeaders() == null ? List.of() : answer.getHeaders().all().stream()
                .filter(h -> !h.keyEquals("Content-Type")).toList();
        return ResponseDefinitionBuilder.like(answer)
                .withHeaders(new HttpHeaders(others).plus(new HttpHeader("Content-Type", contentType)));
    }

    /** The body of an answer as text, whether its stub gives {@code body} or {@code jsonBody}. */
    static String bodyText(ResponseDefinition answer) {
        if (answer.getBody() != null) {
            return answer.getBody();
        }
        // The job API's answers are made by the mock's extension from its state: their stubs carry no body.
        return answer.getJsonBody() != null ? answer.getJsonBody().toString() : "";
    }

    static Predicate<ResponseDefinition> status(int status) {
        return answer -> answer.getStatus() == status;
    }

    /**
     * A target that its first restore uses up, as on a real DDM (a metadata restore needs a new instance): the
     * first restore from the backup or to the restore time is accepted, every later one refused with 400 and an
     * error body. {@code listedUnavailable}: restorable-instances then lists the target as not available, as a
     * consistent endpoint does; otherwise it still lists it as available.
     */
    static void targetUsedUpByItsFirstRestore(WireMockServer server, boolean listedUnavailable) {
        for (Supplier<MappingBuilder> restore : List.<Supplier<MappingBuilder>>of(Stubs::backupRestore,
                Stubs::timeRestore)) {
            server.stubFor(restore.get().inScenario(USED_TARGET).whenScenarioStateIs(Scenario.STARTED)
                    .willSetStateTo(USED).willReturn(accepted()));
            server.stubFor(restore.get().inScenario(USED_TARGET).whenScenarioStateIs(USED).willReturn(answer(400,
                    "{'error_code':'DBS.300372','error_msg':'The target must be a new instance.'}")));
        }
        if (listedUnavailable) {
            server.stubFor(get(urlPathEqualTo("/v3/" + PROJECT + "/instances/" + INSTANCE
                    + "/backups/restorable-instances")).inScenario(USED_TARGET).whenScenarioStateIs(USED)
                    .atPriority(1).willReturn(answer(200, "{'instances':[{'instance_id':'" + TARGET + "',"
                            + "'instance_name':'ddm-restore-target','status':'normal','available':false,"
                            + "'unavailable_reason':'a metadata restore has completed on it'}],"
                            + "'offset':0,'limit':10,'total':1}")));
        }
    }

    private static final String USED_TARGET = "target used up";
    private static final String USED = "used";

    static Predicate<ResponseDefinition> every() {
        return answer -> true;
    }
}
