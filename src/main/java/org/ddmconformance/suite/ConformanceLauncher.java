package org.ddmconformance.suite;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import io.cucumber.tagexpressions.TagExpressionParser;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.stream.Collectors;
import org.ddmconformance.config.ConfigurationException;
import org.ddmconformance.config.Output;
import org.ddmconformance.config.Selection;
import org.ddmconformance.config.Settings;
import org.ddmconformance.http.WarmUp;
import org.ddmconformance.report.ConformancePlugin;
import org.ddmconformance.report.ConformanceReportFiles;
import org.ddmconformance.report.ConformanceResult;
import org.ddmconformance.report.ConsoleReport;
import org.ddmconformance.report.ConsoleStyle;
import org.ddmconformance.report.PhaseLog;
import org.ddmconformance.report.RequirementStatus;
import org.ddmconformance.requirements.Requirement;
import org.ddmconformance.requirements.RequirementCatalogue;
import org.junit.platform.engine.support.hierarchical.ExclusiveResource;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.TestPlan;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;

/**
 * Runs the conformance suite once, in this JVM, and returns its per-requirement result. The jar, {@code mvn
 * verify} and the project's self-test all run the suite through here.
 */
public final class ConformanceLauncher {

    public static final int CONFORMANT = 0;
    public static final int NOT_CONFORMANT = 1;
    public static final int USAGE_ERROR = 2;
    /** The tag of scenarios that start restores (without its {@code @}). */
    public static final String NEEDS_RESTORE_TAG = "needs-restore";

    private ConformanceLauncher() {
    }

    /**
     * Runs the suite, prints the console table and verdict, and returns the exit code it stands for: 1 also when
     * the run deadline (DDM_RUN_TIMEOUT_S) stopped requirements from being verified.
     */
    public static int runAndReport(Settings settings, PrintStream out) {
        settings.notices().forEach(notice -> out.println("NOTE: " + notice));
        ConformanceResult result = run(settings);
        PhaseLog.mark("reports-written"); // every plugin has written its files when the launcher returns
        ConsoleReport.print(result, out, ConsoleStyle.forThisProcess(settings.verbose(), settings.reportsDir())
                .withCucumberHtml(settings.output().cucumberReports().contains(Output.CucumberReport.HTML)));
        PhaseLog.mark("console-printed");
        if (!result.requirementsStoppedByRunDeadline().isEmpty()) {
            return NOT_CONFORMANT; // the verdict line names the deadline: a gate must not pass an unfinished run
        }
        if (!result.verified()) {
            throw new ConfigurationException("The selection (DDM_TAGS, DDM_LEVELS, DDM_AREAS) verified no MUST "
                    + "requirement, so there is no verdict");
        }
        return result.conformant() ? CONFORMANT : NOT_CONFORMANT;
    }

    public static ConformanceResult run(Settings settings) {
        RequirementCatalogue catalogue = RequirementCatalogue.load();
        String tagExpression = tagExpression(settings.selection(), catalogue);
        Path dir = settings.reportsDir();
        clean(dir);
        LauncherDiscoveryRequestBuilder request = LauncherDiscoveryRequestBuilder.request()
                .selectors(selectClass(ConformanceSuite.class))
                .configurationParameter("cucumber.plugin", plugins(dir, settings.output().cucumberReports()));
        if (!tagExpression.isEmpty()) {
            request.configurationParameter("cucumber.filter.tags", tagExpression);
        }
        scheduling(settings.exploration().concurrency()).forEach(request::configurationParameter);
        Launcher launcher = LauncherFactory.create();
        // Reading and filtering the features, and starting the engine, need no endpoint: they run while the
        // session starts the mock or checks the endpoint, and REST Assured warms up. Scenarios wait for the session.
        FutureTask<TestPlan> plan = new FutureTask<>(() -> {
            WarmUp.awaitClasspathScan();
            return launcher.discover(request.build());
        });
        Thread discovery = new Thread(plan, "ddm-discover-features");
        discovery.setDaemon(true);
        discovery.start();
        try (SessionOpening session = SessionOpening.start(settings)) {
            execute(launcher, planOf(plan), session);
        }
        ConformanceResult result = ConformanceReportFiles.read(dir);
        if (result.requirements().stream().allMatch(r -> r.status() == RequirementStatus.NOT_RUN)
                && result.requirementsStoppedByRunDeadline().isEmpty()) {
            throw new ConfigurationException("The selection (DDM_TAGS, DDM_LEVELS, DDM_AREAS: '" + tagExpression
                    + "') matched no scenario");
        }
        return result;
    }

