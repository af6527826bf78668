package org.ddmconformance.selftest;

import static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder.like;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static org.ddmconformance.selftest.Stubs.DELETED_BACKUP;
import static org.ddmconformance.selftest.Stubs.RESOURCE;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.ddmconformance.selftest.Stubs.BACKUP;
import static org.ddmconformance.selftest.Stubs.NODES;
import static org.ddmconformance.selftest.Stubs.TARGET;
import static org.ddmconformance.selftest.Stubs.WINDOW_END;
import static org.ddmconformance.selftest.Stubs.accepted;
import static org.ddmconformance.selftest.Stubs.sourceField;
import static org.ddmconformance.selftest.Stubs.sourceIs;
import static org.ddmconformance.selftest.Stubs.targetField;
import static org.ddmconformance.selftest.Stubs.targetIs;
import static org.ddmconformance.selftest.Stubs.targetUsedUpByItsFirstRestore;
import static org.ddmconformance.selftest.Stubs.validPost;
import static org.ddmconformance.selftest.Stubs.validPostWhere;
import static org.ddmconformance.selftest.Stubs.answer;
import static org.ddmconformance.selftest.Stubs.backupRestore;
import static org.ddmconformance.selftest.Stubs.bodyText;
import static org.ddmconformance.selftest.Stubs.changeAnswers;
import static org.ddmconformance.selftest.Stubs.error;
import static org.ddmconformance.selftest.Stubs.every;
import static org.ddmconformance.selftest.Stubs.job;
import static org.ddmconformance.selftest.Stubs.jobRequest;
import static org.ddmconformance.selftest.Stubs.jobs;
import static org.ddmconformance.selftest.Stubs.method;
import static org.ddmconformance.selftest.Stubs.json;
import static org.ddmconformance.selftest.Stubs.noToken;
import static org.ddmconformance.selftest.Stubs.status;
import static org.ddmconformance.selftest.Stubs.timeRestore;
import static org.ddmconformance.selftest.Stubs.withContentType;
import static org.ddmconformance.selftest.Variant.conformant;
import static org.ddmconformance.selftest.Variant.conformantInTheMock;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.matching.MatchResult;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.util.List;
import java.util.Map;
import org.ddmconformance.mock.EmbeddedMock;
import org.ddmconformance.restore.Times;

/**
 * Mocks that differ from the reference only in freedoms the contract allows: the suite must find every one
 * CONFORMANT. A failure here is a false alarm: the suite punishes a server it should accept.
 */
final class ConformantVariants {

    private static final String EXTRA_FIELDS = json("{'request_id':'req-42','details':{'retryable':false},'links':[],");

    /** The first restore from the backup is throttled (429, Retry-After: 0): the suite retries, notes it, passes. */
    static final Variant THROTTLED_ONCE = conformant("throttled once with 429 and Retry-After", s -> s.stubFor(
            backupRestore().inScenario("throttle").whenScenarioStateIs(Scenario.STARTED).willSetStateTo("served")
                    .willReturn(answer(429, "{'error_code':'APIGW.0308','error_msg':'Too many requests.'}")
                            .withHeader("Retry-After", "0"))));

    /**
     * The end of the window advances between the suite's reading and its request arriving (a real DDM's end is the
     * latest restorable time): a time "just after" the window read is accepted, and the window read after says why.
     */
    static final Variant WINDOW_MOVES = conformant("the window end advances while a request is on its way", s -> {
        s.stubFor(sourceField("restore_time", "{'type':'number','minimum':" + WINDOW_END + ",'maximum':"
                + (WINDOW_END + 3_600_000) + "}").inScenario("window").willSetStateTo("moved")
                .willReturn(accepted()));
        s.stubFor(get(urlPathMatching(".*/backups/restorable-time-interval")).atPriority(1).inScenario("window")
                .whenScenarioStateIs("moved").willReturn(answer(200, "{'restorable_time_intervals':[{'start_time':"
                        + "'2024-01-01T00:00:00+0000','end_time':'" + Times.format(WINDOW_END + 86_400_000)
                        + "'}],'offset':0,'limit':10,'total':1}")));
    });

