package org.ddmconformance.report;

import io.cucumber.plugin.ConcurrentEventListener;
import io.cucumber.plugin.event.EventPublisher;
import io.cucumber.plugin.event.HookTestStep;
import io.cucumber.plugin.event.Result;
import io.cucumber.plugin.event.Status;
import io.cucumber.plugin.event.TestCase;
import io.cucumber.plugin.event.TestCaseFinished;
import io.cucumber.plugin.event.TestCaseStarted;
import io.cucumber.plugin.event.TestRunFinished;
import io.cucumber.plugin.event.TestStepFinished;
import io.cucumber.plugin.event.WriteEvent;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ddmconformance.requirements.Requirement;
import org.ddmconformance.restore.JobOutcome;
import org.ddmconformance.requirements.RequirementCatalogue;
import org.ddmconformance.work.RunDeadline;
import org.ddmconformance.suite.SessionOpening;
import org.ddmconformance.suite.SuiteSession;

/**
 * Cucumber plugin that turns scenario results into requirement results while the suite runs, and writes
 * {@code conformance.json} and {@code conformance.html} to the folder given as its argument.
 *
 * <p>A failed step fails every requirement its scenario is tagged with. A failed hook whose message starts
 * with a requirement id in brackets ({@code [RM-HTTP-002] ...}) fails that requirement only: it is a
 * cross-cutting check made on every answer, after the scenario's own checks passed. A scenario the run deadline
 * stopped (DDM_RUN_TIMEOUT_S) is NOT RUN, with the reason.
 */
public final class ConformancePlugin implements ConcurrentEventListener {

    /** Steps log lines starting with this to record what was observed for an INFO requirement. */
    public static final String OBSERVED = "observed: ";
    /** Steps that send many generated cases log their counts with this; a passing scenario shows them as its reason. */
    public static final String CASES = "cases: ";
    private static final Pattern BRACKETED_ID = Pattern.compile("^\\[(" + RequirementCatalogue.ID.pattern() + ")]");

    private final Path outputDir;
    private final RequirementCatalogue catalogue = RequirementCatalogue.load();
    private final Map<String, List<ScenarioOutcome>> outcomes = new ConcurrentHashMap<>();
    private final Map<String, List<String>> observations = new ConcurrentHashMap<>();
    private final Map<UUID, String> ownFailure = new ConcurrentHashMap<>();
    private final Map<UUID, String> caseCounts = new ConcurrentHashMap<>();
    /** For the phase log of the benchmark: when the first scenario started and the latest one finished. */
    private final AtomicBoolean started = new AtomicBoolean();
    private final AtomicReference<PhaseLog.Reading> lastFinished = new AtomicReference<>();

    public ConformancePlugin(String outputDir) {
        this.outputDir = Path.of(outputDir);
    }

    @Override
    public void setEventPublisher(EventPublisher publisher) {
        if (PhaseLog.enabled()) {
            publisher.registerHandlerFor(TestCaseStarted.class, event -> {
                if (started.compareAndSet(false, true)) {
                    PhaseLog.mark("scenarios-start");
                }
            });
            publisher.registerHandlerFor(TestCaseFinished.class, event -> lastFinished.set(PhaseLog.Reading.now()));
        }
        publisher.registerHandlerFor(TestStepFinished.class, this::stepFinished);
        publisher.registerHandlerFor(TestCaseFinished.class, this::caseFinished);
        publisher.registerHandlerFor(WriteEvent.class, this::written);
        publisher.registerHandlerFor(TestRunFinished.class, event -> finish());
    }

    private void stepFinished(TestStepFinished event) {
        Result result = event.getResult();
        if (result.getStatus() != Status.FAILED) {
            return;
        }
        String message = message(result);
        Matcher crossCutting = BRACKETED_ID.matcher(message);
        if (event.getTestStep() instanceof HookTestStep && crossCutting.find()) {
            record(crossCutting.group(1), event.getTestCase(), RequirementStatus.FAIL, message);
        } else {
            ownFailure.putIfAbsent(event.getTestCase().getId(), message);
        }
    }

    private void caseFinished(TestCaseFinished event) {
        TestCase testCase = event.getTestCase();
        Result result = event.getResult();
        String failure = ownFailure.remove(testCase.getId());
        String counts = caseCounts.remove(testCase.getId());
        RequirementStatus status;
        String message = null;
        if (failure != null) {
            status = RequirementStatus.FAIL;
            message = failure;
        } else if (result.getStatus() == Status.SKIPPED) {
            message = message(result);
            status = message.startsWith(RunDeadline.REASON_PREFIX) || message.startsWith(ConformanceResult.NO_JOB_API)
                    ? RequirementStatus.NOT_RUN : RequirementStatus.SKIPPED;
        } else if (result.getStatus() == Status.PASSED || result.getStatus() == Status.FAILED) {
            // FAILED without a failed step: only a cross-cutting hook failed, recorded against its own id.
            status = RequirementStatus.PASS;
            message = counts;
        } else {
            status = RequirementStatus.FAIL;
            message = "the suite could not run this scenario: a step is " + result.getStatus().name().toLowerCase();
        }
        for (String id : RequirementCatalogue.requirementIds(testCase.getTags())) {
            record(id, testCase, status, message);
        }
    }

