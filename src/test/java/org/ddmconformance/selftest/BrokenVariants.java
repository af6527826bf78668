package org.ddmconformance.selftest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.ddmconformance.selftest.Stubs.DELETED_BACKUP;
import static org.ddmconformance.selftest.Stubs.INSTANCE;
import static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder.like;
import static org.ddmconformance.selftest.Stubs.bodyText;
import static org.ddmconformance.selftest.Variant.brokenInTheMock;
import static org.ddmconformance.selftest.Stubs.JSON_UTF8;
import static org.ddmconformance.selftest.Stubs.RESOURCE;
import static org.ddmconformance.selftest.Stubs.TOKEN;
import static org.ddmconformance.selftest.Stubs.TOKEN_HEADER;
import static org.ddmconformance.selftest.Stubs.validPost;
import static org.ddmconformance.selftest.Stubs.validPostWhere;
import static org.ddmconformance.selftest.Stubs.NEW_JOB_ID;
import static org.ddmconformance.selftest.Stubs.accepted;
import static org.ddmconformance.selftest.Stubs.answer;
import static org.ddmconformance.selftest.Stubs.backupRestore;
import static org.ddmconformance.selftest.Stubs.bodyWithout;
import static org.ddmconformance.selftest.Stubs.changeAnswers;
import static org.ddmconformance.selftest.Stubs.error;
import static org.ddmconformance.selftest.Stubs.WINDOW_END;
import static org.ddmconformance.selftest.Stubs.WINDOW_START;
import static org.ddmconformance.selftest.Stubs.foreignProject;
import static org.ddmconformance.selftest.Stubs.job;
import static org.ddmconformance.selftest.Stubs.jobRequest;
import static org.ddmconformance.selftest.Stubs.invalidToken;
import static org.ddmconformance.selftest.Stubs.jsonArray;
import static org.ddmconformance.selftest.Stubs.method;
import static org.ddmconformance.selftest.Stubs.noToken;
import static org.ddmconformance.selftest.Stubs.notJson;
import static org.ddmconformance.selftest.Stubs.sourceField;
import static org.ddmconformance.selftest.Stubs.sourceIs;
import static org.ddmconformance.selftest.Stubs.status;
import static org.ddmconformance.selftest.Stubs.targetField;
import static org.ddmconformance.selftest.Stubs.targetUsedUpByItsFirstRestore;
import static org.ddmconformance.selftest.Stubs.targetWithout;
import static org.ddmconformance.selftest.Stubs.timeRestore;
import static org.ddmconformance.selftest.Stubs.jobs;
import static org.ddmconformance.selftest.Stubs.unknownBackup;
import static org.ddmconformance.selftest.Stubs.unknownDataNode;
import static org.ddmconformance.selftest.Stubs.unknownSourceInstance;
import static org.ddmconformance.selftest.Stubs.unknownTarget;
import static org.ddmconformance.selftest.Stubs.withContentType;
import static org.ddmconformance.selftest.Stubs.json;
import static org.ddmconformance.selftest.Variant.broken;
import static org.ddmconformance.selftest.Variant.brokenOnTheWire;

import com.github.tomakehurst.wiremock.matching.MatchResult;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.ddmconformance.mock.EmbeddedMock;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Mocks that each break exactly one rule of the contract: the suite must find every one NOT CONFORMANT, with
 * the broken requirement among the failed MUST requirements. Every MUST requirement has at least one.
 * Each changes the answer to one kind of request only (see {@link Stubs}); the rest is the reference mock.
 */
final class BrokenVariants {

    /** The target the reference mock's restorable-instances lists with available=false. */
    private static final String BUSY_TARGET = "3b65c609427c4b20bc0ae93e161dc7adin09";
    /** The data node the mock's restorable-data-node lists as not available (another VPC). */
    private static final String UNAVAILABLE_NODE = "5d6e7f8091a24b3c8d4e5f60718293a4in01";
    private static final String SAME_JOB = "{'job_id':'09902ee7866649b8908ec209bfee2747'}";

