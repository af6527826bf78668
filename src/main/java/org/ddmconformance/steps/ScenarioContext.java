package org.ddmconformance.steps;

import io.cucumber.java.Scenario;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.ddmconformance.config.Fixture;
import org.ddmconformance.config.Settings;
import org.ddmconformance.http.Exchange;
import org.ddmconformance.http.ExchangeRecorder;
import org.ddmconformance.http.RestoreCall;
import org.ddmconformance.report.ConformancePlugin;
import org.ddmconformance.restore.JobOutcome;
import org.ddmconformance.restore.RelatedApiException;
import org.ddmconformance.restore.RestoreWindow;
import org.ddmconformance.restore.WindowLookup;
import org.ddmconformance.schema.JsonSchemas;
import org.ddmconformance.suite.ConformanceLauncher;
import org.ddmconformance.suite.RestoreLedger;
import org.ddmconformance.suite.SuiteSession;

/**
 * The state of one scenario, shared by its step classes through constructor injection (a new one per
 * scenario): the call being prepared, the answers received and what they exchanged.
 */
public final class ScenarioContext {

    /** The tag of scenarios whose requests are meant to start a restore. */
    static final String NEEDS_RESTORE = "@" + ConformanceLauncher.NEEDS_RESTORE_TAG;

    private final SuiteSession session = SuiteSession.require();
    private final ExchangeRecorder recorder = new ExchangeRecorder(session.masker());
    private final List<Response> answers = new ArrayList<>();
    private final List<String> crossCuttingFindings = new CopyOnWriteArrayList<>(); // generated cases run on threads
    /** Exchanges of generated cases, each made with its own recorder (a recorder is not thread-safe). */
    private final List<Exchange> generatedExchanges = new CopyOnWriteArrayList<>();
    private RestoreCall call;
    /** The request before it was written in another form, and that form (equivalence by refusal). */
    private RestoreCall plainForm;
    private Comparison comparison;
    private Scenario scenario;
    private Exchange lastRequestExchange;
    private Long windowEdgeSent;

    public Settings settings() {
        return session.settings();
    }

    public Fixture fixture() {
        return session.settings().fixture();
    }

    JsonSchemas schemas() {
        return session.schemas();
    }

    /** A POST with the configured project, source instance and token, and this body. */
    void prepare(String body) {
        call = new RestoreCall("POST", fixture().projectId(), fixture().instanceId(), settings().authToken(), body);
    }

    RestoreCall call() {
        if (call == null) {
            throw new IllegalStateException("the scenario sends a request it has not prepared (missing Given step)");
        }
        return call;
    }

    void call(RestoreCall changed) {
        call = changed;
    }

    void plainForm(RestoreCall plain) {
        plainForm = plain;
    }

    RestoreCall plainForm() {
        return prepared(plainForm, "a restore request refused for one reason");
    }

    /** What the request now differs from its plain form in, and how a misreading of that would look. */
    record Comparison(String label, Misreading misreading, java.util.Set<Integer> alsoAllowed) {
    }

    void comparison(Comparison what) {
        comparison = what;
    }

    Comparison comparison() {
        return prepared(comparison, "the request is written in another form");
    }

    /** A value an earlier step of a form comparison prepares; a scenario without that step is a feature defect. */
    private static <T> T prepared(T value, String missingStep) {
        if (value == null) {
            throw new IllegalStateException("the scenario compares forms without the step that prepares it "
                    + "(missing Given step: " + missingStep + ")");
        }
        return value;
    }

    Response send() {
        RestoreCall sent = call();
        if (!sent.method().equals("POST")) {
            Response answer = session.requests().send(sent, recorder, this::observe);
            lastRequestExchange = recorder.last().orElse(null);
            answers.add(answer);
            return answer;
        }
        RestoreLedger.Intent intent = scenario.getSourceTagNames().contains(NEEDS_RESTORE)
                ? RestoreLedger.Intent.RESTORE : RestoreLedger.Intent.REFUSAL;
        SentPost post = sendPost(sent, intent);
        followJob(post);
        return post.answer();
    }

    /** Makes this answer, with its exchange, the one the scenario's checks judge (an answer sent earlier). */
    void adoptAnswer(Response answer, Exchange exchange) {
        answers.add(answer);
        lastRequestExchange = exchange;
    }

