package org.ddmconformance.mock;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.extension.Extension;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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

    /** How long a job nobody has asked about keeps its target busy at most (see {@link #runningOn}). */
    static final long UNSEEN_BUSY_MS = 3_000;

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
    private final Set<String> seen = ConcurrentHashMap.newKeySet();
    private volatile long durationMs;
    private volatile String finalStatus = "Completed";
    private volatile String failReason = "";
    private volatile int busyTargetStatus = 400;

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

    /**
     * The status that refuses a restore to a target whose job still runs ({@link BusyTarget}): 400 by default, 409
     * is as conformant; 0 takes the restore, which breaks the rule.
     */
    public MockJobs busyTargetStatus(int status) {
        busyTargetStatus = status;
        return this;
    }

    public int busyTargetStatus() {
        return busyTargetStatus;
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

    /** A client asked the job API about this job (whatever answered it). */
    public void seen(String jobId) {
        seen.add(key(jobId));
    }

    /**
     * The job keeping this target busy now, if any: one that runs, or one of a non-zero duration that no client has
     * asked the job API about yet (for {@link #UNSEEN_BUSY_MS} at most). Jobs here take milliseconds where real
     * ones take minutes; so a restore sent right after another one's 202 meets a busy target, as on a real region,
     * and a client that follows the job finds the target free once it has seen the job end. Jobs of 0 ms never keep
     * it busy (for clients that send restores back to back).
     */
    public Optional<Job> runningOn(String target) {
        long now = System.currentTimeMillis();
        return inOrder.stream().filter(j -> j.target() != null && j.target().equals(target))
                .filter(j -> j.running(now) || unseen(j, now)).findFirst();
    }

    private boolean unseen(Job job, long now) {
        return job.durationMs() > 0 && now < job.createdAt() + UNSEEN_BUSY_MS && !seen.contains(key(job.id()));
    }

    public List<Job> all() {
        return new ArrayList<>(inOrder);
    }

    /** No jobs, the default duration, jobs Completed, a busy target refusing restores with 400. */
    public void reset(long defaultDurationMs) {
        jobs.clear();
        inOrder.clear();
        seen.clear();
        durationMs = defaultDurationMs;
        busyTargetStatus = 400;
        finalStatus = "Completed";
        failReason = "";
    }

    private static String key(String jobId) {
        return jobId.trim().replace("-", "").toLowerCase(Locale.ROOT);
    }
}
