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
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.ddmconformance.config.Settings;
import org.ddmconformance.work.RunDeadline;
import org.opentest4j.TestAbortedException;

/**
 * Sends every request of the suite, from one base specification made once per run (see {@link Transports}), with
 * the scenario's masking recorder. A 429 is retried, honouring Retry-After, at most DDM_MAX_RETRIES times, each
 * retry noted; no other status is ever retried. Every answer must be complete within DDM_READ_TIMEOUT_MS and at
 * most DDM_MAX_ANSWER_BYTES long (the transport cuts it otherwise); a request whose answer does not complete in
 * time fails with that sentence, and once the endpoint has left {@value #TIMEOUTS_BEFORE_GIVING_UP} requests in a row unanswered, further ones
 * fail at once instead of waiting again, so a silent endpoint cannot hang a pipeline; every
 * {@value #TRY_AGAIN_EVERY}th is still sent, and any answer ends the streak. Once the run deadline has passed,
 * nothing is sent and the scenario is reported NOT RUN. However many scenarios and generated cases run side by
 * side, at most DDM_CONCURRENCY requests are in flight at once; the others wait their turn (bounded by the run
 * deadline).
 */
public final class RequestFactory {

    /** The documented resource. */
    public static final String PATH = "/v3/{project_id}/instances/{instance_id}/backups/metadata-recovery";
    public static final String TOKEN_HEADER = "X-Auth-Token";
    static final int TIMEOUTS_BEFORE_GIVING_UP = 2;
    static final int TRY_AGAIN_EVERY = 5;
    private static final long LONGEST_RETRY_WAIT_MS = 60_000;
    /** How a scenario failure caused by the transport's limits starts. */
    public static final String NO_COMPLETE_ANSWER = "no complete answer within ";
    public static final String ANSWER_LARGER_THAN = "answer larger than ";

    private final Settings settings;
    private final RunDeadline runDeadline;
    private final RequestSpecification base;
    private final AtomicInteger unansweredInARow = new AtomicInteger();
    private final AtomicInteger notSent = new AtomicInteger();
    private final Semaphore inFlight;

    public RequestFactory(Settings settings) {
        this(settings, RunDeadline.none());
    }

    /** @param runDeadline ends every exchange and wait of the run, and stops sending once passed */
    public RequestFactory(Settings settings, RunDeadline runDeadline) {
        this.settings = settings;
        this.runDeadline = runDeadline;
        this.inFlight = new Semaphore(Math.max(1, settings.exploration().concurrency()), true);
        this.base = Transports.baseSpecification(settings.baseUrl(), settings.transport(), runDeadline);
    }

    public Response send(RestoreCall call, ExchangeRecorder recorder) {
        return send(call, recorder, note -> { });
    }

    /** @param notes receives one line per retry, for the reports */
    public Response send(RestoreCall call, ExchangeRecorder recorder, Consumer<String> notes) {
        return withRetries(call.method(), () -> sendOnce(call, recorder), notes);
    }

    /**
     * A GET of one of the related APIs (backups, restorable window, targets, data nodes, jobs) with the run's
     * token, from the same base specification, with the same limits, 429 retries and masking recorder as the
     * restore requests.
     *
     * @param path        e.g. {@code /v3/{project_id}/jobs/{job_id}}
     * @param pathParams  the values of the path's placeholders
     * @param queryParams query parameters, in order (values are sent as their string form)
     */
    public Response get(String path, Map<String, ?> pathParams, Map<String, ?> queryParams, ExchangeRecorder recorder,
                        Consumer<String> notes) {
        return withRetries("GET " + path, () -> {
            RequestSpecification request = prepared(recorder).pathParams(new LinkedHashMap<>(pathParams));
            queryParams.forEach((name, value) -> request.queryParam(name, String.valueOf(value)));
            if (settings.authToken() != null) {
                request.header(TOKEN_HEADER, settings.authToken());
            }
            return exchange(request, "GET", path, recorder);
        }, notes);
    }

    private Response withRetries(String what, Supplier<Response> once, Consumer<String> notes) {
        int maxRetries = settings.transport().maxRetries();
        for (int attempt = 0; ; attempt++) {
            Response answer = once.get();
            if (answer.statusCode() != 429 || attempt >= maxRetries) {
                return answer;
            }
            long waitMs = retryWaitMs(answer.header("Retry-After"), attempt);
            notes.accept("retry " + (attempt + 1) + " of " + maxRetries + " of " + what + " after a 429 answer"
                    + " (Retry-After: " + (answer.header("Retry-After") == null ? "none" : answer.header("Retry-After"))
                    + "), after waiting " + waitMs + " ms");
            runDeadline.sleep(waitMs, "waiting to retry after a 429 answer");
        }
    }

