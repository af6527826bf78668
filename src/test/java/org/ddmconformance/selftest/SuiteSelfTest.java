package org.ddmconformance.selftest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.ddmconformance.config.Settings;
import org.ddmconformance.config.SettingsLoader;
import org.ddmconformance.mock.EmbeddedMock;
import org.ddmconformance.report.ConformanceResult;
import org.ddmconformance.report.RequirementResult;
import org.ddmconformance.report.RequirementStatus;
import org.ddmconformance.requirements.Requirement;
import org.ddmconformance.requirements.RequirementCatalogue;
import org.ddmconformance.suite.ConformanceLauncher;
import org.ddmconformance.testsupport.RawFront;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The suite's own test: it runs the whole conformance suite, in this JVM, against variants of the reference
 * mock (one mock for the class, reset to the reference mappings before each variant). Every broken variant
 * (one rule broken) must be found NOT CONFORMANT with that rule's requirement failed; every conformant variant
 * (only freedoms the contract allows) must be found CONFORMANT. Each run's reports land in
 * {@code target/self-test/<variant>/conformance.html}.
 */
class SuiteSelfTest {

    private static final Path REPORTS = Path.of("target", "self-test");
    /** The fixture values the suite needs against an endpoint given by URL (here, the mock's own URL). */
    private static final List<String> ENDPOINT_DATA = List.of("ddm.project-id", "ddm.instance-id",
            "ddm.auth-token", "ddm.backup-id", "ddm.restore-time", "ddm.target-instance-id", "ddm.target-data-nodes");

    private static EmbeddedMock mock;
    // A variant whose run throws counts as not killed (broken) or as a false alarm (conformant).
    private static final AtomicInteger brokenRun = new AtomicInteger();
    private static final AtomicInteger killed = new AtomicInteger();
    private static final AtomicInteger conformantRun = new AtomicInteger();
    private static final AtomicInteger conformantPassed = new AtomicInteger();

    @BeforeAll
    static void startMock() {
        mock = EmbeddedMock.start();
    }

    @AfterAll
    static void stopMockAndSummarise() {
        if (mock != null) {
            mock.close();
        }
        System.out.println("self-test: killed " + killed + "/" + brokenRun + " broken variants, false alarms "
                + (conformantRun.get() - conformantPassed.get()) + "/" + conformantRun);
    }

    @TestFactory
    Stream<DynamicTest> everyBrokenVariantIsCaught() {
        return BrokenVariants.all().stream().filter(SuiteSelfTest::selected).map(variant -> DynamicTest.dynamicTest(variant.toString(), () -> {
            brokenRun.incrementAndGet();
            ConformanceResult result = runSuiteAgainst(variant);
            // mustPassed > 0: the suite really ran; a suite that cannot run fails everything and proves nothing
            boolean caught = !result.conformant() && result.failedMust().contains(variant.breaks())
                    && result.mustPassed() > 0;
            assertThat(caught).withFailMessage("the suite did not catch '%s': expected %s among the failed MUST "
                    + "requirements%nverdict: %s%n%s", variant.name(), variant.breaks(), result.verdict(),
                    describe(result, variant.breaks())).isTrue();
            killed.incrementAndGet();
        }));
    }

    @TestFactory
    Stream<DynamicTest> everyConformantVariantPasses() {
        return ConformantVariants.all().stream().filter(SuiteSelfTest::selected).map(variant -> DynamicTest.dynamicTest(variant.toString(), () -> {
            conformantRun.incrementAndGet();
            ConformanceResult result = runSuiteAgainst(variant);
            assertThat(result.failedMust()).withFailMessage("false alarm on '%s': %s%n%s", variant.name(),
                    result.verdict(), failures(result)).isEmpty();
            assertThat(result.conformant()).withFailMessage("'%s' got no CONFORMANT verdict: %s", variant.name(),
                    result.verdict()).isTrue();
            conformantPassed.incrementAndGet();
        }));
    }

    @Test
    void aThrottledAnswerIsRetriedAndTheRetryIsNotedInTheReport() {
        ConformanceResult result = runSuiteAgainst(ConformantVariants.THROTTLED_ONCE);
        assertThat(result.conformant()).isTrue();
        assertThat(result.requirements()).flatExtracting(RequirementResult::observations)
                .anySatisfy(note -> assertThat(note).startsWith("retry 1 of 3 of POST after a 429 answer"));
    }

