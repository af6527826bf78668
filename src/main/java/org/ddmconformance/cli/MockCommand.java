package org.ddmconformance.cli;

import java.io.PrintStream;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.ddmconformance.mock.EmbeddedMock;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code java -jar ddm-conformance.jar mock [--port N]}: serves the embedded mock (the restore, the related APIs and
 * the job API, with restore jobs that run for a while) until stopped, so another team can point its client at it.
 */
@Command(name = "mock", mixinStandardHelpOptions = true, sortOptions = false, version = "ddm-conformance 1.0.0",
        description = {"Serves the suite's mock of DDM on 127.0.0.1 until stopped (Ctrl+C), and prints its base URL "
                + "and fixture.", "The suite run against it with only DDM_BASE_URL, DDM_PROJECT_ID, DDM_INSTANCE_ID, "
                + "DDM_AUTH_TOKEN and DDM_ALLOW_RESTORE=true discovers the rest."})
final class MockCommand implements Callable<Integer> {

    @Option(names = "--port", paramLabel = "N", defaultValue = "8080",
            description = "Port to listen on, 0 for any free one (default: ${DEFAULT-VALUE}).")
    private int port;

    @Option(names = "--job-ms", paramLabel = "MS", defaultValue = "2000",
            description = "How long each restore job runs before it is Completed (default: ${DEFAULT-VALUE}).")
    private long jobMs;

    @Option(names = "--delay-ms", paramLabel = "MS", defaultValue = "0",
            description = "Delay every answer by this long, like a distant endpoint (default: ${DEFAULT-VALUE}).")
    private int delayMs;

    @Option(names = "--record-requests", description = "Keep every request served in WireMock's journal "
            + "(GET /__admin/requests), e.g. for bench/replay.mjs to replay a run's requests.")
    private boolean recordRequests;

    @Override
    public Integer call() throws InterruptedException {
        EmbeddedMock mock = EmbeddedMock.start(options -> {
            if (!recordRequests) {
                options.disableRequestJournal();
            }
            if (port > 0) {
                options.port(port);
            }
        });
        mock.jobs().durationMs(jobMs);
        if (delayMs > 0) {
            mock.server().setGlobalFixedDelay(delayMs);
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            mock.close();
            stopped.countDown();
        }));
        describe(mock, System.out);
        stopped.await();
        return 0;
    }

    private void describe(EmbeddedMock mock, PrintStream out) {
        Properties fixture = EmbeddedMock.fixture();
        out.println("DDM mock serving at " + mock.baseUrl() + " (Ctrl+C stops it); restore jobs run " + jobMs + " ms"
                + (delayMs > 0 ? "; every answer is delayed " + delayMs + " ms." : "."));
        out.println("Point a client, or the suite, at it with:");
        out.println("  DDM_BASE_URL=" + mock.baseUrl());
        out.println("  DDM_PROJECT_ID=" + fixture.getProperty("ddm.project-id"));
        out.println("  DDM_INSTANCE_ID=" + fixture.getProperty("ddm.instance-id"));
        out.println("  DDM_AUTH_TOKEN=" + fixture.getProperty("ddm.auth-token") + "   (the mock's own token)");
        out.println("  DDM_ALLOW_RESTORE=true");
        out.println("Its fixture, which the suite discovers: backup " + fixture.getProperty("ddm.backup-id")
                + ", target " + fixture.getProperty("ddm.target-instance-id") + ", data nodes "
                + fixture.getProperty("ddm.target-data-nodes") + ", restorable window 2024-01-01 to 2026-01-01 UTC.");
        out.flush();
    }
}