    /** A request from the base specification, unless the run is over or the endpoint has stopped answering. */
    private RequestSpecification prepared(ExchangeRecorder recorder) {
        runDeadline.checkNotPassed("this request was not sent");
        if (unansweredInARow.get() >= TIMEOUTS_BEFORE_GIVING_UP && notSent.incrementAndGet() % TRY_AGAIN_EVERY != 0) {
            throw new AssertionError(NO_COMPLETE_ANSWER + settings.readTimeoutMs() + " ms (DDM_READ_TIMEOUT_MS): the "
                    + "endpoint left the last " + unansweredInARow.get() + " requests unanswered, so this one was not sent");
        }
        return given().spec(base).filter(recorder);
    }

    private Response sendOnce(RestoreCall call, ExchangeRecorder recorder) {
        RequestForm form = call.form();
        RequestSpecification request = prepared(recorder);
        if (form.rawPath() == null) {
            request.pathParam("project_id", call.projectId()).pathParam("instance_id", call.instanceId());
        } else {
            request.urlEncodingEnabled(false);
        }
        if (call.token() != null) {
            request.header(form.tokenHeader(), call.token());
        }
        if (call.largeBody() != null) {
            request.contentType(RequestForm.JSON).body(call.largeBody().bytes());
        } else if (call.body() != null) {
            request.contentType(RequestForm.JSON).body(call.body());
        }
        String wireForm = WireForms.marker(form, call.hasBody());
        if (wireForm != null) {
            request.header(WireForms.MARKER, wireForm);
        }
        return exchange(request, call.method(), form.rawPath() == null ? PATH : form.rawPath(), recorder);
    }

    /** Sends it; a cut, late or failed exchange becomes a failure (or NOT RUN past the run deadline) in one sentence. */
    private Response exchange(RequestSpecification request, String method, String path, ExchangeRecorder recorder) {
        int readTimeout = settings.readTimeoutMs();
        awaitTurn();
        try {
            Response answer = request.request(method, path);
            unansweredInARow.set(0);
            notSent.set(0);
            return answer;
        } catch (Exception e) { // REST Assured may throw IOExceptions unchecked
            String to = " to " + method + " " + settings.baseUrl() + path;
            Optional<CutAnswerException> cut = CutAnswerException.in(e);
            if (cut.isPresent() && cut.get() instanceof CutAnswerException.AnswerTooLarge) {
                unansweredInARow.set(0);
                throw new AssertionError(ANSWER_LARGER_THAN + settings.transport().maxAnswerBytes()
                        + " bytes (DDM_MAX_ANSWER_BYTES)" + to + ": the connection was closed after "
                        + cut.get().bytesRead() + " bytes\n" + evidence(recorder));
            }
            if (cut.isPresent() || NetworkProblem.isReadTimeout(e)) {
                boolean cutByRunDeadline = cut.orElse(null) instanceof CutAnswerException.NoCompleteAnswer late
                        && late.limitMs() < readTimeout;
                if (runDeadline.passed() || cutByRunDeadline) {
                    throw runDeadline.notRun("the wait for the answer" + to + " was cut short");
                }
                unansweredInARow.incrementAndGet();
                throw new AssertionError(NO_COMPLETE_ANSWER + readTimeout + " ms (DDM_READ_TIMEOUT_MS)" + to
                        + (cut.isPresent() ? "\n" + evidence(recorder) : ""));
            }
            throw new AssertionError(NetworkProblem.describe(e, settings.baseUrl(), "DDM_BASE_URL", settings.transport())
                    .orElse("the request could not be sent: " + NetworkProblem.rootCause(e)), e);
        } finally {
            inFlight.release();
        }
    }

    /** One of the DDM_CONCURRENCY places in flight, waiting at most until the run deadline. */
    private void awaitTurn() {
        try {
            if (!inFlight.tryAcquire(runDeadline.remainingMillis(), TimeUnit.MILLISECONDS)) {
                throw runDeadline.notRun("this request was not sent");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TestAbortedException("interrupted while waiting to send a request");
        }
    }

    /** What had arrived when the answer was cut, masked: the recorder keeps it as the last exchange. */
    private static String evidence(ExchangeRecorder recorder) {
        return recorder.last().map(Exchange::summary).orElse("nothing arrived");
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
}
