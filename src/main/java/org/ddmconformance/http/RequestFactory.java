package org.ddmconformance.http;

import static io.restassured.RestAssured.given;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.ddmconformance.config.Settings;

/**
 * Sends every request of the suite, from one base specification made once per run (see {@link Transports}), with
 * the scenario's masking recorder. A 429 is retried, honouring Retry-After, at most DDM_MAX_RETRIES times, each
 * retry noted; no other status is ever retried. A request that gets no answer in time fails with that sentence,
 * and once the endpoint has left {@value #TIMEOUTS_BEFORE_GIVING_UP} requests in a row unanswered, further ones
 * fail at once instead of waiting again, so a silent endpoint cannot hang a pipeline; every
 * {@value #TRY_AGAIN_EVERY}th is still sent, and any answer ends the streak.
 */
public final class RequestFactory {

    /** The documented resource. */
    public static final String PATH = "/v3/{project_id}/instances/{instance_id}/backups/metadata-recovery";
    public static final String TOKEN_HEADER = "X-Auth-Token";
    static final int TIMEOUTS_BEFORE_GIVING_UP = 2;
    static final int TRY_AGAIN_EVERY = 5;
    private static final long LONGEST_RETRY_WAIT_MS = 60_000;

    private final Settings settings;
    private final RequestSpecification base;
    private final AtomicInteger unansweredInARow = new AtomicInteger();
    private final AtomicInteger notSent = new AtomicInteger();

    public RequestFactory(Settings settings) {
        this.settings = settings;
        this.base = Transports.baseSpecification(settings.baseUrl(), settings.transport());
    }

    public Response send(RestoreCall call, ExchangeRecorder recorder) {
        return send(call, recorder, note -> { });
    }

    /** @param notes receives one line per retry, for the reports */
    public Response send(RestoreCall call, ExchangeRecorder recorder, Consumer<String> notes) {
        int maxRetries = settings.transport().maxRetries();
        for (int attempt = 0; ; attempt++) {
            Response answer = sendOnce(call, recorder);
            if (answer.statusCode() != 429 || attempt >= maxRetries) {
                return answer;
            }
            long waitMs = retryWaitMs(answer.header("Retry-After"), attempt);
            notes.accept("retry " + (attempt + 1) + " of " + maxRetries + " of " + call.method() + " after a 429 answer"
                    + " (Retry-After: " + (answer.header("Retry-After") == null ? "none" : answer.header("Retry-After"))
                    + "), after waiting " + waitMs + " ms");
            pause(waitMs);
        }
    }

    private Response sendOnce(RestoreCall call, ExchangeRecorder recorder) {
        int readTimeout = settings.readTimeoutMs();
        if (unansweredInARow.get() >= TIMEOUTS_BEFORE_GIVING_UP && notSent.incrementAndGet() % TRY_AGAIN_EVERY != 0) {
            throw new AssertionError("no response within " + readTimeout + " ms (DDM_READ_TIMEOUT_MS): the endpoint "
                    + "left the last " + unansweredInARow.get() + " requests unanswered, so this one was not sent");
        }
        RequestSpecification request = given().spec(base).filter(recorder)
                .pathParam("project_id", call.projectId())
                .pathParam("instance_id", call.instanceId());
        if (call.token() != null) {
            request.header(TOKEN_HEADER, call.token());
        }
        if (call.body() != null) {
            request.contentType("application/json").body(call.body());
        }
        try {
            Response answer = request.request(call.method(), PATH);
            unansweredInARow.set(0);
            notSent.set(0);
            return answer;
        } catch (Exception e) { // REST Assured may throw IOExceptions unchecked
            if (NetworkProblem.isReadTimeout(e)) {
                unansweredInARow.incrementAndGet();
                throw new AssertionError("no response within " + readTimeout + " ms (DDM_READ_TIMEOUT_MS) to "
                        + call.method() + " " + settings.baseUrl() + PATH);
            }
            throw new AssertionError(NetworkProblem.describe(e, settings.baseUrl(), "DDM_BASE_URL", settings.transport())
                    .orElse("the request could not be sent: " + e), e);
        }
    }

