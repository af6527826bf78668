package org.ddmconformance.restore;

import io.restassured.response.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.ddmconformance.http.ExchangeRecorder;
import org.ddmconformance.schema.JsonSchemas;
import org.ddmconformance.schema.JsonSchemas.Shape;
import tools.jackson.databind.JsonNode;

/**
 * Follows the job of an accepted restore: polls {@code GET /v3/{project_id}/jobs/{job_id}} until its status is
 * Completed or Failed: at once after the 202, then after DDM_JOB_POLL_MS and twice as long each time up to 15 s, for at most
 * DDM_JOB_TIMEOUT_S. A Failed job's fail_reason comes from the job list ({@code GET /v3/{project_id}/jobs}).
 */
public final class JobFollower {

    static final long LONGEST_POLL_MS = 15_000;
    /** The job list is searched from a little before the restore was accepted (clocks differ). */
    static final long LIST_MARGIN_MS = 10 * 60_000;

    private final RelatedApis apis;
    private final JsonSchemas schemas;
    private final Waits waits;
    private final long firstPollMs;
    private final long timeoutMs;

    public JobFollower(RelatedApis apis, JsonSchemas schemas, Waits waits, long firstPollMs, long timeoutMs) {
        this.apis = apis;
        this.schemas = schemas;
        this.waits = waits;
        this.firstPollMs = firstPollMs;
        this.timeoutMs = timeoutMs;
    }

    /** Follows one job, recording its exchanges in the scenario's recorder. */
    public JobOutcome follow(String jobId, String scenario, boolean meant, ExchangeRecorder recorder,
                             Consumer<String> notes) {
        long acceptedAt = waits.now();
        long started = waits.monotonicMillis();
        long interval = 0; // the first poll comes at once: a job may end in milliseconds (a mock, a test build)
        int polls = 0;
        String status = null;
        while (true) {
            long elapsed = waits.monotonicMillis() - started;
            if (interval > 0) {
                waits.pause(Math.min(interval, Math.max(0, timeoutMs - elapsed)), "following job " + jobId);
            }
            polls++;
            Poll poll = poll(jobId, recorder, notes);
            if (poll.problem() != null) {
                return unknown(jobId, scenario, meant, started, polls, poll.problem());
            }
            status = poll.status();
            long millis = waits.monotonicMillis() - started;
            if (status.equals("Completed")) {
                return new JobOutcome(jobId, scenario, meant, JobOutcome.End.COMPLETED, status, millis, polls, null, null);
            }
            if (status.equals("Failed")) {
                return new JobOutcome(jobId, scenario, meant, JobOutcome.End.FAILED, status, millis, polls,
                        failReason(jobId, acceptedAt, recorder, notes), null);
            }
            if (millis >= timeoutMs || waits.remainingMillis() <= 0) {
                return new JobOutcome(jobId, scenario, meant, JobOutcome.End.TIMED_OUT, status, millis, polls, null, null);
            }
            interval = interval == 0 ? firstPollMs : Math.min(interval * 2, LONGEST_POLL_MS);
        }
    }

    /**
     * The job's status now, from one poll without waiting; empty when the job API does not show the job (the
     * follow-up reports that against RM-JOB-001).
     */
    public Optional<String> statusNow(String jobId, ExchangeRecorder recorder, Consumer<String> notes) {
        Poll poll = poll(jobId, recorder, notes);
        return poll.problem() != null ? Optional.empty() : Optional.ofNullable(poll.status());
    }

    /** One poll of the job API: the job's status, or why the answer does not show the job. */
    private record Poll(String status, String problem) {
    }

    private Poll poll(String jobId, ExchangeRecorder recorder, Consumer<String> notes) {
        Response answer;
        try {
            answer = apis.get(RelatedApis.JOB, Map.of("job_id", jobId), Map.of(), recorder, notes);
        } catch (AssertionError noAnswer) {
            return new Poll(null, noAnswer.getMessage());
        }
        String problem = problem(jobId, answer);
        return problem != null ? new Poll(null, problem)
                : new Poll(RelatedApis.JSON.readTree(body(answer)).path("job").path("status").stringValue(), null);
    }

