package org.ddmconformance.steps;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Function;
import org.ddmconformance.config.Fixture;
import org.ddmconformance.restore.RelatedApis;
import org.ddmconformance.restore.Times;
import org.opentest4j.TestAbortedException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What the related APIs list as not usable for this restore, each turned into a request that must be refused: the
 * one place a listed fact becomes a case (a new fact is one more constant). Each finds its item in the lists, or
 * says why the lists offer none (the scenario is then skipped with that reason).
 */
enum ListedFact {
    BACKUP_NOT_USABLE("a backup of the source instance that is not usable", lists -> {
        String instance = lists.fixture().instanceId();
        List<JsonNode> backups = lists.backups();
        String id = backups.stream().filter(b -> instance.equals(RelatedApis.text(b.path("instance_id"))))
                .filter(b -> BackupStatus.UNUSABLE.contains(String.valueOf(RelatedApis.text(b.path("status")))))
                .map(b -> RelatedApis.text(b.path("id"))).filter(ListedFact::present).findFirst()
                .orElseThrow(() -> none("the backups API lists " + backups.size() + " backup(s), none of the source "
                        + "instance with status creating, createfail or deleted"));
        return RestoreBodies.fromBackup(lists.fixture(), id);
    }),
    BACKUP_OF_ANOTHER_INSTANCE("a backup of another instance", lists -> {
        String instance = lists.fixture().instanceId();
        List<JsonNode> backups = lists.backups();
        String id = backups.stream().filter(b -> present(RelatedApis.text(b.path("instance_id"))))
                .filter(b -> !instance.equals(RelatedApis.text(b.path("instance_id"))))
                .map(b -> RelatedApis.text(b.path("id"))).filter(ListedFact::present).findFirst()
                .orElseThrow(() -> none("the backups API lists " + backups.size() + " backup(s), none of another "
                        + "instance"));
        return RestoreBodies.fromBackup(lists.fixture(), id);
    }),
    TIME_IN_A_GAP("a restore time in a gap between two restorable intervals", lists -> {
        List<long[]> intervals = new ArrayList<>();
        for (JsonNode item : lists.list("restorable-time-interval", RelatedApis.WINDOW, Map.of(),
                "restorable_time_intervals")) {
            OptionalLong start = Times.parse(item.path("start_time"));
            OptionalLong end = Times.parse(item.path("end_time"));
            if (start.isPresent() && end.isPresent() && end.getAsLong() >= start.getAsLong()) {
                intervals.add(new long[] {start.getAsLong(), end.getAsLong()});
            }
        }
        intervals.sort(Comparator.comparingLong(i -> i[0]));
        for (int i = 1; i < intervals.size(); i++) {
            long gapStart = intervals.get(i - 1)[1];
            long gapEnd = intervals.get(i)[0];
            if (gapEnd - gapStart > 2_000) { // a second clear of each edge
                ObjectNode body = RestoreBodies.toRestoreTime(lists.fixture());
                ((ObjectNode) body.get("source")).put("restore_time", gapStart + (gapEnd - gapStart) / 2);
                return body;
            }
        }
        throw none("restorable-time-interval lists " + intervals.size() + " interval(s), with no gap of more than "
                + "two seconds between two of them");
    }),
    TARGET_NOT_AVAILABLE("a target the restorable instances list as not available", lists -> {
        String configured = lists.fixture().targetInstanceId();
        List<JsonNode> targets = lists.list("restorable-instances", RelatedApis.TARGETS, Map.of(), "instances");
        // Never the configured target: it may be listed busy only while a restore of this run still runs on it.
        String id = targets.stream().filter(t -> t.path("available").isBoolean() && !RelatedApis.flag(t.path("available")))
                .map(t -> RelatedApis.text(t.path("instance_id")))
                .filter(t -> present(t) && !t.equals(configured)).findFirst()
                .orElseThrow(() -> none("restorable-instances lists " + targets.size() + " instance(s), none other "
                        + "than the configured target with available=false"));
        ObjectNode body = RestoreBodies.fromBackup(lists.fixture(), lists.fixture().backupId());
        ((ObjectNode) body.get("target")).put("instance_id", id);
        return body;
    }),
    DATA_NODE_NOT_AVAILABLE("a target data node the restorable data nodes list as not available", lists -> {
        Fixture fixture = lists.fixture();
        int candidates = 0;
        for (String source : lists.sourceDataNodes()) {
            List<JsonNode> nodes = lists.list("restorable-data-node", RelatedApis.TARGET_DATA_NODES,
                    RelatedApis.targetDataNodeQuery(fixture.targetInstanceId(), source, fixture.restoreTime()),
                    "target_data_nodes");
            candidates += nodes.size();
            Optional<String> unavailable = nodes.stream()
                    .filter(n -> n.path("available").isBoolean() && !RelatedApis.flag(n.path("available")))
                    .map(n -> RelatedApis.text(n.path("instance_id")))
                    .filter(id -> present(id) && !fixture.targetDataNodes().contains(id)).findFirst();
            if (unavailable.isPresent()) {
                return withDataNode(fixture, unavailable.get());
            }
        }
        throw none("restorable-data-node lists " + candidates + " data node(s) for the target and the source data "
                + "nodes, none other than the configured ones with available=false");
    }),
    SOURCE_DATA_NODE_AS_TARGET("a source data node offered as a target data node", lists -> {
        // Target data nodes come from restorable-data-node; related-dn lists the source's own.
        String source = lists.sourceDataNodes().stream().filter(id -> !lists.fixture().targetDataNodes().contains(id))
                .findFirst().orElseThrow(() -> none("related-dn lists no source data node other than the "
                        + "configured target data nodes"));
        return withDataNode(lists.fixture(), source);
    });