    /** A restore POST this scenario sent, with the exchange that recorded it. */
    record SentPost(RestoreCall call, RestoreLedger.Intent intent, Response answer, Exchange exchange) {
    }

    /**
     * Sends a restore POST through the run's restore ledger, without following the job of a 202: {@link #send} does
     * that at once; the busy-target check first sends a second restore, then follows both jobs ({@link #followJob}).
     */
    SentPost sendPost(RestoreCall sent, RestoreLedger.Intent intent) {
        Response answer = post(sent, intent, recorder, this::observe, this::observe);
        lastRequestExchange = recorder.last().orElse(null);
        answers.add(answer);
        return new SentPost(sent, intent, answer, lastRequestExchange);
    }

    /**
     * When the endpoint accepted it (202, or another success status that may have started one), follows the job
     * of a restore POST (see {@link #afterAccepted}).
     */
    void followJob(SentPost post) {
        if (RestoreLedger.startedARestore(post.answer().statusCode())) {
            afterAccepted(post.call(), jobId(post.answer()), post.intent() != RestoreLedger.Intent.REFUSAL, recorder,
                    post.exchange());
        }
    }

    /**
     * One POST through the run's restore ledger (its guard and waits, one POST at a time after a restore accepted
     * by mistake). It is sent once more, and both exchanges stay in the evidence, when a request sent beside it was
     * accepted by mistake while it was on its way ({@link RestoreLedger.Posted#besideAMistake()}): the target may
     * have been busy with that restore. Then it goes alone, after that job, so one more attempt is enough. Never on
     * a conformant endpoint, and never with DDM_CONCURRENCY=1. The caller follows the job of a 202 answer.
     *
     * @param notes      the request's retry notes
     * @param againNotes the note that the request was sent again
     * @throws RestoreLedger.NotSent when the ledger lets the request not be sent (the restore guard, or its wait)
     */
    Response post(RestoreCall sent, RestoreLedger.Intent intent, ExchangeRecorder via, Consumer<String> notes,
                  Consumer<String> againNotes) {
        RestoreLedger restores = session.restores();
        for (int attempt = 0; ; attempt++) {
            RestoreLedger.Posted<Response> posted = restores.post(sent, intent,
                    () -> session.requests().send(sent, via, notes), Response::statusCode, ScenarioContext::jobId);
            if (attempt > 0 || !posted.besideAMistake()) {
                return posted.answer();
            }
            againNotes.accept("sent again: a request of another scenario was accepted (a restore, by mistake) while "
                    + "this one was on its way, so the target may have been busy with it");
        }
    }

    /**
     * Every accepted restore, meant or accidental, of this scenario or of one of its generated cases: its job id must
     * be its own (RM-ACC-003), and its job is followed here, so the polls are evidence next to the request
     * ({@code via}). What goes wrong is reported against the jobs' requirements. Safe on several threads.
     */
    void afterAccepted(RestoreCall sent, String jobId, boolean meant, ExchangeRecorder via, Exchange request) {
        String evidence = request == null ? "no request was recorded" : request.summary();
        session.restores().jobConflicts(sent, jobId)
                .forEach(conflict -> crossCuttingFinding("[RM-ACC-003] " + conflict + "\n" + evidence));
        if (jobId == null || jobId.isBlank() || session.restores().outcome(jobId).isPresent()) {
            return; // nothing to follow (RM-ACC-001 judges that), or a job shared by identical requests
        }
        if (!settings().lifecycle().jobApi()) {
            session.restores().jobFollowed(JobOutcome.notFollowed(jobId, scenario.getName(), meant));
            return;
        }
        JobOutcome outcome = null;
        try {
            outcome = session.jobs().follow(jobId, scenario.getName(), meant, via, this::observe);
        } finally {
            session.restores().jobFollowed(outcome != null ? outcome : new JobOutcome(jobId, scenario.getName(),
                    meant, JobOutcome.End.TIMED_OUT, null, 0, 0, null, null));
        }
        switch (outcome.end()) {
            case UNKNOWN -> crossCuttingFinding("[RM-JOB-001] the job of the accepted restore is not known to the "
                    + "job API: " + outcome.problem() + "\n" + evidence);
            case TIMED_OUT -> crossCuttingFinding("[RM-JOB-002] the job " + jobId + " did not end within "
                    + "DDM_JOB_TIMEOUT_S=" + settings().lifecycle().jobTimeoutS() + " s (last status "
                    + outcome.lastStatus() + " after " + outcome.polls() + " polls)");
            default -> { }
        }
    }

