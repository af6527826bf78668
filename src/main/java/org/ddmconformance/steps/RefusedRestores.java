package org.ddmconformance.steps;

import io.restassured.response.Response;
import java.util.List;
import java.util.Optional;
import org.ddmconformance.http.ExchangeRecorder;
import org.ddmconformance.http.RestoreCall;
import org.ddmconformance.restore.JobOutcome;
import org.ddmconformance.restore.TargetAvailability;
import org.ddmconformance.suite.RestoreLedger;
import org.ddmconformance.suite.SuiteSession;

/** Valid restores the endpoint refused: whether the refusal says anything about the contract. */
final class RefusedRestores {

    private RefusedRestores() {
    }

    /**
     * Why a valid restore refused with 400, 404 or 409 and an error body is inconclusive: an earlier restore of the
     * run used its target, its job was seen to end, and restorable-instances no longer lists the target as
     * available ({@link TargetAvailability}). Empty when the refusal stands. The lookup's exchanges join the
     * scenario's evidence.
     */
    static Optional<String> inconclusive(ScenarioContext context, RestoreCall refused, Response answer) {
        int status = answer.statusCode();
        if ((status != 400 && status != 404 && status != 409)
                || !context.schemas().errorProblems(status, AnswerBodies.text(answer)).isEmpty()) {
            return Optional.empty();
        }
        SuiteSession session = context.session();
        RestoreLedger restores = session.restores();
        List<RestoreLedger.Accepted> accepted = restores.accepted();
        // A job not seen to end may hold the target for ever: that refusal stands, with its busy-target hint.
        if (!accepted.stream().allMatch(a -> a.hasJob() && restores.outcome(a.jobId()).map(JobOutcome::over)
                .orElse(false))) {
            return Optional.empty();
        }
        List<String> earlier = accepted.stream().map(RestoreLedger.Accepted::call).map(RestoreCall::body).toList();
        ExchangeRecorder lookup = new ExchangeRecorder(session.masker());
        Optional<String> why = TargetAvailability.whyInconclusive(refused.body(), earlier, session.relatedApis(),
                lookup);
        context.recordGenerated(lookup.all());
        return why;
    }
}
