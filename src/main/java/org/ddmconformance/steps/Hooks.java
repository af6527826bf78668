package org.ddmconformance.steps;

import io.cucumber.java.After;
import io.cucumber.java.AfterAll;
import io.cucumber.java.Before;
import io.cucumber.java.BeforeAll;
import io.cucumber.java.Scenario;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.ddmconformance.http.Exchange;
import org.ddmconformance.report.ConformanceResult;
import org.ddmconformance.suite.SuiteSession;
import org.opentest4j.TestAbortedException;

/** Per-scenario set-up and tear-down: the restore guard, cross-cutting findings, evidence on failure. */
public final class Hooks {

    /** Whether this Cucumber run opened the suite session itself (started without the launcher). */
    private static final AtomicBoolean OPENED_BY_THIS_RUN = new AtomicBoolean();

    private final ScenarioContext context;

    public Hooks(ScenarioContext context) {
        this.context = context;
    }

    /**
     * No scenario starts before the session the launcher opens beside the engine's start is open (none starts
     * if it cannot open); a run started directly (from an IDE) opens its own, against the mock.
     */
    @BeforeAll
    public static void openSessionWhenStartedDirectly() {
        OPENED_BY_THIS_RUN.set(SuiteSession.openFromSystemIfNone());
    }

    @AfterAll
    public static void closeSessionOpenedByThisRun() {
        if (OPENED_BY_THIS_RUN.getAndSet(false)) {
            SuiteSession.current().ifPresent(SuiteSession::close);
        }
    }

    @Before(order = 0)
    public void rememberScenario(Scenario scenario) {
        context.scenario(scenario);
    }

    /** Restores cost money on a real system: they run against one only when explicitly allowed. */
    @Before(value = ScenarioContext.NEEDS_RESTORE, order = 2)
    public void restoreGuard() {
        if (!context.settings().restoresAllowed()) {
            throw new TestAbortedException("restore guard: this scenario starts a real restore; "
                    + "set DDM_ALLOW_RESTORE=true to run it against " + context.settings().baseUrl());
        }
    }

    /** An endpoint declared to have no job API cannot show a job: the job requirements are not run there. */
    @Before(order = 1)
    public void noJobApi(Scenario scenario) {
        if (!context.settings().lifecycle().jobApi()
                && scenario.getSourceTagNames().stream().anyMatch(tag -> tag.startsWith("@RM-JOB-"))) {
            throw new TestAbortedException(ConformanceResult.NO_JOB_API + " says the endpoint has no job API (GET "
                    + "/v3/{project_id}/jobs/{job_id}), so no job was followed");
        }
    }

    /** Past the run deadline (DDM_RUN_TIMEOUT_S) no scenario starts: it is reported NOT RUN, with the reason. */
    @Before(order = 3)
    public void runDeadline() {
        SuiteSession.require().runDeadline().checkNotPassed("this scenario was not run");
    }

    /** Rules checked on every answer (Content-Type) fail the scenario here, naming their own requirement. */
    @After(order = 20)
    public void reportCrossCuttingFindings() {
        List<String> findings = context.crossCuttingFindings();
        if (!findings.isEmpty()) {
            throw new AssertionError(String.join("\n", findings));
        }
    }

    /**
     * A server error is never a conformant answer: every exchange of every scenario (INFO and SHOULD ones too,
     * generated cases included) is checked, and a 5xx fails RM-ROBUST-001 only, with the exchanges as evidence.
     */
    @After(order = 30)
    public void noServerError() {
        List<Exchange> serverErrors = context.exchanges().stream().filter(e -> e.status() >= 500).toList();
        if (!serverErrors.isEmpty()) {
            StringBuilder message = new StringBuilder("[RM-ROBUST-001] " + serverErrors.size() + " request(s) "
                    + "answered with a server error (" + serverErrors.get(0).status() + "); a 5xx that a client's "
                    + "request causes is a defect, never a conformant answer");
            serverErrors.stream().limit(3).forEach(e -> message.append('\n').append(e.summary()));
            if (serverErrors.size() > 3) {
                message.append("\n... and ").append(serverErrors.size() - 3).append(" more");
            }
            throw new AssertionError(message.toString());
        }
    }

    /** A failed scenario carries every exchange it made, secrets masked, in the HTML and JSON reports. */
    @After(order = 10)
    public void attachEvidence(Scenario scenario) {
        if (scenario.isFailed()) {
            List<Exchange> exchanges = context.ownExchanges();
            for (int i = 0; i < exchanges.size(); i++) {
                scenario.attach(exchanges.get(i).transcript(), "text/plain",
                        "exchange " + (i + 1) + " of " + exchanges.size());
            }
        }
    }
}
