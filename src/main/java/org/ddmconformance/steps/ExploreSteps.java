package org.ddmconformance.steps;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.ddmconformance.config.Exploration;
import org.ddmconformance.explore.CaseGenerator;
import org.ddmconformance.explore.CaseRunner;
import org.ddmconformance.explore.ExploreCase;
import org.ddmconformance.explore.Family;
import org.ddmconformance.http.Exchange;
import org.ddmconformance.report.ConformancePlugin;
import org.opentest4j.TestAbortedException;

/** The cases generated from the request schema: one family per scenario, sent concurrently, judged together. */
public final class ExploreSteps {

    private static final int SHOWN_FAILURES = 5;
    private static final int EVIDENCE_CHARS = 1200;

    private final ScenarioContext context;
    private Family family;
    private List<ExploreCase> cases = List.of();
    private List<CaseCheck.Result> results = List.of();

    public ExploreSteps(ScenarioContext context) {
        this.context = context;
    }

    @Given("the {exploreFamily} cases generated from the request schema")
    public void generated(Family chosen) {
        Exploration exploration = context.settings().exploration();
        if (exploration.mode() == Exploration.Mode.OFF) {
            throw new TestAbortedException("not run: DDM_EXPLORE=off, the cases generated from the request schema "
                    + "are not sent");
        }
        family = chosen;
        cases = new CaseGenerator(context.fixture(), context.session().exploreSeed()).cases(chosen);
        if (exploration.mode() == Exploration.Mode.QUICK) {
            cases = cases.subList(0, Math.min(1, cases.size()));
        }
        context.prepare("{}");
    }

    @When("every case is sent")
    public void send() {
        List<String> notes = new CopyOnWriteArrayList<>();
        results = CaseRunner.run(cases, context.settings().exploration().concurrency(),
                c -> CaseCheck.send(context, context.call(), c, notes::add));
        notes.forEach(context::observe);
        for (CaseCheck.Result result : results) {
            context.recordGenerated(result.exchanges());
            for (Exchange exchange : result.exchanges()) {
                context.scenario().attach(exchange.transcript(), "text/plain",
                        result.testCase().name() + ": " + result.outcome());
            }
            if (result.exchanges().isEmpty()) { // not sent, or no answer: the case is still in the report
                context.scenario().attach("POST, body of " + result.testCase().bodyLength() + " characters: "
                        + (result.skipped() != null ? result.skipped() : result.problem() != null ? result.problem()
                        : result.outcome()), "text/plain", result.testCase().name() + ": " + result.outcome());
            }
            if (result.contentTypeProblem() != null && context.crossCuttingFindings().isEmpty()) {
                context.crossCuttingFinding("[RM-HTTP-002] " + result.testCase().name() + ": "
                        + result.contentTypeProblem() + "\n" + evidence(result));
            }
            if (family.informative() && result.skipped() == null) {
                context.observe(result.testCase().name() + ": " + (result.comparison() != null
                        ? result.comparison() : result.outcome()));
            }
        }
    }

    @Then("every case is answered as the contract allows")
    public void judged() {
        List<CaseCheck.Result> failed = results.stream().filter(r -> r.problem() != null).toList();
        List<CaseCheck.Result> skipped = results.stream().filter(r -> r.skipped() != null).toList();
        String counts = family.requirement() + ": " + results.size() + (results.size() == 1 ? " case, " : " cases, ")
                + failed.size() + " failed"
                + (skipped.isEmpty() ? "" : ", " + skipped.size() + " not sent or not judged")
                + " (DDM_SEED=" + context.session().exploreSeed() + ")";
        context.scenario().log(ConformancePlugin.CASES + counts);
        StringBuilder message = new StringBuilder(counts).append(": ");
        message.append(String.join("; ", failed.stream().limit(SHOWN_FAILURES)
                .map(r -> r.testCase().name() + " (" + r.problem() + ")").toList()));
        List<String> details = new ArrayList<>();
        failed.stream().limit(SHOWN_FAILURES).forEach(r -> details.add("- " + r.testCase().name() + ": " + r.problem()
                + "\n" + evidence(r)));
        assertThat(failed).withFailMessage("%s%n%s", message, String.join("\n", details)).isEmpty();
        if (!skipped.isEmpty()) {
            throw new TestAbortedException(counts + ": " + skipped.get(0).skipped());
        }
    }

    private static String evidence(CaseCheck.Result result) {
        String text = result.exchanges().isEmpty() ? "  no exchange was recorded"
                : result.exchanges().get(result.exchanges().size() - 1).summary();
        return text.length() <= EVIDENCE_CHARS ? text : text.substring(0, EVIDENCE_CHARS) + "...";
    }
}
