package org.ddmconformance.restore;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.ddmconformance.config.ConfigurationException;
import org.ddmconformance.config.Fixture;
import org.ddmconformance.config.Lifecycle;
import org.ddmconformance.config.Setting;
import org.ddmconformance.config.Settings;
import org.ddmconformance.config.Target;
import org.ddmconformance.http.ExchangeRecorder;
import org.ddmconformance.http.Masker;
import org.ddmconformance.work.SideBySide;
import org.opentest4j.TestAbortedException;
import tools.jackson.databind.JsonNode;

/**
 * Completes the fixture through the related APIs: every value not given is discovered (a given one always wins),
 * and the restorable window is looked up even when the restore time is given. Nothing usable found is a
 * {@link ConfigurationException} (exit 2) whose sentence names the API and what it returned.
 */
public final class Discovery {

    /** The completed fixture, each value with its source, the window (null: unknown) and notes for the reports. */
    public record Result(Fixture fixture, List<FixtureValue> values, RestoreWindow window, List<String> notices,
                         Target secondTarget) {
        public Result {
            values = List.copyOf(values);
            notices = List.copyOf(notices);
        }

        /** The fixture for the restore to a point in time (RM-ACC-002): to the second target when there is one. */
        public Fixture forTimeRestore() {
            return secondTarget == null ? fixture : fixture.withTarget(secondTarget.instanceId(),
                    secondTarget.dataNodes());
        }
    }

    private final Settings settings;
    private final RelatedApis apis;
    private final Waits waits;
    private final Masker masker;
    private final Consumer<String> notes;
    private final List<FixtureValue> values = new ArrayList<>();
    private final List<String> notices = new ArrayList<>();

    /**
     * @param masker masks the exchanges of the lookups (each lookup records its own)
     * @param notes  receives the lookups' retry notes, possibly from several threads at once
     */
    public Discovery(Settings settings, RelatedApis apis, Waits waits, Masker masker,
                     Consumer<String> notes) {
        this.settings = settings;
        this.apis = apis;
        this.waits = waits;
        this.masker = masker;
        this.notes = notes;
    }

    public Result run() {
        Fixture given = settings.fixture();
        Lifecycle lifecycle = settings.lifecycle();
        given("project_id", given.projectId(), Setting.PROJECT_ID);
        given("source instance_id", given.instanceId(), Setting.INSTANCE_ID);
        values.add(new FixtureValue("X-Auth-Token", "****", settings.iam() != null ? "obtained from IAM (DDM_IAM_URL)"
                : source(Setting.AUTH_TOKEN)));
        // The window, the backup and the target depend on nothing else: against an endpoint that answers slowly
        // they are looked up side by side (at most DDM_CONCURRENCY requests at once).
        ExecutorService lookups = lookups(3);
        try {
            Future<RestoreWindow> windowLookup = lookups.submit(() -> window(lifecycle, given.restoreTime() <= 0));
            Future<Found> backupLookup = given.backupId() == null
                    ? lookups.submit(() -> backup(given.instanceId())) : null;
            Future<Found> targetLookup = given.targetInstanceId() == null
                    ? lookups.submit(() -> target(null, "target instance_id", Setting.TARGET_INSTANCE_ID)) : null;
            RestoreWindow window = result(windowLookup);
            Fixture fixture = given;
            if (fixture.restoreTime() > 0) {
                given("restore_time", fixture.restoreTime() + " (" + Times.format(fixture.restoreTime()) + ")",
                        Setting.RESTORE_TIME);
            } else {
                fixture = fixture.withRestoreTime(window.pick());
                values.add(new FixtureValue("restore_time", fixture.restoreTime() + " ("
                        + Times.format(fixture.restoreTime()) + ")", "discovered: one minute before the end of the "
                        + "latest restorable window " + window.describe() + " (" + window.source() + ")"));
            }
            if (backupLookup == null) {
                given("backup_id", fixture.backupId(), Setting.BACKUP_ID);
            } else {
                fixture = fixture.withBackupId(found(result(backupLookup)));
            }
            String target;
            if (targetLookup == null) {
                target = fixture.targetInstanceId();
                given("target instance_id", target, Setting.TARGET_INSTANCE_ID);
            } else {
                target = found(result(targetLookup));
            }
            List<String> nodes = fixture.targetDataNodes();
            if (!nodes.isEmpty()) {
                given("target data_nodes", String.join(",", nodes), Setting.TARGET_DATA_NODES);
            } else {
                nodes = dataNodes(lookups, target, fixture.restoreTime(), "target data_nodes",
                        Setting.TARGET_DATA_NODES);
            }
            fixture = fixture.withTarget(target, nodes);
            Target second = secondTarget(lookups, lifecycle, target, fixture.restoreTime());
            if (window != null) {
                values.add(new FixtureValue("restorable window", window.describe(), window.source()));
            }
            return new Result(fixture, values, window, notices, second);
        } finally {
            lookups.shutdownNow();
        }
    }

