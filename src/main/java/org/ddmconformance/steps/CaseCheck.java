package org.ddmconformance.steps;

import io.restassured.response.Response;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.ddmconformance.equivalence.Equivalence;
import org.ddmconformance.explore.ExploreCase;
import org.ddmconformance.http.CutAnswerException;
import org.ddmconformance.http.Exchange;
import org.ddmconformance.http.ExchangeRecorder;
import org.ddmconformance.http.RestoreCall;
import org.ddmconformance.schema.JsonSchemas.Shape;
import org.ddmconformance.suite.RestoreLedger;
import org.ddmconformance.suite.SuiteSession;

/**
 * Sends one generated case through the run's request factory and restore ledger, with its own recorder, and
 * judges the answer: an allowed status, and the documented body for a documented status (202: the accepted
 * body; 400 and 404: an error body). Safe to run on several threads at once.
 */
final class CaseCheck {

    /**
     * What happened to one case. {@code problem} null: as the contract allows; {@code skipped}: not sent, or a
     * refusal that says nothing about the contract (its reason).
     */
    record Result(ExploreCase testCase, int status, String problem, String skipped, String contentTypeProblem,
                  List<Exchange> exchanges, String comparison) {

        Result(ExploreCase testCase, int status, String problem, String skipped, String contentTypeProblem,
               List<Exchange> exchanges) {
            this(testCase, status, problem, skipped, contentTypeProblem, exchanges, null);
        }

        String outcome() {
            return skipped != null ? (status < 0 ? "not sent" : "answered " + status + ", not judged")
                    : status < 0 ? "no answer (connection closed)" : "answered " + status;
        }
    }

    private CaseCheck() {
    }

    static Result send(ScenarioContext context, RestoreCall template, ExploreCase c, Consumer<String> notes) {
        SuiteSession session = context.session();
        ExchangeRecorder recorder = new ExchangeRecorder(session.masker());
        RestoreCall call = c.applyTo(template);
        Response answer;
        try {
            RestoreLedger.Intent intent = c.mayRestore() ? RestoreLedger.Intent.RESTORE : RestoreLedger.Intent.REFUSAL;
            answer = context.post(call, intent, recorder, notes, note -> notes.accept(c.name() + ": " + note));
        } catch (RestoreLedger.NotSent notSent) {
            return new Result(c, -1, null, notSent.getMessage(), null, recorder.all());
        } catch (AssertionError noAnswer) {
            if (c.closeAllowed() && closedWithoutAnswer(noAnswer)) {
                return new Result(c, -1, null, null, null, recorder.all());
            }
            return new Result(c, -1, "no answer: " + noAnswer.getMessage(), null, null, recorder.all());
        }
        if (RestoreLedger.startedARestore(answer.statusCode())) { // meant or not, its job is followed first
            context.afterAccepted(call, ScenarioContext.jobId(answer), c.mayRestore(), recorder,
                    recorder.last().orElse(null));
        } else if (c.allowed().equals(Set.of(202))) {
            Optional<String> inconclusive = RefusedRestores.inconclusive(context, call, answer);
            if (inconclusive.isPresent()) {
                return new Result(c, answer.statusCode(), null, inconclusive.get(), contentTypeProblem(answer),
                        recorder.all());
            }
        }
        if (c.plain() != null) {
            return compared(context, template, c, answer, recorder, notes);
        }
        return new Result(c, answer.statusCode(), problem(context, c, answer), null, contentTypeProblem(answer),
                recorder.all());
    }

    /** A case judged by comparison with the same request in the plain form (by refusal). */
    private static Result compared(ScenarioContext context, RestoreCall template, ExploreCase c, Response answer,
                                   ExchangeRecorder recorder, Consumer<String> notes) {
        RestoreCall plain = template.withBody(c.plain());
        String evidence = recorder.last().map(Exchange::summary).orElse("no exchange was recorded");
        Equivalence.Judgement judgement = Comparisons.judge(context, c.name(), plain, answer, evidence,
                Misreading.NOT_JSON, Set.of(), notes);
        String problem = judgement.outcome() == Equivalence.Outcome.DIFFERENT && !c.family().informative()
                ? judgement.reason() + "\n" + Comparisons.plainEvidence(context, plain) : null;
        String skipped = judgement.outcome() == Equivalence.Outcome.UNDECIDED && !c.family().informative()
                ? judgement.reason() : null;
        return new Result(c, answer.statusCode(), problem, skipped, contentTypeProblem(answer), recorder.all(),
                judgement.reason());
    }

    private static String problem(ScenarioContext context, ExploreCase c, Response answer) {
        int status = answer.statusCode();
        if (c.family().informative()) {
            return null;
        }
        if (!c.allowed().contains(status)) {
            return "expected " + expectation(c) + ", got " + status
                    + (c.allowed().contains(202) ? context.busyTargetHint() : "");
        }
        Shape shape = status == 202 ? Shape.ACCEPTED : status == 400 || status == 404 ? Shape.ERROR : null;
        if (shape == null || c.family().statusOnly()) {
            return null;
        }
        List<String> problems = shape == Shape.ERROR
                ? context.schemas().errorProblems(status, AnswerBodies.text(answer))
                : context.schemas().problems(shape, AnswerBodies.text(answer));
        return problems.isEmpty() ? null
                : "the " + status + " body does not match " + shape.file() + ": " + String.join("; ", problems);
    }

    static String expectation(ExploreCase c) {
        List<String> statuses = c.allowed().stream().sorted().map(String::valueOf).toList();
        String either = statuses.size() == 1 ? statuses.get(0)
                : String.join(", ", statuses.subList(0, statuses.size() - 1)) + " or " + statuses.get(statuses.size() - 1);
        return "status " + either + (c.closeAllowed() ? " (or a closed connection)" : "");
    }

    /** A JSON answer says so (an error answer may use a JSON-based type such as application/problem+json). */
    private static String contentTypeProblem(Response answer) {
        return AnswerBodies.isJson(AnswerBodies.text(answer)) ? AnswerBodies.contentTypeProblem(answer) : null;
    }

    /** The endpoint closed or reset the connection (it may, on a body far over any size); not a timeout. */
    private static boolean closedWithoutAnswer(AssertionError error) {
        for (Throwable cause = error.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof java.net.SocketTimeoutException || cause instanceof CutAnswerException) {
                return false;
            }
            if (cause instanceof java.io.IOException) {
                return true;
            }
        }
        return false;
    }
}