    /**
     * How scenarios are scheduled. With DDM_CONCURRENCY above 1, the scenarios that start no restore run that
     * many at a time; then every feature holding a {@code @needs-restore} scenario runs alone, one after another
     * in the features' order (JUnit runs the holders of its global lock after all concurrent work, on one thread).
     * So no other request ever overlaps a restore and its job, and the scenarios that judge the run's restores
     * (RM-ACC-003, RM-JOB-*) still come after those that start them, as in a run one scenario at a time.
     */
    static Map<String, String> scheduling(int concurrency) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("cucumber.execution.exclusive-resources." + NEEDS_RESTORE_TAG + ".read-write",
                ExclusiveResource.GLOBAL_KEY);
        if (concurrency > 1) {
            parameters.put("cucumber.execution.parallel.enabled", "true");
            parameters.put("cucumber.execution.parallel.config.strategy", "fixed");
            parameters.put("cucumber.execution.parallel.config.fixed.parallelism", String.valueOf(concurrency));
            parameters.put("cucumber.execution.parallel.config.fixed.max-pool-size", String.valueOf(concurrency));
        }
        return parameters;
    }

    private static TestPlan planOf(FutureTask<TestPlan> plan) {
        try {
            return plan.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading the features", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("the features could not be read: " + e.getCause(), e.getCause());
        }
    }

    private static void execute(Launcher launcher, TestPlan plan, SessionOpening session) {
        SummaryGeneratingListener summary = new SummaryGeneratingListener();
        launcher.execute(plan, summary);
        // A session that could not open stopped the engine before any scenario: that reason is the run's error.
        session.await();
        // Failed scenarios are the suite's business and land in the report; an engine that could not even
        // start (a feature that does not parse, a broken glue class) is a defect worth a loud stop.
        summary.getSummary().getFailures().stream()
                .filter(failure -> failure.getTestIdentifier().isContainer())
                .findFirst()
                .ifPresent(failure -> {
                    throw new IllegalStateException("the conformance suite could not run: "
                            + failure.getException().getMessage(), failure.getException());
                });
    }

    /** Cucumber's report files the settings ask for (DDM_CUCUMBER_REPORTS), and always the conformance report. */
    private static String plugins(Path dir, Set<Output.CucumberReport> cucumberReports) {
        List<String> plugins = new ArrayList<>();
        for (Output.CucumberReport report : Output.CucumberReport.values()) {
            if (cucumberReports.contains(report)) {
                plugins.add(report.plugin() + ":" + dir.resolve(report.file()));
            }
        }
        plugins.add(ConformancePlugin.class.getName() + ":" + dir);
        return String.join(",", plugins);
    }

    /**
     * The Cucumber tag expression of a selection: the raw expression, and-ed with the requirement tags of the
     * chosen levels and areas, looked up in the catalogue so the selection never drifts from it.
     */
    public static String tagExpression(Selection selection, RequirementCatalogue catalogue) {
        Set<String> levels = selection.levels().stream().map(l -> l.toUpperCase(Locale.ROOT))
                .collect(Collectors.toSet());
        Set<String> knownLevels = Arrays.stream(Requirement.Level.values()).map(Enum::name)
                .collect(Collectors.toSet());
        if (!knownLevels.containsAll(levels)) {
            throw new ConfigurationException("DDM_LEVELS may name MUST, SHOULD and INFO, not " + selection.levels());
        }
        Set<String> unknownAreas = selection.areas().stream().filter(a -> !catalogue.areas().contains(a))
                .collect(Collectors.toCollection(TreeSet::new));
        if (!unknownAreas.isEmpty()) {
            throw new ConfigurationException("DDM_AREAS names unknown areas " + unknownAreas + "; the areas are "
                    + catalogue.areas());
        }
        List<String> parts = new ArrayList<>();
        if (!selection.tags().isEmpty()) {
            try {
                TagExpressionParser.parse(selection.tags());
            } catch (RuntimeException e) {
                throw new ConfigurationException("DDM_TAGS (or --tags) '" + selection.tags()
                        + "' is not a Cucumber tag expression: " + e.getMessage());
            }
            parts.add("(" + selection.tags() + ")");
        }
        if (!levels.isEmpty() || !selection.areas().isEmpty()) {
            String ids = catalogue.all().stream()
                    .filter(r -> levels.isEmpty() || levels.contains(r.level().name()))
                    .filter(r -> selection.areas().isEmpty() || selection.areas().contains(r.area()))
                    .map(Requirement::tag)
                    .collect(Collectors.joining(" or "));
            if (ids.isEmpty()) {
                throw new ConfigurationException("No requirement has the chosen levels " + selection.levels()
                        + " and areas " + selection.areas());
            }
            parts.add("(" + ids + ")");
        }
        return String.join(" and ", parts);
    }

    private static void clean(Path dir) {
        try {
            Files.createDirectories(dir);
            Files.deleteIfExists(dir.resolve(ConformanceReportFiles.JSON));
        } catch (IOException e) {
            throw new ConfigurationException("The report folder " + dir.toAbsolutePath() + " (DDM_REPORTS_DIR or "
                    + "--reports) cannot be written: " + e.getClass().getSimpleName() + " " + e.getMessage());
        }
    }
}