    private BrokenVariants() {
    }

    static List<Variant> all() {
        return List.of(
                // ---- accepted restores ----
                broken("RM-ACC-002", "later restores refused while the target is still listed available", s ->
                        targetUsedUpByItsFirstRestore(s, false)), // restorable-instances says it can take them
                broken("RM-ACC-001", "202 job_id is a number", s -> s.stubFor(backupRestore()
                        .willReturn(answer(202, "{'job_id':9902}")))), // the document says String
                broken("RM-ACC-001", "202 body has no job_id", s -> s.stubFor(backupRestore()
                        .willReturn(answer(202, "{'task_id':'09902ee7866649b8908ec209bfee2747'}")))), // renamed
                broken("RM-ACC-001", "202 job_id is empty", s -> s.stubFor(backupRestore()
                        .willReturn(answer(202, "{'job_id':''}")))), // nothing to follow
                broken("RM-ACC-001", "restore from backup answered 200", s -> s.stubFor(backupRestore()
                        .willReturn(accepted().withStatus(200)))), // the document says 202
                broken("RM-ACC-002", "restore to a point in time rejected with 400", s -> s.stubFor(timeRestore()
                        .willReturn(error(400)))), // a valid restore_time refused
                broken("RM-ACC-002", "point-in-time 202 job_id is a number", s -> s.stubFor(timeRestore()
                        .willReturn(answer(202, "{'job_id':9902}")))), // the document says String
                broken("RM-ACC-003", "every restore gets the same job_id", s -> {
                    s.stubFor(backupRestore().willReturn(answer(202, SAME_JOB)));
                    s.stubFor(timeRestore().willReturn(answer(202, SAME_JOB)));
                }), // one task id for two tasks
                broken("RM-ACC-004", "a target whose restore job runs takes another restore", s -> jobs(s)
                        .busyTargetStatus(0).durationMs(300)), // the target's running task never checked

                // ---- request body validation: each accepts or mis-answers one broken body ----
                broken("RM-BODY-001", "a body that is not JSON answered 500", s -> s.stubFor(notJson()
                        .willReturn(error(500)))), // a parser crash instead of 400
                broken("RM-BODY-002", "a JSON array body accepted", s -> s.stubFor(jsonArray()
                        .willReturn(accepted()))), // its first item taken as the request
                broken("RM-BODY-003", "a body without source accepted", s -> s.stubFor(bodyWithout("source")
                        .willReturn(accepted()))), // source is mandatory
                broken("RM-BODY-004", "a body without target answered 500", s -> s.stubFor(bodyWithout("target")
                        .willReturn(error(500)))), // a missing target dereferenced
                broken("RM-BODY-005", "a source with neither backup nor time accepted", s -> s.stubFor(
                        sourceIs("{'maxProperties':0}").willReturn(accepted()))), // one of the two is needed
                broken("RM-BODY-006", "an empty backup_id accepted", s -> s.stubFor(
                        sourceField("backup_id", "{'const':''}").willReturn(accepted()))), // names no backup
                broken("RM-BODY-007", "a numeric backup_id answered 404", s -> s.stubFor(
                        sourceField("backup_id", "{'type':'number'}").willReturn(error(404)))), // a type error is 400
                broken("RM-BODY-008", "a numeric-string restore_time accepted", s -> s.stubFor(
                        sourceField("restore_time", "{'type':'string'}").willReturn(accepted()))), // lenient parsing
                broken("RM-BODY-008", "a boolean restore_time accepted, numeric string rejected", s -> s.stubFor(
                        sourceField("restore_time", "{'type':'boolean'}").willReturn(accepted()))), // one sub-case
                broken("RM-BODY-009", "restore_time 0 accepted", s -> s.stubFor(
                        sourceField("restore_time", "{'const':0}").willReturn(accepted()))), // only the zero sub-case
                broken("RM-BODY-009", "restore_time far in the future accepted", s -> s.stubFor(
                        sourceField("restore_time", "{'type':'number','minimum':4102444800000}")
                                .willReturn(accepted()))), // only the future sub-case (after 2100)
                broken("RM-BODY-009", "restore_time tomorrow accepted", s -> s.stubFor(
                        sourceField("restore_time", "{'type':'number','minimum':" + System.currentTimeMillis()
                                + ",'maximum':" + (System.currentTimeMillis() + 30L * 86_400_000) + "}")
                                .willReturn(accepted()))), // only the near future: the next 30 days
                broken("RM-BODY-009", "restore_time in 1970 accepted", s -> s.stubFor(
                        sourceField("restore_time", "{'type':'number','exclusiveMinimum':0,'maximum':86400000}")
                                .willReturn(accepted()))), // the first day of the epoch, when no instance existed
                broken("RM-BODY-009", "restore_time in seconds accepted", s -> s.stubFor(
                        sourceField("restore_time", "{'type':'number','minimum':1000000000,'maximum':100000000000}")
                                .willReturn(accepted()))), // read as seconds: 2001 to 5138, in milliseconds 1970
                broken("RM-BODY-009", "a negative restore_time answered 500", s -> s.stubFor(
                        sourceField("restore_time", "{'type':'number','exclusiveMaximum':0}")
                                .willReturn(error(500)))), // a crash instead of 400
                broken("RM-BODY-010", "a target without instance_id answered 500", s -> s.stubFor(
                        targetWithout("instance_id").willReturn(error(500)))), // a missing id dereferenced
                broken("RM-BODY-010", "a target without instance_id answered 400 with no body", s -> s.stubFor(
                        targetWithout("instance_id").willReturn(aResponse().withStatus(400)
                                .withHeader("Content-Type", JSON_UTF8)))), // the error body is missing
                broken("RM-BODY-011", "a target without data_nodes accepted", s -> s.stubFor(
                        targetWithout("data_nodes").willReturn(accepted()))), // taken as "all nodes"
                broken("RM-BODY-012", "a data_nodes string accepted", s -> s.stubFor(
                        targetField("data_nodes", "{'type':'string'}").willReturn(accepted()))), // lenient: one node
                broken("RM-BODY-013", "an empty data_nodes accepted", s -> s.stubFor(
                        targetField("data_nodes", "{'type':'array','maxItems':0}")
                                .willReturn(accepted()))), // no node to restore to
                broken("RM-BODY-013", "an empty data_nodes rejected with OTC's pair instead", s -> s.stubFor(
                        targetField("data_nodes", "{'type':'array','maxItems':0}").willReturn(answer(400,
                                "{'errCode':'DBS.280001','externalMessage':'Invalid data nodes.'}")))), // 400 is pinned
                broken("RM-BODY-013", "an empty data_nodes rejected without error_msg", s -> s.stubFor(
                        targetField("data_nodes", "{'type':'array','maxItems':0}")
                                .willReturn(answer(400, "{'error_code':'DBS.280001'}")))), // error body incomplete
                broken("RM-BODY-014", "a numeric data node accepted", s -> s.stubFor(
                        targetField("data_nodes", "{'type':'array','contains':{'type':'number'}}")
                                .willReturn(accepted()))), // items never type-checked

                // ---- unknown identifiers ----
                broken("RM-ID-001", "an unknown source instance answered 500", s -> s.stubFor(
                        unknownSourceInstance().willReturn(error(500)))), // the failed lookup escapes as a crash
                broken("RM-ID-002", "an unknown backup answered 500", s -> s.stubFor(unknownBackup()
                        .willReturn(error(500)))), // the failed lookup escapes as a crash
                broken("RM-ID-002", "an unknown backup accepted", s -> s.stubFor(unknownBackup()
                        .willReturn(accepted()))), // the backup is never looked up
                broken("RM-ID-002", "an unknown backup answered with a numeric error_code", s -> s.stubFor(
                        unknownBackup().willReturn(answer(404, "{'error_code':280108,'error_msg':'No backup.'}")))),
                broken("RM-ID-003", "an unknown target instance accepted", s -> s.stubFor(unknownTarget()
                        .willReturn(accepted()))), // the target is never looked up
                broken("RM-ID-004", "an unknown data node accepted", s -> s.stubFor(unknownDataNode()
                        .willReturn(accepted()))), // nodes are never looked up
                broken("RM-ID-004", "an empty data node accepted", s -> s.stubFor(targetField("data_nodes",
                        "{'type':'array','contains':{'const':''}}").willReturn(accepted()))), // "" is skipped, not refused
                broken("RM-ID-005", "a deleted backup accepted", s -> s.stubFor(sourceField("backup_id",
                        "{'const':'" + DELETED_BACKUP + "'}").willReturn(accepted()))), // status never checked
                broken("RM-ID-006", "a target listed as not available accepted", s -> s.stubFor(targetField(
                        "instance_id", "{'const':'" + BUSY_TARGET + "'}").willReturn(accepted()))), // never looked up
                broken("RM-ID-007", "the source instance accepted as its own target", s -> s.stubFor(targetField(
                        "instance_id", "{'const':'" + INSTANCE + "'}").willReturn(accepted()))), // only existence checked
                broken("RM-ID-008", "a data node listed as not available accepted", s -> s.stubFor(targetField(
                        "data_nodes", "{'type':'array','contains':{'const':'" + UNAVAILABLE_NODE + "'}}")
                        .willReturn(accepted()))), // availability never looked up

                // ---- authentication ----
                broken("RM-AUTH-001", "a missing token answered 403", s -> s.stubFor(noToken()
                        .willReturn(error(403)))), // the gateway answers 401
                broken("RM-AUTH-001", "a missing token accepted", s -> s.stubFor(noToken()
                        .willReturn(accepted()))), // no authentication at all
                broken("RM-AUTH-002", "an invalid token accepted", s -> s.stubFor(invalidToken()
                        .willReturn(accepted()))), // the token is never checked
                broken("RM-AUTH-002", "an invalid token answered 403", s -> s.stubFor(invalidToken()
                        .willReturn(error(403)))), // the gateway answers 401
                broken("RM-AUTH-003", "a foreign project accepted", s -> s.stubFor(foreignProject()
                        .willReturn(accepted()))), // the token's project is never compared
                broken("RM-AUTH-003", "a foreign project answered 500", s -> s.stubFor(foreignProject()
                        .willReturn(error(500)))), // a crash instead of a 4xx

                // ---- HTTP semantics ----
                broken("RM-HTTP-001", "GET answered 200", s -> s.stubFor(method("GET")
                        .willReturn(answer(200, SAME_JOB)))), // GET handled like POST
                broken("RM-HTTP-001", "PATCH answered 400", s -> s.stubFor(method("PATCH")
                        .willReturn(error(400)))), // handled as a bad POST
                broken("RM-HTTP-001", "GET answered 400 without an error body", s -> s.stubFor(method("GET")
                        .willReturn(aResponse().withStatus(400).withHeader("Content-Type", JSON_UTF8)
                                .withBody("{}")))), // not how an unknown backup is answered either
                broken("RM-HTTP-002", "400 answers declared text/plain", s -> changeAnswers(s, status(400),
                        a -> withContentType(a, "text/plain;charset=UTF-8"))), // JSON body, wrong media type
                broken("RM-HTTP-002", "202 answers without Content-Type", s -> s.stubFor(backupRestore()
                        .willReturn(aResponse().withStatus(202).withBody(NEW_JOB_ID)
                                .withTransformers("response-template")))), // no media type at all
                broken("RM-HTTP-002", "202 answers declared application/problem+json", s -> changeAnswers(s,
                        status(202), a -> withContentType(a, "application/problem+json"))), // a success is no problem
                broken("RM-HTTP-002", "401 answers declared text/html", s -> changeAnswers(s, status(401),
                        a -> withContentType(a, "text/html"))), // a gateway page type on a JSON body
                broken("RM-HTTP-002", "405 answers declared text/plain", s -> changeAnswers(s, status(405),
                        a -> withContentType(a, "text/plain"))), // the 405 carries a JSON error body too

                // ---- explore ----
                broken("RM-ROBUST-001", "both backup_id and restore_time answered 500", s -> s.stubFor(sourceIs(
                        "{'required':['backup_id','restore_time']}")
                        .willReturn(error(500)))), // an INFO scenario, yet a crash
                broken("RM-ROBUST-001", "an escape that is not UTF-8 in the query answered 500", s -> s.stubFor(
                        validPost().withQueryParam("marker", matching(".*")).willReturn(error(500)))), // decoder crash
                broken("RM-EXPLORE-001", "a null data node answered 500", s -> s.stubFor(targetField("data_nodes",
                        "{'type':'array','contains':{'type':'null'}}").willReturn(error(500)))), // null dereferenced
                broken("RM-EXPLORE-001", "a numeric target instance_id accepted", s -> s.stubFor(targetField(
                        "instance_id", "{'type':'number'}").willReturn(accepted()))), // number taken as an id
                broken("RM-EXPLORE-001", "a source given as a JSON string accepted", s -> s.stubFor(validPostWhere(
                        "{'required':['source'],'properties':{'source':{'type':'string'}}}").willReturn(accepted()))),
                broken("RM-EXPLORE-002", "a target without instance_id answered 404", s -> s.stubFor(
                        targetWithout("instance_id").willReturn(error(404)))), // looked up as "no such instance"
                broken("RM-EXPLORE-003", "a 4096-character backup_id answered 500", s -> s.stubFor(sourceField(
                        "backup_id", "{'type':'string','minLength':1000}").willReturn(error(500)))), // buffer overrun
                broken("RM-EXPLORE-003", "a control character in a data node accepted", s -> s.stubFor(targetField(
                        "data_nodes", "{'type':'array','contains':{'type':'string','pattern':'[\\u0000-\\u001f]'}}")
                        .willReturn(accepted()))), // control characters stripped before the lookup
                broken("RM-EXPLORE-004", "a restore_time past 2^53 accepted", s -> s.stubFor(sourceField(
                        "restore_time", "{'type':'number','minimum':9007199254740992}").willReturn(accepted()))),
                broken("RM-EXPLORE-004", "a thousand data nodes answered 500", s -> s.stubFor(targetField(
                        "data_nodes", "{'type':'array','minItems':500}").willReturn(error(500)))), // no limit
                broken("RM-EXPLORE-005", "an empty body answered 500", s -> s.stubFor(validPost()
                        .withRequestBody(matching("(?s)\\s*")).willReturn(error(500)))), // read as no request
                broken("RM-EXPLORE-005", "the JSON null body accepted", s -> s.stubFor(validPost()
                        .withRequestBody(matching("(?s)\\s*null\\s*")).willReturn(accepted()))),
                broken("RM-EXPLORE-006", "restore_time in exponent form refused with 400", s -> s.stubFor(validPost()
                        .withRequestBody(matching("(?s).*\"restore_time\"\\s*:\\s*-?[0-9.]+[eE].*"))
                        .willReturn(error(400)))), // an integer parser
                broken("RM-EXPLORE-006", "members in another order refused with 400", s -> s.stubFor(validPost()
                        .withRequestBody(matching("(?s)\\s*\\{\\s*\"target\".*")).willReturn(error(400)))),
                // (Jetty hands WireMock charset=utf-8 as charset=UTF-8, so a variant cannot tell the two apart)
                broken("RM-HTTP-004", "Content-Type with a charset refused with 415", s -> s.stubFor(validPost()
                        .withHeader("Content-Type", matching("application/json;\\s*charset=.*")).willReturn(error(415)))),
                broken("RM-HTTP-004", "Content-Type with a charset accepted without job_id", s -> s.stubFor(
                        validPost().withHeader("Content-Type", containing("charset"))
                                .willReturn(answer(202, "{'status':'accepted'}")))), // a different code path
                broken("RM-HTTP-005", "a lower-case x-auth-token ignored", s -> s.stubFor(post(urlPathEqualTo(RESOURCE))
                        .andMatching(request -> MatchResult.of(request.getAllHeaderKeys().contains("x-auth-token")))
                        .atPriority(1).willReturn(answer(401, "{'error_code':'APIGW.0301','error_msg':'no token'}")))),
                // On the wire: Jetty (under WireMock) lower-cases the media type before a stub could see it.
                brokenOnTheWire("RM-HTTP-004", "Content-Type compared in letter case, others refused with 415",
                        BrokenVariants::jsonInAnotherLetterCase, 415,
                        json("{'error_code':'APIGW.0415','error_msg':'Unsupported media type.'}")),
                broken("RM-HTTP-004", "a quoted charset value refused with 400", s -> s.stubFor(validPost()
                        .withHeader("Content-Type", containing("charset=\"")).willReturn(error(400)))), // no quotes parsed
                broken("RM-HTTP-007", "a chunked body read as an empty one", s -> s.stubFor(validPost()
                        .withHeader("Transfer-Encoding", containing("chunked")).willReturn(error(400)))),
                brokenOnTheWire("RM-HTTP-008", "whitespace around the token taken as part of it",
                        BrokenVariants::tokenWithWhitespaceAround, 401,
                        json("{'error_code':'APIGW.0301','error_msg':'Incorrect IAM authentication information.'}")),
                brokenOnTheWire("RM-HTTP-009", "a percent-encoded character in the path not decoded",
                        head -> head.substring(0, head.indexOf("\r\n")).matches("POST /v3/[^ ]*%3[0-9A-Fa-f][^ ]* .*"),
                        404, json("{'error_code':'DBS.280011','error_msg':'The DDM instance does not exist.'}")),
                // Express's extended urlencoded parser, koa-bodyparser, Rack: the fields read from the form.
                broken("RM-HTTP-010", "form-encoded fields read as the request", s -> s.stubFor(validPost()
                        .withHeader("Content-Type", containing("x-www-form-urlencoded"))
                        .withRequestBody(containing("target%5Binstance_id%5D=")).willReturn(answer(404,
                                "{'error_code':'DBS.280108','error_msg':'The target instance does not exist.'}")))),
                broken("RM-HTTP-010", "form-encoded fields accepted", s -> s.stubFor(validPost()
                        .withHeader("Content-Type", containing("x-www-form-urlencoded")).willReturn(accepted()))),
                broken("RM-AUTH-002", "a token with its last characters changed accepted", s -> s.stubFor(
                        post(urlPathEqualTo(RESOURCE)).withHeader(TOKEN_HEADER, matching("(?!" + Pattern.quote(TOKEN)
                                + "$)" + Pattern.quote(TOKEN.substring(0, TOKEN.length() - 4)) + ".*"))
                                .atPriority(1).willReturn(accepted()))), // only a prefix compared
                broken("RM-AUTH-002", "the token compared ignoring letter case", s -> s.stubFor(
                        post(urlPathEqualTo(RESOURCE)).withHeader(TOKEN_HEADER, matching("(?!" + Pattern.quote(TOKEN)
                                + "$)(?i:" + Pattern.quote(TOKEN) + ")")).atPriority(1).willReturn(accepted()))),
                broken("RM-AUTH-002", "a token that starts with the real one accepted", s -> s.stubFor(
                        post(urlPathEqualTo(RESOURCE)).withHeader(TOKEN_HEADER, matching(Pattern.quote(TOKEN) + ".+"))
                                .atPriority(1).willReturn(accepted()))), // a startsWith check
                broken("RM-AUTH-002", "the token cut short accepted", s -> s.stubFor(post(urlPathEqualTo(RESOURCE))
                        .withHeader(TOKEN_HEADER, equalTo(TOKEN.substring(0, TOKEN.length() / 2)))
                        .atPriority(1).willReturn(accepted()))), // a startsWith check the wrong way round
                // ---- jobs and lifecycle ----
                broken("RM-JOB-001", "a job unknown to the job API", s -> s.stubFor(jobRequest().willReturn(
                        answer(400, "{'error_code':'DBS.300400','error_msg':'The task is not found.'}")))),
                broken("RM-JOB-001", "a job API answering another job's id", s -> s.stubFor(jobRequest().willReturn(
                        answer(200, "{'job':{'id':'31b8ae23-c687-4d80-b7b4-42a66c9bb886','status':'Completed'}}")))),
                broken("RM-JOB-001", "a job status outside the documented values", s -> s.stubFor(jobRequest()
                        .willReturn(job("SUCCESS")))), // JobInfo: Running, Completed or Failed
                // ---- what the related APIs list as not usable here ----
                broken("RM-ID-009", "another instance's backup accepted", s -> s.stubFor(sourceField("backup_id",
                        "{'const':'9a8b7c6d5e4f40312233445566778899br09'}").willReturn(accepted()))), // 13-backups
                broken("RM-ID-010", "a time between two restorable intervals accepted", s -> s.stubFor(
                        get(urlPathMatching(".*/backups/restorable-time-interval")).atPriority(1).willReturn(answer(200,
                                "{'restorable_time_intervals':[{'start_time':'2024-01-01T00:00:00+0000','end_time':"
                                + "'2025-06-01T00:00:00+0000'},{'start_time':'2025-07-01T00:00:00+0000','end_time':"
                                + "'2026-01-01T00:00:00+0000'}],'offset':0,'limit':10,'total':2}")))), // the 202 stub
                                // accepts any time from the first start to the last end
                broken("RM-ID-011", "a source data node accepted as a target data node", s -> s.stubFor(targetField(
                        "data_nodes", "{'type':'array','contains':{'enum':['41c239a1e9bd4cd2aabd678bab45a886in01',"
                                + "'7edae0250ebc464897bd92b8d3e8b769in01']}}").willReturn(accepted()))), // 15-related-dn
                // ---- beyond the values: the JSON text, runtime names, the path, the answers ----
                broken("RM-HTTP-002", "error bodies in ISO-8859-1", s -> changeAnswers(s, a -> a.getStatus() == 400,
                        a -> withContentType(a, "application/json;charset=ISO-8859-1").withBody(
                                "{\"error_code\":\"DBS.280001\",\"error_msg\":\"Paramètre invalide.\"}"
                                        .getBytes(StandardCharsets.ISO_8859_1)))), // RFC 8259 8.1: UTF-8
                // Not one JSON text: the requirement that judges the body fails (the schema check reads one text).
                broken("RM-ID-001", "error bodies followed by a second JSON value", s -> changeAnswers(s,
                        a -> a.getStatus() == 404, a -> like(a).withBody(bodyText(a) + "\n{}"))),
                brokenInTheMock("RM-EXPLORE-008", "data after the first JSON value ignored",
                        EmbeddedMock::readOnlyTheFirstJsonValue, s -> { }), // a lenient parser's default
                brokenInTheMock("RM-EXPLORE-008", "bytes that are not UTF-8 read as replacement characters",
                        EmbeddedMock::readBytesThatAreNotUtf8AsReplacements, s -> s.stubFor(validPost()
                                .withRequestBody(containing("\uFFFD")).willReturn(accepted()))), // a lenient decoder
                broken("RM-EXPLORE-008", "member names bound ignoring letter case", s -> s.stubFor(validPost()
                        .withRequestBody(matching("(?s).*\"(Source|SOURCE|Target|TARGET|Backup_id|BACKUP_ID"
                                + "|Restore_time|RESTORE_TIME|Instance_id|INSTANCE_ID|Data_nodes|DATA_NODES)\".*"))
                        .willReturn(accepted()))), // a case-insensitive binder
                broken("RM-EXPLORE-010", "__proto__ as an id crashes an object-keyed lookup", s -> s.stubFor(validPost()
                        .withRequestBody(containing("\"__proto__\"")).willReturn(answer(500,
                                "{'error_code':'DBS.500','error_msg':'Cannot read properties of undefined'}")))),
                broken("RM-EXPLORE-010", "an instance named constructor found on the prototype", s -> s.stubFor(
                        post(urlPathMatching(".*/instances/constructor/backups/metadata-recovery"))
                                .atPriority(1).willReturn(accepted()))),
                broken("RM-EXPLORE-011", "a control character in the instance path segment crashes", s -> s.stubFor(
                        post(urlPathMatching(".*/instances/[^/]*(%0[0-9A-Fa-f]|%1[0-9A-Fa-f]|[\\x00-\\x1f])[^/]*"
                                + "/backups/metadata-recovery")).atPriority(1).willReturn(answer(500,
                                "{'error_code':'DBS.500','error_msg':'Internal error.'}")))),
                broken("RM-EXPLORE-012", "a trailing slash skips authentication", s -> s.stubFor(
                        post(urlPathEqualTo(RESOURCE + "/")).atPriority(1).willReturn(accepted()))),
                // On the wire: the mock decodes %2D before a stub could see it.
                brokenOnTheWire("RM-EXPLORE-012", "a percent-encoded spelling skips authentication",
                        head -> head.substring(0, head.indexOf("\r\n")).contains("/metadata%2Drecovery "), 202,
                        json("{'job_id':'b7d1e0c2a9f84d3e8c6b5a4f3e2d1c0b'}")),
                broken("RM-BODY-009", "times just before the window accepted", s -> s.stubFor(sourceField(
                        "restore_time", "{'type':'number','minimum':" + (WINDOW_START - 3_600_000)
                                + ",'exclusiveMaximum':" + WINDOW_START + "}").willReturn(accepted()))),
                broken("RM-BODY-009", "times just after the window accepted", s -> s.stubFor(sourceField(
                        "restore_time", "{'type':'number','minimum':" + WINDOW_END + ",'maximum':"
                                + (WINDOW_END + 3_600_000) + "}").willReturn(accepted())))
        );
    }

    /** The raw head declares JSON with its media type in other than lower case (Application/JSON). */
    private static boolean jsonInAnotherLetterCase(String head) {
        for (String line : head.split("\r\n")) {
            if (line.regionMatches(true, 0, "Content-Type:", 0, "Content-Type:".length())) {
                String value = line.substring("Content-Type:".length()).strip();
                return value.toLowerCase(Locale.ROOT).startsWith("application/json")
                        && !value.startsWith("application/json");
            }
        }
        return false;
    }

    /** The raw head's X-Auth-Token value has whitespace around it beyond the one space after the colon. */
    private static boolean tokenWithWhitespaceAround(String head) {
        for (String line : head.split("\r\n")) {
            if (line.regionMatches(true, 0, TOKEN_HEADER + ":", 0, TOKEN_HEADER.length() + 1)) {
                String value = line.substring(TOKEN_HEADER.length() + 1);
                return value.startsWith("  ") || value.startsWith(" \t") || value.startsWith("\t")
                        || value.endsWith(" ") || value.endsWith("\t");
            }
        }
        return false;
    }
}