    private void written(WriteEvent event) {
        if (event.getText().startsWith(CASES)) {
            caseCounts.put(event.getTestCase().getId(), event.getText().substring(CASES.length()));
        }
        if (event.getText().startsWith(OBSERVED)) {
            for (String id : RequirementCatalogue.requirementIds(event.getTestCase().getTags())) {
                observations.computeIfAbsent(id, k -> Collections.synchronizedList(new ArrayList<>()))
                        .add(masked(event.getText().substring(OBSERVED.length())));
            }
        }
    }

    private void record(String id, TestCase testCase, RequirementStatus status, String message) {
        ScenarioOutcome outcome = new ScenarioOutcome(testCase.getName(),
                testCase.getUri() + ":" + testCase.getLocation().getLine(), status, masked(message));
        outcomes.computeIfAbsent(id, k -> Collections.synchronizedList(new ArrayList<>())).add(outcome);
    }

    private void finish() {
        PhaseLog.mark("scenarios-end", lastFinished.get());
        List<RequirementResult> results = new ArrayList<>();
        for (Requirement requirement : catalogue.all()) {
            List<ScenarioOutcome> scenarios = List.copyOf(outcomes.getOrDefault(requirement.id(), List.of()));
            results.add(new RequirementResult(requirement.id(), requirement.level().name(), requirement.area(),
                    requirement.statement(), requirement.source(), aggregate(scenarios), scenarios,
                    List.copyOf(observations.getOrDefault(requirement.id(), List.of()))));
        }
        String endpoint = SuiteSession.current().map(s -> s.settings().embeddedMock()
                ? "embedded mock (" + s.settings().baseUrl() + ")" : s.settings().baseUrl()).orElse("unknown");
        List<String> notices = new ArrayList<>(SuiteSession.current().map(s -> s.settings().notices()).orElse(List.of()));
        List<String> unexpected = SuiteSession.current().map(s -> s.restores().unexpectedRestores()).orElse(List.of());
        if (!unexpected.isEmpty()) {
            notices.add("Restores may have been started although DDM_ALLOW_RESTORE is not true: the endpoint accepted "
                    + unexpected.size() + " request(s) that should have been rejected (job ids " + unexpected
                    + "); no restore request was sent after the first.");
        }
        SessionOpening.whyNotOpened().ifPresent(reason -> notices.add("No scenario ran: " + reason));
        SuiteSession.current().ifPresent(session -> notices.addAll(lifecycleNotices(session)));
        RunHeader header = SuiteSession.current().map(session -> header(session, endpoint)).orElse(null);
        String runDeadline = SuiteSession.current().map(SuiteSession::runDeadline).filter(RunDeadline::isSet)
                .map(RunDeadline::sentence).orElse(null);
        ConformanceReportFiles.write(outputDir, ConformanceResult.of(endpoint, results, notices, runDeadline, header));
    }

    /** Discovery notes, and jobs that failed or were not seen to end: where nobody misses them. */
    private static List<String> lifecycleNotices(SuiteSession session) {
        // Discovery notes may quote what the endpoint answered, which may echo a secret.
        List<String> notices = new ArrayList<>(session.discovered().notices().stream()
                .map(ConformancePlugin::masked).toList());
        for (JobOutcome job : session.restores().outcomes()) {
            if (job.end() == JobOutcome.End.FAILED) {
                notices.add("A restore job FAILED (not a failure of the restore API's contract: the target may not "
                        + "meet the restore's preconditions): " + masked(job.summary()));
            } else if (job.end() == JobOutcome.End.TIMED_OUT) {
                notices.add("A restore job did not end while it was followed; its target may still be busy: "
                        + masked(job.summary()));
            }
        }
        return notices;
    }

    private static RunHeader header(SuiteSession session, String endpoint) {
        long now = System.currentTimeMillis();
        List<RunHeader.FixtureLine> fixture = session.discovered().values().stream()
                .map(v -> new RunHeader.FixtureLine(v.name(), masked(v.value()), masked(v.source()))).toList();
        List<RunHeader.JobLine> jobs = session.restores().outcomes().stream()
                .map(j -> new RunHeader.JobLine(masked(j.jobId()), j.end().name(), j.millis(), j.scenario(), j.meant(),
                        masked(j.failReason()), masked(j.summary()))).toList();
        return new RunHeader(RunHeader.currentVersion(), Instant.ofEpochMilli(session.startedAt()).toString(),
                now - session.startedAt(), endpoint, fixture, jobs);
    }

    private static RequirementStatus aggregate(List<ScenarioOutcome> scenarios) {
        if (scenarios.stream().anyMatch(s -> s.status() == RequirementStatus.FAIL)) {
            return RequirementStatus.FAIL;
        }
        // A requirement some of whose scenarios the run deadline stopped is not verified, whatever the rest did.
        if (scenarios.stream().anyMatch(s -> s.status() == RequirementStatus.NOT_RUN)) {
            return RequirementStatus.NOT_RUN;
        }
        if (scenarios.stream().anyMatch(s -> s.status() == RequirementStatus.PASS)) {
            return RequirementStatus.PASS;
        }
        return scenarios.isEmpty() ? RequirementStatus.NOT_RUN : RequirementStatus.SKIPPED;
    }

    private static String message(Result result) {
        Throwable error = result.getError();
        if (error == null) {
            return "";
        }
        return error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
    }

    private static String masked(String message) {
        if (message == null) {
            return null;
        }
        return SuiteSession.current().map(SuiteSession::masker).map(m -> m.mask(message)).orElse(message);
    }

}