    /** Backup statuses the backups API documents besides normal, the only usable one. */
    private static final class BackupStatus {
        static final Set<String> UNUSABLE = Set.of("creating", "createfail", "deleted");
    }

    /** The labels as a Cucumber parameter type pattern. */
    static final String LABELS = "a backup of the source instance that is not usable|a backup of another instance"
            + "|a restore time in a gap between two restorable intervals"
            + "|a target the restorable instances list as not available"
            + "|a target data node the restorable data nodes list as not available"
            + "|a source data node offered as a target data node";

    /** The related lists a fact is read from, asked through the scenario (its recorder, its skips). */
    interface Lists {
        Fixture fixture();

        List<JsonNode> list(String name, String path, Map<String, ?> query, String field);

        /** Every backup of the project (API 1 documents only offset and limit). */
        default List<JsonNode> backups() {
            return list("backups", RelatedApis.BACKUPS, Map.of(), "backups");
        }

        /** The source instance's data nodes at the configured restore time (related-dn). */
        default List<String> sourceDataNodes() {
            return list("related-dn", RelatedApis.RELATED_DATA_NODES, Map.of("restore_time", fixture().restoreTime()),
                    "related_data_nodes").stream().map(n -> RelatedApis.text(n.path("instance_id")))
                    .filter(ListedFact::present).distinct().toList();
        }
    }

    private final String label;
    private final Function<Lists, ObjectNode> request;

    ListedFact(String label, Function<Lists, ObjectNode> request) {
        this.label = label;
        this.request = request;
    }

    /**
     * The body naming what the lists mark as not usable here.
     *
     * @throws TestAbortedException when the lists offer none (not applicable)
     */
    ObjectNode request(Lists lists) {
        return request.apply(lists);
    }

    static ListedFact byLabel(String label) {
        for (ListedFact fact : values()) {
            if (fact.label.equals(label)) {
                return fact;
            }
        }
        throw new IllegalArgumentException("unknown listed fact '" + label + "'");
    }

    private static ObjectNode withDataNode(Fixture fixture, String node) {
        ObjectNode body = RestoreBodies.toRestoreTime(fixture);
        body.get("target").withArray("data_nodes").add(node);
        return body;
    }

    private static boolean present(String id) {
        return Objects.nonNull(id) && !id.isBlank();
    }

    private static TestAbortedException none(String why) {
        return new TestAbortedException("not applicable: " + why);
    }
}