    /** A time just after the window that the window's end caught up with before the answer is skipped, not failed. */
    @Test
    void aTimeTheWindowCaughtUpWithIsNotJudged() {
        ConformanceResult result = runSuiteAgainst(ConformantVariants.WINDOW_MOVES);
        assertThat(result.conformant()).withFailMessage(result.verdict() + "\n" + failures(result)).isTrue();
        assertThat(result.requirements()).filteredOn(r -> r.id().equals("RM-BODY-009")).singleElement()
                .satisfies(r -> assertThat(r.scenarios()).filteredOn(o -> o.scenario().contains("just after"))
                        .singleElement().satisfies(o -> {
                            assertThat(o.status()).isEqualTo(RequirementStatus.SKIPPED);
                            assertThat(o.message()).contains("the window moved");
                        }));
    }

    /** Where every refusal is alike, a comparison by refusal cannot tell: the form is undecided, never passed. */
    @Test
    void formsAreUndecidedWhereEveryRefusalIsAlike() {
        ConformanceResult result = runSuiteAgainst(ConformantVariants.GENERIC_REFUSALS);
        assertThat(result.conformant()).withFailMessage(result.verdict() + "\n" + failures(result)).isTrue();
        assertThat(result.requirements()).filteredOn(r -> Set.of("RM-HTTP-004", "RM-HTTP-007", "RM-EXPLORE-006")
                .contains(r.id())).hasSize(3).allSatisfy(r -> {
                    assertThat(r.status()).as(r.id()).isEqualTo(RequirementStatus.SKIPPED);
                    assertThat(r.reason()).as(r.id()).contains("undecided").contains("cannot tell");
                });
        // The token and the path are compared with other answers (401, a foreign project), which still differ.
        assertThat(result.requirements()).filteredOn(r -> r.id().equals("RM-HTTP-008")).singleElement()
                .satisfies(r -> assertThat(r.status()).isEqualTo(RequirementStatus.PASS));
    }

    /** A mock of this API alone: declared, its jobs are not followed and RM-JOB-* are NOT RUN, saying why. */
    @Test
    void anEndpointWithoutAJobApiIsCheckedWithoutJobsWhenItSaysSo() {
        // The mock keeps a target busy for 3 s after a 202 whose job nobody asked about: the spacing outlasts it.
        ConformanceResult result = runSuiteAgainst(ConformantVariants.NO_JOB_API.withSettings(
                Map.of("ddm.job-api", "false", "ddm.restore-spacing-ms", "3100")));
        assertThat(result.conformant()).withFailMessage(result.verdict() + "\n" + failures(result)).isTrue();
        assertThat(result.verdict()).endsWith("; restore jobs not checked (DDM_JOB_API=false)");
        assertThat(result.requirements()).filteredOn(r -> r.id().startsWith("RM-JOB-")).hasSize(3).allSatisfy(r -> {
            assertThat(r.status()).isEqualTo(RequirementStatus.NOT_RUN);
            assertThat(r.reason()).startsWith(ConformanceResult.NO_JOB_API);
        });
        assertThat(result.requirements()).filteredOn(r -> r.id().equals("RM-ACC-001")).singleElement()
                .satisfies(r -> assertThat(r.status()).isEqualTo(RequirementStatus.PASS));
        assertThat(result.header().jobs()).isNotEmpty()
                .allSatisfy(job -> assertThat(job.outcome()).isEqualTo("NOT_FOLLOWED"));
    }

    /** Undeclared, the same endpoint fails RM-JOB-001, and the failure names the setting that declares it. */
    @Test
    void aJobPollThatFindsNoRouteNamesTheSetting() {
        ConformanceResult result = runSuiteAgainst(ConformantVariants.NO_JOB_API);
        assertThat(result.failedMust()).contains("RM-JOB-001");
        assertThat(result.requirements()).filteredOn(r -> r.id().equals("RM-JOB-001")).singleElement()
                .satisfies(r -> assertThat(r.reason()).contains("set DDM_JOB_API=false"));
    }

    /** RM-JOB-002 is a SHOULD: a job that never ends is a warning, found within the (short) job timeout. */
    @Test
    void aJobThatNeverEndsIsAWarningWithinTheJobTimeout() {
        ConformanceResult result = runSuiteAgainst(ConformantVariants.JOBS_NEVER_END);
        assertThat(result.requirements()).filteredOn(r -> r.id().equals("RM-JOB-002")).singleElement()
                .satisfies(r -> assertThat(r.status()).isEqualTo(RequirementStatus.FAIL));
        assertThat(result.warnings()).anySatisfy(w -> assertThat(w).startsWith("SHOULD requirement RM-JOB-002 failed"));
        assertThat(result.conformant()).withFailMessage(result.verdict()).isTrue();
    }