    /** The restorable window of the source instance, or null when unknown. */
    RestoreWindow window() {
        return session.discovered().window();
    }

    /**
     * The window read again now, when it was discovered (a configured one is as given): its end advances, so a
     * time at its edge is made from a fresh reading. A failed reading leaves the last one known, with a note.
     */
    RestoreWindow windowNow() {
        RestoreWindow known = window();
        if (known == null || !known.source().startsWith("discovered")) {
            return known;
        }
        try {
            return WindowLookup.lookUp(session.relatedApis(), recorder, this::observe, session.waits().now());
        } catch (RelatedApiException e) {
            observe("the restorable window could not be read again (" + e.getMessage() + "); the one read at "
                    + "discovery is used");
            return known;
        }
    }

    /** The restore_time this scenario sent at an edge of the window, or null. */
    Long windowEdgeSent() {
        return windowEdgeSent;
    }

    void windowEdgeSent(long restoreTime) {
        windowEdgeSent = restoreTime;
    }

    /** The run's restore ledger: accepted restores and their jobs. */
    RestoreLedger restores() {
        return session.restores();
    }

    /** The job_id of an answer, or null when it has none. */
    static String jobId(Response answer) {
        try {
            var node = RestoreBodies.JSON.readTree(AnswerBodies.text(answer)).path("job_id");
            return node.isString() ? node.asString() : null;
        } catch (RuntimeException notJson) {
            return null;
        }
    }

    /** For a failed restore: whether an earlier one may have left the target busy. */
    String busyTargetHint() {
        return session.restores().busyTargetNote();
    }

    List<Response> answers() {
        return List.copyOf(answers);
    }

    Response lastAnswer() {
        if (answers.isEmpty()) {
            throw new IllegalStateException("the scenario checks an answer before sending a request (missing When step)");
        }
        return answers.get(answers.size() - 1);
    }

    /** What was sent and what came back, masked, for a failure message (the request, not the job polls after it). */
    String evidence() {
        return lastRequestExchange != null ? lastRequestExchange.summary()
                : recorder.last().map(Exchange::summary).orElse("no request was sent");
    }

    /** Every exchange of the scenario: its own requests, then those of its generated cases. */
    List<Exchange> exchanges() {
        List<Exchange> all = new ArrayList<>(recorder.all());
        all.addAll(generatedExchanges);
        return all;
    }

    /** The exchanges of the scenario's own requests (generated cases attach theirs as they go). */
    List<Exchange> ownExchanges() {
        return recorder.all();
    }

    void recordGenerated(List<Exchange> exchanges) {
        generatedExchanges.addAll(exchanges);
    }

    /** The scenario's own recorder, for what a step asks besides the restore (a related API). */
    ExchangeRecorder recorder() {
        return recorder;
    }

    SuiteSession session() {
        return session;
    }

    Scenario scenario() {
        return scenario;
    }

    /** A violation of a rule checked on every answer, reported once the scenario's own checks are done. */
    void crossCuttingFinding(String finding) {
        crossCuttingFindings.add(session.masker().mask(finding)); // it may quote an answer that echoes a secret
    }

    List<String> crossCuttingFindings() {
        return List.copyOf(crossCuttingFindings);
    }

    void scenario(Scenario current) {
        scenario = current;
    }

    /** Records an observation for the report (INFO requirements). */
    synchronized void observe(String text) {
        // An observation may quote an answer (a job's problem), which may echo the token.
        scenario.log(ConformancePlugin.OBSERVED + session.masker().mask(text));
    }

    /** An identifier no endpoint knows, fresh for every use, shaped like a DDM id (32 hex digits and a suffix). */
    static String unknownId(String suffix) {
        return UUID.randomUUID().toString().replace("-", "") + suffix;
    }
}
