package org.ddmconformance.steps;

import io.cucumber.java.After;
import io.cucumber.java.AfterAll;
import io.cucumber.java.Before;
import io.cucumber.java.BeforeAll;
import io.cucumber.java.Scenario;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.ddmconformance.http.Exchange;
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

    /** The launcher opens the session; a run started directly (from an IDE) opens its own, against the mock. */
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
    @Before(value = ScenarioContext.NEEDS_RESTORE, order = 1)
    public void restoreGuard() {
        if (!context.settings().restoresAllowed()) {
            throw new TestAbortedException("restore guard: this scenario starts a real restore; "
                    + "set DDM_ALLOW_RESTORE=true to run it against " + context.settings().baseUrl());
        }
    }

    /** Past the run deadline (DDM_RUN_TIMEOUT_S) no scenario starts: it is reported NOT RUN, with the reason. */
    @Before(order = 2)
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

    /** A failed scenario carries every exchange it made, secrets masked, in the HTML and JSON reports. */
    @After(order = 10)
    public void attachEvidence(Scenario scenario) {
        if (scenario.isFailed()) {
            List<Exchange> exchanges = context.exchanges();
            for (int i = 0; i < exchanges.size(); i++) {
                scenario.attach(exchanges.get(i).transcript(), "text/plain",
                        "exchange " + (i + 1) + " of " + exchanges.size());
            }
        }
    }
}
