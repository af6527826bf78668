package org.ddmconformance.steps;

import io.restassured.response.Response;
import java.util.Set;
import java.util.function.Consumer;
import org.ddmconformance.equivalence.Equivalence;
import org.ddmconformance.equivalence.Refusal;
import org.ddmconformance.http.Exchange;
import org.ddmconformance.http.ExchangeRecorder;
import org.ddmconformance.http.RestoreCall;
import org.ddmconformance.suite.RestoreLedger;

/**
 * Compares a request written in another form with the same request in the plain form, by their refusals
 * ({@link Equivalence}): the plain request and its misread counterpart are each sent once per run, through the
 * restore ledger like every POST, and whichever scenario sends one keeps its exchange as evidence.
 */
final class Comparisons {

    private Comparisons() {
    }

    /**
     * @param inForm         the answer to the request in the form
     * @param inFormEvidence its exchange, masked
     */
    static Equivalence.Judgement judge(ScenarioContext context, String form, RestoreCall plain, Response inForm,
                                       String inFormEvidence, Misreading misreading, Set<Integer> alsoAllowed,
                                       Consumer<String> notes) {
        Refusal plainAnswer = answer(context, plain, notes);
        Refusal misread = answer(context, misreading.of(plain, context.session().exploreSeed()), notes);
        Refusal answered = Refusal.of(inForm.statusCode(), AnswerBodies.text(inForm), inFormEvidence);
        return Equivalence.judge(form, plainAnswer, answered, misread, misreading.description(), alsoAllowed);
    }

    /** The evidence of the plain request a judgement compared with, for a failure message. */
    static String plainEvidence(ScenarioContext context, RestoreCall plain) {
        return "the plain form:\n" + answer(context, plain, note -> { }).evidence();
    }

    /** The answer to a request in the plain form, sent once per run. */
    static Refusal answer(ScenarioContext context, RestoreCall call, Consumer<String> notes) {
        return context.session().plainAnswers().once(key(call), () -> send(context, call, notes));
    }

    private static Refusal send(ScenarioContext context, RestoreCall call, Consumer<String> notes) {
        ExchangeRecorder recorder = new ExchangeRecorder(context.session().masker());
        Response answer = context.post(call, RestoreLedger.Intent.REFUSAL, recorder, notes, notes);
        Exchange exchange = recorder.last().orElse(null);
        if (RestoreLedger.startedARestore(answer.statusCode())) { // a restore by mistake: its job is followed
            context.afterAccepted(call, ScenarioContext.jobId(answer), false, recorder, exchange);
        }
        context.recordGenerated(recorder.all());
        return Refusal.of(answer.statusCode(), AnswerBodies.text(answer),
                exchange == null ? "no exchange was recorded" : exchange.summary());
    }

    /** What makes two requests the same (kept in memory only: it holds the token). */
    private static String key(RestoreCall call) {
        return String.join("\n", call.method(), call.projectId(), call.instanceId(), String.valueOf(call.token()),
                call.form().toString(), String.valueOf(call.body()));
    }
}