    /** A Failed job is not a contract failure: CONFORMANT, with a warning and the fail_reason in the report. */
    @Test
    void aFailedJobIsReportedWithItsReasonButIsNoFailure() {
        ConformanceResult result = runSuiteAgainst(ConformantVariants.JOBS_FAIL);
        assertThat(result.conformant()).withFailMessage(result.verdict() + "\n" + failures(result)).isTrue();
        assertThat(result.warnings()).anySatisfy(w -> assertThat(w).contains("A restore job FAILED")
                .contains(ConformantVariants.FAIL_REASON));
        assertThat(result.header().jobs()).isNotEmpty()
                .allSatisfy(job -> assertThat(job.outcome()).isEqualTo("FAILED"))
                .allSatisfy(job -> assertThat(job.failReason()).isEqualTo(ConformantVariants.FAIL_REASON));
    }

    /** Adding a MUST requirement without a broken variant that breaks it fails the build. */
    @Test
    void everyMustRequirementHasABrokenVariant() {
        Set<String> must = RequirementCatalogue.load().all().stream()
                .filter(r -> r.level() == Requirement.Level.MUST).map(Requirement::id)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> targeted = BrokenVariants.all().stream().map(Variant::breaks)
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(must).withFailMessage("MUST requirements that no broken variant breaks: %s",
                difference(must, targeted)).isSubsetOf(targeted);
        assertThat(targeted).withFailMessage("broken variants name requirements that are not MUST requirements "
                + "of the catalogue: %s", difference(targeted, must)).isSubsetOf(must);
    }

    private static ConformanceResult runSuiteAgainst(Variant variant) {
        if (variant.front() == null) {
            return runSuiteAgainst(variant, mock.baseUrl());
        }
        Variant.Front front = variant.front();
        try (RawFront raw = new RawFront(URI.create(mock.baseUrl()).getPort(), front.picks(), front.status(),
                front.body())) {
            return runSuiteAgainst(variant, raw.url());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ConformanceResult runSuiteAgainst(Variant variant, String baseUrl) {
        mock.resetToReference();
        variant.inTheMock().accept(mock);
        variant.stubs().accept(mock.server());
        Properties fixture = EmbeddedMock.fixture();
        Map<String, String> properties = new HashMap<>();
        ENDPOINT_DATA.forEach(key -> properties.put(key, fixture.getProperty(key)));
        properties.put("ddm.base-url", baseUrl);
        properties.put("ddm.allow-restore", "true");
        properties.put("ddm.reports-dir", REPORTS.resolve(variant.slug()).toString());
        properties.put("ddm.job-poll-ms", "20"); // the mock's jobs take 50 ms
        variant.settings().forEach((key, value) -> {
            if (value.isEmpty()) {
                properties.remove(key);
            } else {
                properties.put(key, value);
            }
        });
        Settings settings = SettingsLoader.load(properties, Map.of(), fixture);
        return ConformanceLauncher.run(settings.withCucumberReports(Set.of()));
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        Set<String> rest = new TreeSet<>(a);
        rest.removeAll(b);
        return rest;
    }

    /** The status of the expected requirement, and why every failed requirement failed. */
    /** -Dddm.selftest.only=text runs only the variants whose name or broken requirement contains it. */
    private static boolean selected(Variant variant) {
        return variant.toString().contains(System.getProperty("ddm.selftest.only", ""));
    }

    private static String describe(ConformanceResult result, String expected) {
        String status = result.requirements().stream().filter(r -> r.id().equals(expected)).findFirst()
                .map(r -> expected + " is " + r.status().label() + (r.reason().isEmpty() ? "" : ": " + r.reason())
                        + r.observations().stream().map(o -> "\n  observed: " + o).collect(Collectors.joining()))
                .orElse(expected + " is not in the report");
        return status + "\n" + failures(result);
    }

    private static String failures(ConformanceResult result) {
        return result.requirements().stream().filter(r -> r.status() == RequirementStatus.FAIL)
                .map(SuiteSelfTest::firstLines).collect(Collectors.joining("\n"));
    }

    private static String firstLines(RequirementResult r) {
        String reason = r.reason();
        return r.id() + " FAIL: " + (reason.length() > 400 ? reason.substring(0, 400) + "..." : reason);
    }
}
