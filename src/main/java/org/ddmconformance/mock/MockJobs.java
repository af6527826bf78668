package org.ddmconformance.mock;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.extension.Extension;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The state of the embedded mock's restore jobs: every 202 to a restore creates one, Running on its target for
 * a short configurable time, then Completed (or, when configured, Failed with a reason). Thread-safe: WireMock
 * serves requests from several threads.
 */
public final class MockJobs {

    /**
     * How long a job runs in the embedded mock: short, because the run waits for each of its restores' jobs in turn,
     * and shorter than the first poll (20 ms), so one poll usually finds it ended.
     */
    public static final long DEFAULT_DURATION_MS = 10;

    /** One job. {@code durationMs} fixed when it was created. */
    public record Job(String id, String target, long createdAt, long durationMs, String finalStatus,
                      String failReason) {
        public boolean running(long now) {
            return now < createdAt + durationMs;
        }

        public String status(long now) {
            return running(now) ? "Running" : finalStatus;
        }
    }

    private final Map<String, Job> jobs = new ConcurrentHashMap<>();
    private final List<Job> inOrder = new CopyOnWriteArrayList<>();
    private volatile long durationMs;
    private volatile String finalStatus = "Completed";
    private volatile String failReason = "";

    public MockJobs(long durationMs) {
        this.durationMs = durationMs;
    }

    /** The state shared by the extensions of this server (registered by {@link EmbeddedMock}). */
    public static MockJobs of(WireMockServer server) {
        for (Extension extension : server.getOptions().getDeclaredExtensions().getInstances().values()) {
            if (extension instanceof JobAnswers answers) {
                return answers.jobs();
            }
        }
        throw new IllegalStateException("this WireMock server has no " + JobAnswers.NAME + " extension");
    }

    /** How long jobs created from now on run; {@link Long#MAX_VALUE}: they never end. */
    public MockJobs durationMs(long millis) {
        durationMs = millis;
        return this;
    }

    /** How jobs created from now on end. */
    public MockJobs endAs(String status, String reason) {
        finalStatus = status;
        failReason = reason;
        return this;
    }

    public void register(String jobId, String target) {
        Job job = new Job(jobId, target, System.currentTimeMillis(), durationMs, finalStatus, failReason);
        if (jobs.putIfAbsent(key(jobId), job) == null) {
            inOrder.add(job);
        }
    }

    public Optional<Job> find(String jobId) {
        return Optional.ofNullable(jobs.get(key(jobId)));
    }

    /** The job running on this target now, if any. */
    public Optional<Job> runningOn(String target) {
        long now = System.currentTimeMillis();
        return inOrder.stream().filter(j -> j.target() != null && j.target().equals(target))
                .filter(j -> j.running(now)).findFirst();
    }

    public List<Job> all() {
        return new ArrayList<>(inOrder);
    }

    /** No jobs, the default duration, jobs Completed. */
    public void reset(long defaultDurationMs) {
        jobs.clear();
        inOrder.clear();
        durationMs = defaultDurationMs;
        finalStatus = "Completed";
        failReason = "";
    }

    private static String key(String jobId) {
        return jobId.trim().replace("-", "").toLowerCase(Locale.ROOT);
    }
}
