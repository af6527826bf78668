package org.ddmconformance.steps;

import io.cucumber.java.Scenario;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.ddmconformance.config.Fixture;
import org.ddmconformance.config.Settings;
import org.ddmconformance.http.Exchange;
import org.ddmconformance.http.ExchangeRecorder;
import org.ddmconformance.http.RestoreCall;
import org.ddmconformance.report.ConformancePlugin;
import org.ddmconformance.schema.JsonSchemas;
import org.ddmconformance.suite.SuiteSession;

/**
 * The state of one scenario, shared by its step classes through constructor injection (a new one per
 * scenario): the call being prepared, the answers received and what they exchanged.
 */
public final class ScenarioContext {

    /** The tag of scenarios whose requests are meant to start a restore. */
    static final String NEEDS_RESTORE = "@needs-restore";

    private final SuiteSession session = SuiteSession.require();
    private final ExchangeRecorder recorder = new ExchangeRecorder(session.masker());
    private final List<Response> answers = new ArrayList<>();
    private final List<String> crossCuttingFindings = new ArrayList<>();
    /** Exchanges of generated cases, each made with its own recorder (a recorder is not thread-safe). */
    private final List<Exchange> generatedExchanges = new ArrayList<>();
    private RestoreCall call;
    private Scenario scenario;

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

    Response send() {
        boolean post = call().method().equals("POST");
        boolean meantToRestore = scenario.getSourceTagNames().contains(NEEDS_RESTORE);
        if (post) {
            session.restores().beforePost(meantToRestore);
        }
        Response answer = session.requests().send(call(), recorder, this::observe);
        if (post) {
            session.restores().afterPost(call(), answer.statusCode(), jobId(answer), meantToRestore);
        }
        answers.add(answer);
        return answer;
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
        return session.restores().millisSinceLastAccepted()
                .map(ms -> "\nnote: a restore to the same target was accepted " + ms + " ms before; if the endpoint "
                        + "refuses restores while the target is busy, set DDM_RESTORE_SPACING_MS")
                .orElse("");
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

    /** What was sent and what came back, masked, for a failure message. */
    String evidence() {
        return recorder.last().map(Exchange::summary).orElse("no request was sent");
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

    SuiteSession session() {
        return session;
    }

    Scenario scenario() {
        return scenario;
    }

    /** A violation of a rule checked on every answer, reported once the scenario's own checks are done. */
    void crossCuttingFinding(String finding) {
        crossCuttingFindings.add(finding);
    }

    List<String> crossCuttingFindings() {
        return List.copyOf(crossCuttingFindings);
    }

    void scenario(Scenario current) {
        scenario = current;
    }

    /** Records an observation for the report (INFO requirements). */
    void observe(String text) {
        scenario.log(ConformancePlugin.OBSERVED + text);
    }

    /** An identifier no endpoint knows, fresh for every use, shaped like a DDM id (32 hex digits and a suffix). */
    static String unknownId(String suffix) {
        return UUID.randomUUID().toString().replace("-", "") + suffix;
    }
}