    /** Whether a job status says the job has ended (Completed or Failed). */
    public static boolean ended(String status) {
        return "Completed".equals(status) || "Failed".equals(status);
    }

    /** Why this answer does not show the job (RM-JOB-001), or null. */
    private String problem(String jobId, Response answer) {
        String text = body(answer);
        if (answer.statusCode() != 200) {
            return "GET /v3/{project_id}/jobs/" + jobId + " answered " + answer.statusCode() + " "
                    + RelatedApis.excerpt(text) + (routeNotFound(answer.statusCode(), text) ? NO_JOB_API_HINT : "");
        }
        List<String> problems = schemas.problems(Shape.JOB, text);
        if (!problems.isEmpty()) {
            return "the answer to GET /v3/{project_id}/jobs/" + jobId + " does not match " + Shape.JOB.file() + ": "
                    + String.join("; ", problems) + " in " + RelatedApis.excerpt(text);
        }
        String id = RelatedApis.JSON.readTree(text).path("job").path("id").stringValue();
        if (!sameJob(id, jobId)) {
            return "GET /v3/{project_id}/jobs/" + jobId + " answered job.id \"" + id + "\", another job";
        }
        return null;
    }

    static final String NO_JOB_API_HINT = "; a 404 without an error code says the path itself is unknown: if the "
            + "endpoint serves no job API at all (a mock of this API alone), set DDM_JOB_API=false";

    /**
     * A 404 of the route, not of the job: DDM names an unknown job with an error code (DBS.300400), while a server
     * without the API answers its framework's own 404 (HTML, text, an empty body, JSON without an error code).
     */
    static boolean routeNotFound(int status, String text) {
        if (status != 404) {
            return false;
        }
        try {
            JsonNode body = RelatedApis.JSON.readTree(text);
            return !(body.path("error_code").isString() || body.path("errCode").isString());
        } catch (RuntimeException notJson) {
            return true;
        }
    }

    /** Job ids appear dashed and not dashed; the case of hex digits carries no meaning. */
    public static boolean sameJob(String a, String b) {
        return a != null && b != null && normalise(a).equals(normalise(b));
    }

    private static String normalise(String id) {
        return id.trim().replace("-", "").toLowerCase(Locale.ROOT);
    }

    private String failReason(String jobId, long acceptedAt, ExchangeRecorder recorder, Consumer<String> notes) {
        long now = waits.now();
        long earliestAllowed = now - 30L * 86_400_000 + 60_000; // the list refuses a start older than 30 days
        Map<String, Object> query = new LinkedHashMap<>();
        query.put("start_time", Math.max(acceptedAt - LIST_MARGIN_MS, earliestAllowed));
        query.put("end_time", now + 60_000);
        try {
            for (JsonNode job : apis.list("jobs", RelatedApis.JOBS, query, "jobs", recorder, notes)) {
                if (sameJob(RelatedApis.text(job.path("id")), jobId)) {
                    String reason = RelatedApis.text(job.path("fail_reason"));
                    return reason == null ? "" : reason;
                }
            }
            return "unknown: the job list (GET /v3/{project_id}/jobs) does not list job " + jobId;
        } catch (RelatedApiException | AssertionError e) {
            return "unknown: " + e.getMessage();
        }
    }

    private JobOutcome unknown(String jobId, String scenario, boolean meant, long started, int polls, String problem) {
        return new JobOutcome(jobId, scenario, meant, JobOutcome.End.UNKNOWN, null,
                waits.monotonicMillis() - started, polls, null, problem);
    }

    private static String body(Response answer) {
        return JsonSchemas.withoutByteOrderMark(answer.asString());
    }
}
