package org.ddmconformance.suite;

import java.security.SecureRandom;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.ddmconformance.work.RunDeadline;
import org.ddmconformance.config.Settings;
import org.ddmconformance.config.SettingsLoader;
import org.ddmconformance.equivalence.PlainAnswers;
import org.ddmconformance.http.IamTokenClient;
import org.ddmconformance.http.Masker;
import org.ddmconformance.http.Preflight;
import org.ddmconformance.http.RequestFactory;
import org.ddmconformance.http.WarmUp;
import org.ddmconformance.mock.EmbeddedMock;
import org.ddmconformance.restore.Discovery;
import org.ddmconformance.restore.JobFollower;
import org.ddmconformance.restore.RelatedApis;
import org.ddmconformance.restore.Waits;
import org.ddmconformance.schema.JsonSchemas;

/**
 * What one run shares between its scenarios, made once: the settings, the embedded mock (in mock mode), the
 * request factory, the compiled schemas and the run deadline. Scenarios reach it through their {@code ScenarioContext}; it is
 * immutable while the run lasts, so scenarios can run in parallel.
 */
public final class SuiteSession implements AutoCloseable {

    private static final AtomicReference<SuiteSession> CURRENT = new AtomicReference<>();

    private final Settings settings;
    private final EmbeddedMock mock;
    private final RequestFactory requests;
    private final Masker masker;
    private final RestoreLedger restores;
    private final RunDeadline runDeadline;
    private final long exploreSeed;
    private final Waits waits;
    private final Discovery.Result discovered;
    private final JobFollower jobs;
    private final long startedAt;
    private final PlainAnswers plainAnswers = new PlainAnswers();
    private final Map<String, Object> observations = new ConcurrentHashMap<>();

    private SuiteSession(Settings settings, EmbeddedMock mock, RequestFactory requests, RunDeadline runDeadline,
                         Discovery.Result discovered, long startedAt) {
        this.settings = settings;
        this.mock = mock;
        this.requests = requests;
        this.masker = new Masker(settings.secrets());
        this.runDeadline = runDeadline;
        // Every wait of the restore lifecycle ends with the run.
        this.waits = new Waits(runDeadline);
        this.discovered = discovered;
        this.startedAt = startedAt;
        long jobTimeoutMs = settings.lifecycle().jobTimeoutS() * 1000L;
        // A request waits for the previous job a little longer than that job is followed.
        this.restores = new RestoreLedger(settings.restoresAllowed(), settings.restoreSpacingMs(), waits,
                jobTimeoutMs + 60_000);
        this.jobs = new JobFollower(relatedApis(), schemas(), waits, settings.lifecycle().firstPollMs(), jobTimeoutMs);
        Long seed = settings.exploration().seed();
        this.exploreSeed = seed != null ? seed : new SecureRandom().nextLong() >>> 16; // short enough to copy
    }

    /**
     * Starts the embedded mock when no endpoint is configured; otherwise checks that the endpoint can be reached
     * and, when IAM credentials are given instead of a token, obtains the token. Then makes this the current
     * session.
     *
     * @throws org.ddmconformance.config.ConfigurationException when the endpoint or IAM cannot be reached or
     *                                                          IAM refuses the credentials
     */
    public static SuiteSession open(Settings settings) {
        long startedAt = System.currentTimeMillis();
        RunDeadline runDeadline = RunDeadline.startingNow(settings.runTimeoutS());
        WarmUp.start(); // usually started already, by the jar's main method
        EmbeddedMock mock = null;
        if (settings.embeddedMock()) {
            mock = EmbeddedMock.start();
            settings = settings.withBaseUrl(mock.baseUrl());
            compileSchemasAndAwaitWarmUp();
        } else {
            compileSchemasAndAwaitWarmUp(); // the preflight would otherwise pay the same start-up beside it
            Preflight.check(settings, runDeadline);
            if (settings.authToken() == null && settings.iam() != null) {
                settings = settings.withAuthToken(IamTokenClient.obtainToken(settings, runDeadline));
            }
        }
        RequestFactory requests = new RequestFactory(settings, runDeadline);
        Discovery.Result discovered;
        try {
            discovered = discover(settings, requests, new Waits(runDeadline));
        } catch (RuntimeException e) {
            if (mock != null) {
                mock.close();
            }
            throw e;
        }
        settings = settings.withFixture(discovered.fixture());
        SuiteSession session = new SuiteSession(settings, mock, requests, runDeadline, discovered, startedAt);
        if (!CURRENT.compareAndSet(null, session)) {
            session.stopMock();
            throw new IllegalStateException("a conformance run is already in progress in this JVM");
        }
        return session;
    }