    /** A discovered value and how it was found, kept until the values are listed in their order. */
    private record Found(String id, FixtureValue value) {
    }

    private String found(Found found) {
        values.add(found.value());
        return found.id();
    }

    /** Up to {@code width} daemon threads, no more than DDM_CONCURRENCY (with 1, the lookups run one by one). */
    private ExecutorService lookups(int width) {
        return SideBySide.pool(Math.max(1, Math.min(width, settings.exploration().concurrency())), "ddm-discovery");
    }

    /** A lookup's value (each of its requests is bounded by the read timeout and the run deadline). */
    private static <T> T result(Future<T> lookup) {
        return SideBySide.result(lookup, "discovering the fixture");
    }

    private void given(String name, String value, Setting setting) {
        values.add(new FixtureValue(name, value, source(setting)));
    }

    private String source(Setting setting) {
        return settings.embeddedMock() ? "embedded mock fixture" : "configured (" + setting.environmentVariable() + ")";
    }

    /** DDM_RESTORE_WINDOW, else the looked-up one; null when unknown and not needed. */
    private RestoreWindow window(Lifecycle lifecycle, boolean needed) {
        if (lifecycle.windowGiven()) {
            return new RestoreWindow(lifecycle.windowStart(), lifecycle.windowStart(), lifecycle.windowEnd(),
                    "configured (DDM_RESTORE_WINDOW)", waits.now());
        }
        if (!lifecycle.discover()) {
            notices.add("The restorable window is unknown (DDM_DISCOVER=false and no DDM_RESTORE_WINDOW), so "
                    + "RM-BODY-009 sends no times at its edges.");
            return null;
        }
        try {
            return WindowLookup.lookUp(apis, new ExchangeRecorder(masker), notes, waits.now());
        } catch (RelatedApiException | AssertionError | TestAbortedException e) { // the last: the run deadline
            if (needed) {
                throw new ConfigurationException("no restore time: " + e.getMessage()
                        + "; set DDM_RESTORE_TIME (and DDM_RESTORE_WINDOW=start,end)");
            }
            notices.add("The restorable window is unknown (" + e.getMessage() + "), so RM-BODY-009 sends no times "
                    + "at its edges; DDM_RESTORE_WINDOW=start,end gives it.");
            return null;
        }
    }

    private Found backup(String instance) {
        List<JsonNode> backups = list("no backup", "backups", RelatedApis.BACKUPS,
                Map.of("instance_id", instance), "backups");
        // The instance_id query is the SDKs' own; a server may ignore it, so filter here too.
        List<JsonNode> own = backups.stream().filter(b -> instance.equals(RelatedApis.text(b.path("instance_id"))))
                .toList();
        JsonNode newest = own.stream().filter(b -> "normal".equalsIgnoreCase(RelatedApis.text(b.path("status"))))
                .filter(b -> RelatedApis.text(b.path("id")) != null)
                .max(Comparator.comparingLong(b -> Times.parse(b.path("created")).orElse(Long.MIN_VALUE)))
                .orElse(null);
        if (newest == null) {
            throw new ConfigurationException("no backup: backups listed " + backups.size() + " backup(s), "
                    + (own.isEmpty() ? "none of instance " + instance
                    : own.size() + " of instance " + instance + " but none with status normal ("
                    + distinct(own, "status") + ")") + "; set DDM_BACKUP_ID");
        }
        String id = RelatedApis.text(newest.path("id"));
        return new Found(id, new FixtureValue("backup_id", id, "discovered: backups, the newest normal backup of the "
                + "source instance (created " + RelatedApis.text(newest.path("created")) + ", " + own.size() + " of "
                + backups.size() + " listed belong to it)"));
    }

    /**
     * The target of the restore to a point in time: DDM_SECOND_TARGET_INSTANCE_ID, or, when a real endpoint may be
     * restored to and discovery is on, the next available target; null (the first target takes it) when there is
     * none, with a note. A given second target whose data nodes cannot be found stops the run, as the first does.
     */
    private Target secondTarget(ExecutorService lookups, Lifecycle lifecycle, String first, long restoreTime) {
        Target given = lifecycle.secondTarget();
        if (given == null && (settings.embeddedMock() || !settings.restoresAllowed() || !lifecycle.discover())) {
            return null;
        }
        String id;
        if (given != null) {
            id = given.instanceId();
            given("second target instance_id", id, Setting.SECOND_TARGET_INSTANCE_ID);
            if (!given.dataNodes().isEmpty()) {
                given("second target data_nodes", String.join(",", given.dataNodes()), Setting.SECOND_TARGET_DATA_NODES);
                return given;
            }
        } else {
            try {
                id = found(target(first, "second target instance_id", Setting.SECOND_TARGET_INSTANCE_ID));
            } catch (ConfigurationException e) {
                notices.add(noSecondTarget(e.getMessage()));
                return null;
            }
        }
        try {
            return new Target(id, dataNodes(lookups, id, restoreTime, "second target data_nodes",
                    Setting.SECOND_TARGET_DATA_NODES));
        } catch (ConfigurationException e) {
            if (given != null) {
                throw e;
            }
            values.removeIf(v -> v.name().equals("second target instance_id"));
            notices.add(noSecondTarget(e.getMessage()));
            return null;
        }
    }

