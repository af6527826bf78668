package org.ddmconformance.mock;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.common.Slf4jNotifier;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import java.util.function.Consumer;

/**
 * The reference implementation the suite runs against when no endpoint is configured: WireMock on a free
 * loopback port, loaded from the stub mappings under {@code src/main/resources/mock/mappings}. A standalone
 * WireMock loads the same folder as it is: {@code java -jar wiremock-standalone.jar --root-dir src/main/resources/mock}.
 */
public final class EmbeddedMock implements AutoCloseable {

    /** Classpath folder holding {@code mappings/} and {@code fixture.properties}. */
    public static final String ROOT = "mock";

    private final WireMockServer server;
    private final MockJobs jobs;
    private final HostileInput hostile;

    private EmbeddedMock(WireMockServer server, MockJobs jobs, HostileInput hostile) {
        this.server = server;
        this.jobs = jobs;
        this.hostile = hostile;
    }

    /** The identifiers and token the stub mappings know, by setting property name (ddm.project-id, ...). */
    public static Properties fixture() {
        Properties fixture = new Properties();
        try (InputStream in = EmbeddedMock.class.getClassLoader().getResourceAsStream(ROOT + "/fixture.properties")) {
            if (in == null) {
                throw new IllegalStateException(ROOT + "/fixture.properties is not on the classpath");
            }
            fixture.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return fixture;
    }

    public static EmbeddedMock start() {
        return start(options -> options.disableRequestJournal());
    }

    /** With extra WireMock options, for the project's tests: https, a request journal, ... */
    public static EmbeddedMock start(Consumer<WireMockConfiguration> extraOptions) {
        HostileInput hostile = new HostileInput();
        WireMockConfiguration options = options()
                .bindAddress("127.0.0.1")
                .dynamicPort()
                .usingFilesUnderClasspath(ROOT)
                .notifier(new Slf4jNotifier(false))
                .extensions(hostile);
        // The restore jobs: created by every 202, shown by the job API, keeping their target busy meanwhile.
        MockJobs jobs = new MockJobs(MockJobs.DEFAULT_DURATION_MS);
        options.extensions(new JobAnswers(jobs), new BusyTarget(jobs, fixture()), new AcceptedRestores(jobs));
        extraOptions.accept(options);
        WireMockServer server = new WireMockServer(options);
        server.start();
        return new EmbeddedMock(server, jobs, hostile);
    }

    /** The restore jobs of this mock: how long they run, how they end, which exist. */
    public MockJobs jobs() {
        return jobs;
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.port();
    }

    /** When started with an https port: its URL by host name, as a certificate for "localhost" expects. */
    public String httpsBaseUrl() {
        return "https://localhost:" + server.httpsPort();
    }

    /** The running server, for tests that override reference stubs to make variants of the mock. */
    public WireMockServer server() {
        return server;
    }

    /** Back to exactly the reference mappings, dropping any stub a variant added. */
    public void resetToReference() {
        server.resetToDefaultMappings();
        jobs.reset(MockJobs.DEFAULT_DURATION_MS);
        hostile.strictJsonText(true);
        hostile.strictUtf8(true);
    }

    /** Reads request bytes that are not UTF-8 as replacement characters, as lenient decoders do (a variant). */
    public void readBytesThatAreNotUtf8AsReplacements() {
        hostile.strictUtf8(false);
    }

    /** As a lenient parser does, reads a body's first JSON value and ignores what follows (a variant of the mock). */
    public void readOnlyTheFirstJsonValue() {
        hostile.strictJsonText(false);
    }

    @Override
    public void close() {
        server.stop();
    }
}
