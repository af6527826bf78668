package org.ddmconformance.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.Callable;
import org.ddmconformance.config.ConfigurationException;
import org.ddmconformance.config.Selection;
import org.ddmconformance.config.Setting;
import org.ddmconformance.config.Settings;
import org.ddmconformance.config.SettingsLoader;
import org.ddmconformance.http.Masker;
import org.ddmconformance.http.WarmUp;
import org.ddmconformance.mock.EmbeddedMock;
import org.ddmconformance.report.PhaseLog;
import org.ddmconformance.suite.ConformanceLauncher;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code java -jar ddm-conformance.jar}: runs the suite and exits 0 (conformant), 1 (not), 2 (usage), 3 (defect). */
@Command(name = "ddm-conformance", mixinStandardHelpOptions = true, version = "ddm-conformance 1.0.0",
        sortOptions = false, subcommands = {MockCommand.class, OpenApiCommand.class},
        description = {"Checks whether an endpoint honours Huawei Cloud DDM \"Restoring Metadata (a V3 API)\":",
                "POST /v3/{project_id}/instances/{instance_id}/backups/metadata-recovery.",
                "Without DDM_BASE_URL it runs against its embedded mock. Reports go to reports/ (DDM_REPORTS_DIR).",
                "'mock [--port N]' serves that mock until stopped, for other clients (see mock --help).",
                "'openapi [--output FILE]' prints an OpenAPI 3.1 document of the API (see openapi --help)."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every MUST requirement run passed (CONFORMANT)",
                "1:a MUST requirement failed (NOT CONFORMANT), or the run deadline DDM_RUN_TIMEOUT_S passed (INCOMPLETE)",
                "2:a setting or option is missing or wrong, the endpoint cannot be reached, or nothing was verified",
                "3:the suite itself failed (a defect: please report it)"})
public final class Main implements Callable<Integer> {

    public static final int SUITE_DEFECT = 3;

    @Option(names = "--tags", paramLabel = "EXPR",
            description = "Cucumber tag expression, e.g. \"not @needs-restore\" (overrides DDM_TAGS).")
    private String tags;

    @Option(names = "--level", split = ",", paramLabel = "LEVEL",
            description = "Only requirements of these levels: MUST, SHOULD, INFO (overrides DDM_LEVELS).")
    private List<String> levels;

    @Option(names = "--area", split = ",", paramLabel = "AREA",
            description = "Only requirements of these areas: accepted, jobs, body, unknown-ids, auth, http, explore (overrides DDM_AREAS).")
    private List<String> areas;

    @Option(names = "--reports", paramLabel = "DIR", description = "Report folder (overrides DDM_REPORTS_DIR).")
    private Path reportsDir;

    @Option(names = "--verbose", description = "Also print every observation and one line per restore job "
            + "(as DDM_VERBOSE=true; the reports always hold both).")
    private boolean verbose;

    public static void main(String[] args) {
        PhaseLog.mark("main");
        // Our options are plain Java: without this, picocli loads Groovy (which REST Assured brings along) just to
        // look for Groovy closures, and the main thread pays Groovy's start-up before anything else can happen.
        if (System.getProperty("picocli.disable.closures") == null) {
            System.setProperty("picocli.disable.closures", "true");
        }
        if (args.length > 0 && (args[0].equals("mock") || args[0].equals("openapi"))) {
            System.exit(execute(args)); // in this JVM: stopping this process stops the mock; no run, no warm-up
        }
        int exitCode = FastStart.runInChild(args).orElseGet(() -> {
            if (!asksForHelpOrVersion(args)) {
                WarmUp.start(); // REST Assured's start-up, beside reading the options, settings and features
            }
            return execute(args);
        });
        PhaseLog.mark("end");
        System.exit(exitCode);
    }

    private static boolean asksForHelpOrVersion(String[] args) {
        return Arrays.stream(args).anyMatch(a -> a.equals("-h") || a.equals("--help") || a.equals("-V")
                || a.equals("--version"));
    }

    public static int execute(String... args) {
        if (args.length == 0) {
            // The usual run (settings from the environment) needs no parsing, and picocli's classes, Java 5 class
            // files, are left out of the class-data-sharing archive: loading and verifying them costs the start-up.
            Main main = new Main();
            try {
                return main.call();
            } catch (RuntimeException e) {
                return main.failed(e, new PrintWriter(System.err, true));
            }
        }
        CommandLine commandLine = new CommandLine(new Main());
        commandLine.getCommandSpec().usageMessage().footer(settingsHelp());
        commandLine.setParameterExceptionHandler((e, a) -> {
            PrintWriter err = e.getCommandLine().getErr();
            err.println("ddm-conformance: " + e.getMessage() + " (see --help)");
            return ConformanceLauncher.USAGE_ERROR;
        });
        // The top command's handler, also for an exception in a subcommand (whose command is not a Main).
        commandLine.setExecutionExceptionHandler((e, cl, parsed) -> commandLine.<Main>getCommand().failed(e, cl.getErr()));
        return commandLine.execute(args);
    }

    /** One sentence for a run that could not give a verdict, and its exit code. */
    private int failed(Exception e, PrintWriter err) {
        if (e instanceof ConfigurationException) {
            err.println("ddm-conformance: " + masked(e.getMessage()));
            return ConformanceLauncher.USAGE_ERROR;
        }
        err.println("ddm-conformance: the suite itself failed, please report this: " + masked(e.toString()));
        return SUITE_DEFECT;
    }

    /** The settings of this run once read, so that error messages can be masked with its secrets. */
    private Settings loaded;

    @Override
    public Integer call() {
        Settings settings = SettingsLoader.fromSystem(EmbeddedMock.fixture());
        loaded = settings;
        Selection selection = settings.selection();
        settings = settings.withSelection(new Selection(tags != null ? tags : selection.tags(),
                levels != null ? new LinkedHashSet<>(levels) : selection.levels(),
                areas != null ? new LinkedHashSet<>(areas) : selection.areas()));
        if (reportsDir != null) {
            settings = settings.withReportsDir(reportsDir);
        }
        if (verbose) {
            settings = settings.withVerbose(true);
        }
        return ConformanceLauncher.runAndReport(settings, System.out);
    }

    private String masked(String message) {
        return loaded == null ? message : new Masker(loaded.secrets()).mask(message);
    }

    private static String settingsHelp() {
        StringBuilder help = new StringBuilder(String.format("%nSettings: environment variable, or the Java system "
                + "property of the same name (-Dddm.base-url=...), which wins; then the DDM_CONFIG file; then the default.%n"));
        for (Setting setting : Setting.values()) {
            help.append(String.format("  %-24s %-26s %s%n", setting.environmentVariable(), setting.property(),
                    setting.defaultValue() == null ? "" : "default: " + setting.defaultValue()));
            help.append(String.format("      %s%n", setting.description()));
        }
        return help.toString();
    }
}