    /**
     * A GET of one of the related APIs (backups, restorable window, targets, data nodes, jobs) with the run's
     * token, from the same base specification, with the same 429 retries and recorded by the same kind of masking
     * recorder as the restore requests. Mirrors {@link #send(RestoreCall, ExchangeRecorder, Consumer)}.
     *
     * @param path        e.g. {@code /v3/{project_id}/jobs/{job_id}}
     * @param pathParams  the values of the path's placeholders
     * @param queryParams query parameters, in order (values are sent as their string form)
     */
    public Response get(String path, Map<String, ?> pathParams, Map<String, ?> queryParams, ExchangeRecorder recorder,
                        Consumer<String> notes) {
        int maxRetries = settings.transport().maxRetries();
        for (int attempt = 0; ; attempt++) {
            Response answer = getOnce(path, pathParams, queryParams, recorder);
            if (answer.statusCode() != 429 || attempt >= maxRetries) {
                return answer;
            }
            long waitMs = retryWaitMs(answer.header("Retry-After"), attempt);
            notes.accept("retry " + (attempt + 1) + " of " + maxRetries + " of GET " + path + " after a 429 answer"
                    + " (Retry-After: " + (answer.header("Retry-After") == null ? "none" : answer.header("Retry-After"))
                    + "), after waiting " + waitMs + " ms");
            pause(waitMs);
        }
    }

    private Response getOnce(String path, Map<String, ?> pathParams, Map<String, ?> queryParams,
                             ExchangeRecorder recorder) {
        int readTimeout = settings.readTimeoutMs();
        if (unansweredInARow.get() >= TIMEOUTS_BEFORE_GIVING_UP && notSent.incrementAndGet() % TRY_AGAIN_EVERY != 0) {
            throw new AssertionError("no response within " + readTimeout + " ms (DDM_READ_TIMEOUT_MS): the endpoint "
                    + "left the last " + unansweredInARow.get() + " requests unanswered, so this one was not sent");
        }
        RequestSpecification request = given().spec(base).filter(recorder).pathParams(new LinkedHashMap<>(pathParams));
        queryParams.forEach((name, value) -> request.queryParam(name, String.valueOf(value)));
        if (settings.authToken() != null) {
            request.header(TOKEN_HEADER, settings.authToken());
        }
        try {
            Response answer = request.get(path);
            unansweredInARow.set(0);
            notSent.set(0);
            return answer;
        } catch (Exception e) { // REST Assured may throw IOExceptions unchecked
            if (NetworkProblem.isReadTimeout(e)) {
                unansweredInARow.incrementAndGet();
                throw new AssertionError("no response within " + readTimeout + " ms (DDM_READ_TIMEOUT_MS) to GET "
                        + settings.baseUrl() + path);
            }
            throw new AssertionError(NetworkProblem.describe(e, settings.baseUrl(), "DDM_BASE_URL", settings.transport())
                    .orElse("the request could not be sent: " + e), e);
        }
    }

    /** Retry-After in seconds or as an HTTP date; without it, 1 s, 2 s, 4 s, ... Never more than a minute. */
    static long retryWaitMs(String retryAfter, int attempt) {
        long waitMs = 1000L << Math.min(attempt, 6);
        if (retryAfter != null) {
            String value = retryAfter.trim();
            try {
                waitMs = Long.parseLong(value) * 1000;
            } catch (NumberFormatException notSeconds) {
                try {
                    waitMs = Duration.between(ZonedDateTime.now(),
                            ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME)).toMillis();
                } catch (DateTimeParseException notADate) {
                    // keep the back-off
                }
            }
        }
        return Math.max(0, Math.min(waitMs, LONGEST_RETRY_WAIT_MS));
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting to retry after a 429 answer");
        }
    }
}