    /** Serves this API alone: the job API's path is unknown, answered the framework's own 404 (conformant only when declared). */
    static final Variant NO_JOB_API = conformant("no job API: its path answered a framework's 404", s -> s.stubFor(
            get(urlPathMatching(".*/jobs(/.*)?")).atPriority(1).willReturn(aResponse().withStatus(404)
                    .withHeader("Content-Type", "text/html").withBody("<html><body>Not Found</body></html>"))));

    static final String FAIL_REASON = "The target data nodes have not been restored to the point in time.";

    /** Every restore job ends Failed with a reason: reported, but no failure of the restore API's contract. */
    static final Variant JOBS_FAIL = conformant("restore jobs end Failed", s -> jobs(s).endAs("Failed", FAIL_REASON));

    /** The job API says Running for ever: RM-JOB-002 (SHOULD) fails within a 1 s job timeout. */
    static final Variant JOBS_NEVER_END = conformant("restore jobs never end", s -> s.stubFor(jobRequest()
            .willReturn(job("Running")))).withSettings(Map.of("ddm.job-timeout-s", "1"));

    /**
     * Every refusal past the gateway is 400 DBS.280001, as the document's examples give it: conformant, but the
     * forms compared by refusal with a body the endpoint cannot read are then undecided (skipped, with the reason).
     */
    static final Variant GENERIC_REFUSALS = conformant("every refusal past the gateway 400 Parameter error",
            s -> changeAnswers(s, a -> a.getStatus() == 404 || a.getStatus() == 403, a -> error(400)));

    private ConformantVariants() {
    }