    private static String noSecondTarget(String why) {
        return "No second restore target (" + why + "): the restore to a point in time (RM-ACC-002) goes to the "
                + "first target, which the restore from the backup may have used up on a real DDM.";
    }

    /** The first available target other than {@code except} (null: any). */
    private Found target(String except, String name, Setting setting) {
        List<JsonNode> targets = list("no restore target", "restorable-instances", RelatedApis.TARGETS, Map.of(),
                "instances");
        JsonNode available = targets.stream().filter(t -> RelatedApis.flag(t.path("available")))
                .filter(t -> RelatedApis.text(t.path("instance_id")) != null)
                .filter(t -> !RelatedApis.text(t.path("instance_id")).equals(except)).findFirst().orElse(null);
        if (available == null) {
            throw new ConfigurationException("no restore target: restorable-instances listed " + targets.size()
                    + " instance(s), none available" + (except == null ? "" : " besides " + except)
                    + (targets.isEmpty() ? "" : " (" + distinct(targets, "unavailable_reason") + ")") + "; set "
                    + setting.environmentVariable());
        }
        String id = RelatedApis.text(available.path("instance_id"));
        return new Found(id, new FixtureValue(name, id, "discovered: restorable-instances, the " + (except == null
                ? "first" : "next") + " available of " + targets.size() + " ("
                + RelatedApis.text(available.path("instance_name")) + ")"));
    }

    private List<String> dataNodes(ExecutorService lookups, String target, long restoreTime, String name,
                                   Setting setting) {
        List<JsonNode> sources = list("no data nodes", "related-dn", RelatedApis.RELATED_DATA_NODES,
                Map.of("restore_time", restoreTime), "related_data_nodes");
        List<String> sourceIds = sources.stream().map(n -> RelatedApis.text(n.path("instance_id")))
                .filter(Objects::nonNull).distinct().toList();
        if (sourceIds.isEmpty()) {
            throw new ConfigurationException("no data nodes: related-dn at restore_time " + restoreTime + " listed "
                    + sources.size() + " data node(s) with an instance_id; set " + setting.environmentVariable());
        }
        // The candidates of every source data node are looked up side by side, then chosen in order.
        List<Future<List<JsonNode>>> candidateLookups = new ArrayList<>();
        for (String source : sourceIds) {
            Map<String, Object> query = RelatedApis.targetDataNodeQuery(target, source, restoreTime);
            candidateLookups.add(lookups.submit(() -> list("no target data node", "restorable-data-node",
                    RelatedApis.TARGET_DATA_NODES, query, "target_data_nodes")));
        }
        Set<String> chosen = new LinkedHashSet<>();
        for (int i = 0; i < sourceIds.size(); i++) {
            String source = sourceIds.get(i);
            List<JsonNode> candidates = result(candidateLookups.get(i));
            String pick = candidates.stream().filter(c -> RelatedApis.flag(c.path("available")))
                    .map(c -> RelatedApis.text(c.path("instance_id"))).filter(Objects::nonNull)
                    .filter(id -> !chosen.contains(id)).findFirst().orElse(null);
            if (pick == null) {
                throw new ConfigurationException("no target data node for source data node " + source
                        + ": restorable-data-node listed " + candidates.size() + " data node(s), none available"
                        + (candidates.isEmpty() ? "" : " and not chosen already (" + distinct(candidates,
                        "unavailable_reason") + ")") + "; set " + setting.environmentVariable());
            }
            chosen.add(pick);
        }
        values.add(new FixtureValue(name, String.join(",", chosen), "discovered: related-dn listed "
                + sourceIds.size() + " source data node(s), restorable-data-node gave an available one for each"));
        return List.copyOf(chosen);
    }

    /** A list API's items; an answer that is not a usable list stops the run with the sentence's subject. */
    private List<JsonNode> list(String subject, String name, String path, Map<String, ?> query, String field) {
        try {
            return apis.list(name, path, query, field, new ExchangeRecorder(masker), notes);
        } catch (RelatedApiException e) {
            throw new ConfigurationException(subject + ": " + e.getMessage());
        } catch (AssertionError | TestAbortedException e) { // the transport's sentence, or the run deadline
            throw new ConfigurationException(subject + ": " + name + " could not be read: " + e.getMessage());
        }
    }

    /** The distinct values of a field, quoted: ("another action is running on the target", "frozen"). */
    private static String distinct(List<JsonNode> items, String field) {
        Set<String> seen = new LinkedHashSet<>();
        items.forEach(i -> seen.add("\"" + Objects.requireNonNullElse(RelatedApis.text(i.path(field)), "") + "\""));
        return String.join(", ", seen);
    }
}