    /**
     * The schemas need no endpoint: compiled while REST Assured finishes warming up, instead of after discovery,
     * when the scenarios are already waiting for the session.
     */
    private static void compileSchemasAndAwaitWarmUp() {
        Objects.requireNonNull(SharedSchemas.INSTANCE);
        WarmUp.awaitDone();
    }

    /**
     * Waits for the session the launcher is opening, if it is opening one (and throws why it could not open).
     * For a run started without the launcher (the {@code ConformanceSuite} class run from an IDE): opens a
     * session from this JVM's settings if none is open, and says whether it did, so it can be closed again.
     */
    public static boolean openFromSystemIfNone() {
        Optional<SessionOpening> launchers = SessionOpening.pending();
        if (launchers.isPresent()) {
            launchers.get().await();
            return false;
        }
        if (current().isPresent()) {
            return false;
        }
        open(SettingsLoader.fromSystem(EmbeddedMock.fixture()));
        return true;
    }

    /** The fixture's unset values and the restorable window, through the related APIs (masked exchanges). */
    private static Discovery.Result discover(Settings settings, RequestFactory requests, Waits waits) {
        RelatedApis apis = new RelatedApis(requests, settings.fixture().projectId(), settings.fixture().instanceId());
        return new Discovery(settings, apis, waits, new Masker(settings.secrets()), note -> { }).run();
    }

    public static Optional<SuiteSession> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    public static SuiteSession require() {
        return current().orElseThrow(() -> new IllegalStateException(
                "no conformance run is open: start the suite with ConformanceLauncher (java -jar, mvn verify)"));
    }

    public Settings settings() {
        return settings;
    }

    public RequestFactory requests() {
        return requests;
    }

    public JsonSchemas schemas() {
        return SharedSchemas.INSTANCE;
    }

    public Masker masker() {
        return masker;
    }

    public RestoreLedger restores() {
        return restores;
    }

    /** The deadline of the whole run (DDM_RUN_TIMEOUT_S), started when the session opened. */
    public RunDeadline runDeadline() {
        return runDeadline;
    }

    /** The seed of the values the generated cases make up: DDM_SEED, or chosen for this run. */
    public long exploreSeed() {
        return exploreSeed;
    }

    /** The related APIs (job follow-up), for this run's project and source instance. */
    public RelatedApis relatedApis() {
        return new RelatedApis(requests, settings.fixture().projectId(), settings.fixture().instanceId());
    }

    public JobFollower jobs() {
        return jobs;
    }

    /** The fixture's values with their sources, and the restorable window (null: unknown). */
    public Discovery.Result discovered() {
        return discovered;
    }

    /** The answers to the plain requests that requests in other forms are compared with, each sent once a run. */
    public PlainAnswers plainAnswers() {
        return plainAnswers;
    }

    /** Keeps what a scenario observed for a later one to judge (the restore sent beside RM-ACC-001's). */
    public void keep(String key, Object observed) {
        observations.put(key, observed);
    }

    /** What a scenario kept under this key, if it ran. */
    public <T> Optional<T> kept(String key, Class<T> type) {
        return Optional.ofNullable(observations.get(key)).filter(type::isInstance).map(type::cast);
    }

    public Waits waits() {
        return waits;
    }

    /** When the run started, ms since the epoch. */
    public long startedAt() {
        return startedAt;
    }

    @Override
    public void close() {
        CURRENT.compareAndSet(this, null);
        stopMock();
    }

    private void stopMock() {
        if (mock != null) {
            mock.close();
        }
    }

    /** Compiled once per JVM: the schemas are immutable files on the classpath. */
    private static final class SharedSchemas {
        static final JsonSchemas INSTANCE = new JsonSchemas();
    }
}