    static List<Variant> all() {
        return List.of(
                conformant("the reference mock unchanged", s -> { }), // the baseline
                conformant("extra fields in every body", s -> changeAnswers(s, every(),
                        a -> like(a).withBody(bodyText(a).replaceFirst("^\\s*\\{", EXTRA_FIELDS)))), // schemas are open
                conformant("Content-Type application/json without charset", s -> changeAnswers(s, every(),
                        a -> withContentType(a, "application/json"))), // parameters are optional
                conformant("Content-Type with other parameters and case", s -> changeAnswers(s, every(),
                        a -> withContentType(a, "Application/JSON; charset=utf-8; profile=\"ddm-v3\""))), // RFC 9110
                conformant("extra response headers", s -> changeAnswers(s, every(), a -> like(a)
                        .withHeader("X-Request-Id", "4b1f0c52-9d2e-4f61-8a7b-3c5d6e7f8a9b")
                        .withHeader("Cache-Control", "no-store")
                        .withHeader("Strict-Transport-Security", "max-age=31536000"))), // headers are free
                conformant("unknown ids answered 400, as the document lists", s -> changeAnswers(s, status(404),
                        a -> like(a).withStatus(400))), // RM-ID-* allow 400 or 404
                conformant("other error codes and Chinese messages", s -> changeAnswers(s, a -> a.getStatus() >= 400,
                        a -> like(a).withBody("{\"error_code\":\"DDM." + a.getStatus() + "1\","
                                + "\"error_msg\":\"请求无效，请检查参数。\"}"))), // error texts are not pinned
                conformant("job_id is a UUID with dashes", s -> acceptWith(s,
                        "{\"job_id\": \"{{randomValue type='UUID'}}\"}")), // any non-empty string
                conformant("job_id is job- and digits", s -> acceptWith(s,
                        "{\"job_id\": \"job-{{randomValue length=20 type='NUMERIC'}}\"}")), // any non-empty string
                conformant("both backup_id and restore_time rejected with 400", s -> s.stubFor(sourceIs(
                        "{'required':['backup_id','restore_time']}").willReturn(error(400)))), // RM-INFO-001: either
                conformant("a chunked body refused with 411 Length Required", s -> s.stubFor(validPost()
                        .withHeader("Transfer-Encoding", containing("chunked")).willReturn(answer(411,
                                "{'error_code':'APIGW.0411','error_msg':'Length required.'}")))), // RFC 9112 6.3
                GENERIC_REFUSALS,
                conformant("slow answers", s -> { // 150 ms on the accepted answers and the missing-token 401
                    s.stubFor(backupRestore().willReturn(accepted().withFixedDelay(150)));
                    s.stubFor(timeRestore().willReturn(accepted().withFixedDelay(150)));
                    s.stubFor(noToken().willReturn(
                            answer(401, "{'error_code':'APIGW.0301','error_msg':'no token'}").withFixedDelay(150)));
                }),
                conformant("errors other than 400 and 500 in OTC's pair errCode/externalMessage", s -> changeAnswers(s,
                        a -> a.getStatus() > 400 && a.getStatus() < 500, a -> like(a).withBody(json("{'errCode':"
                                + "'APIGW.0" + a.getStatus() + "','externalMessage':'Refused.'}")))), // documented pair
                conformant("GET answered as Querying Details About a Backup answers an unknown one", s -> s.stubFor(
                        method("GET").willReturn(answer(400, "{'error_code':'DBS.300350','error_msg':"
                                + "'The backup does not exist.'}")))), // GET .../backups/{backup_id}
                conformant("other methods answered 404", s -> changeAnswers(s, status(405),
                        a -> error(404))), // RM-HTTP-001 allows 404; RM-HTTP-003 is then not applicable
                conformant("a foreign project answered 401 by the gateway", s -> changeAnswers(s, status(403),
                        a -> answer(401, "{'error_code':'APIGW.0302','error_msg':'Wrong project.'}"))), // any 4xx
                conformant("a byte order mark before every JSON body", s -> changeAnswers(s, every(),
                        a -> like(a).withBody("\uFEFF" + bodyText(a)))), // RFC 8259 lets parsers ignore it
                conformant("error answers declared application/problem+json", s -> changeAnswers(s,
                        a -> a.getStatus() >= 400, a -> withContentType(a, "application/problem+json"))), // RFC 6839
                conformant("other methods answered 405 as problem+json, Allow on two lines", s -> changeAnswers(s,
                        status(405), a -> aResponse().withStatus(405)
                                .withHeader("Content-Type", "application/problem+json")
                                .withHeader("Allow", "OPTIONS", "POST")
                                .withBody(json("{'type':'about:blank','title':'Method Not Allowed','status':405}")))),
                conformant("an identical repeated request gets the job it already started", s -> s.stubFor(
                        backupRestore().willReturn(answer(202, "{'job_id':'job-of-this-backup-restore'}")))),
                THROTTLED_ONCE,
                conformant("duplicate member names and unpaired surrogates refused with 400", s -> s.stubFor(validPost()
                        .withRequestBody(matching("(?s).*(\"source\"\\s*:.*\"source\"\\s*:|\\\\ud800).*"))
                        .willReturn(error(400)))), // RM-EXPLORE-009: RFC 8259 leaves both to the receiver
                conformant("another spelling of the path redirected to the canonical one", s -> s.stubFor(
                        post(urlPathEqualTo(RESOURCE + "/")).atPriority(1).willReturn(aResponse().withStatus(308)
                                .withHeader("Location", RESOURCE)))), // RM-EXPLORE-012: never a success
                WINDOW_MOVES,
                conformant("a target its first restore uses up, then listed not available", s ->
                        targetUsedUpByItsFirstRestore(s, true)), // later restores to it are inconclusive
                conformant("a busy target refused with 409 Conflict", s -> jobs(s)
                        .busyTargetStatus(409)), // RM-ACC-004 allows 400, 404 or 409
                conformant("a backup that is not usable refused with 409 Conflict", s -> s.stubFor(sourceField(
                        "backup_id", "{'const':'" + DELETED_BACKUP + "'}").willReturn(answer(409,
                        "{'error_code':'DBS.280109','error_msg':'The backup is not usable.'}")))), // RM-ID-005

                // ---- explore ----
                conformant("strict: refuses a fractional time, repeated nodes, unknown members, no Content-Type", s -> {
                    s.stubFor(sourceField("restore_time", "{'type':'number','not':{'multipleOf':1}}")
                            .willReturn(error(400)));
                    s.stubFor(targetField("data_nodes", "{'type':'array','not':{'uniqueItems':true}}")
                            .willReturn(error(400)));
                    s.stubFor(validPostWhere("{'type':'object','not':{'propertyNames':{'enum':['source','target']}}}")
                            .willReturn(error(400)));
                    s.stubFor(sourceIs("{'not':{'propertyNames':{'enum':['backup_id','restore_time']}}}")
                            .willReturn(error(400)));
                    s.stubFor(targetIs("{'not':{'propertyNames':{'enum':['instance_id','data_nodes']}}}")
                            .willReturn(error(400)));
                    s.stubFor(validPost().withHeader("Content-Type", absent()).willReturn(error(415)));
                    s.stubFor(validPost().withHeader("Content-Type", containing("x-www-form-urlencoded"))
                            .willReturn(error(415))); // RM-HTTP-010: 415 for another media type
                }),
                conformant("lenient: trims ids, floors a fractional time, caps bodies at 64 KiB with 413", s -> {
                    s.stubFor(sourceField("backup_id", "{'const':' " + BACKUP + " '}").willReturn(accepted()));
                    s.stubFor(targetField("instance_id", "{'const':' " + TARGET + " '}").willReturn(accepted()));
                    s.stubFor(targetField("data_nodes", "{'type':'array','contains':{'const':' " + NODES.get(0)
                            + " '}}").willReturn(accepted()));
                    s.stubFor(any(urlPathMatching("/v3/.*")).andMatching(r -> MatchResult.of(r.getBody().length > 65_536))
                            .atPriority(1).willReturn(answer(413, "{'error_code':'APIGW.0413','error_msg':'Too large.'}")));
                }),
                // A lenient decoder (Node's, WHATWG's): the id then names nothing and gets the unknown id's 404.
                conformantInTheMock("bytes that are not UTF-8 read as U+FFFD, so the id names nothing",
                        EmbeddedMock::readBytesThatAreNotUtf8AsReplacements, s -> { }),
                conformant("a path segment over 100 characters refused with 414 and no body (Fastify's limit)",
                        s -> s.stubFor(any(urlPathMatching("/v3/([^/]{101,}/.*|[^/]+/instances/[^/]{101,}/.*)"))
                                .atPriority(1).willReturn(aResponse().withStatus(414)))), // RFC 9110 15.5.15
                // ---- jobs and lifecycle ----
                conformant("a target that refuses a restore while its job runs (300 ms jobs)",
                        s -> jobs(s).durationMs(300)), // the reference refuses; the suite waits for each job
                conformant("slow jobs (800 ms, several polls)", s -> jobs(s).durationMs(800)),
                conformant("a window known only through discovery", s -> { }).withSettings(Map.of(
                        "ddm.backup-id", "", "ddm.restore-time", "", "ddm.target-instance-id", "",
                        "ddm.target-data-nodes", "")), // only project, instance and token given
                conformant("job ids in upper case with dashes", s -> acceptWith(s,
                        "{\"job_id\": \"{{upper (randomValue type='UUID')}}\"}")) // the job API shows them as it likes
        );
    }

    /** Every accepted restore (backup, restore time) answered 202 with this body template. */
    private static void acceptWith(WireMockServer server, String bodyTemplate) {
        server.stubFor(backupRestore().willReturn(accepted(bodyTemplate)));
        server.stubFor(timeRestore().willReturn(accepted(bodyTemplate)));
    }
}
