package org.ddmconformance.steps;

import io.cucumber.java.en.Given;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ddmconformance.restore.RelatedApiException;
import org.ddmconformance.restore.RelatedApis;
import org.opentest4j.TestAbortedException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Requests naming a resource that exists but that the related APIs list as not usable: a backup that is not
 * normal, a target or a target data node that is not available. Where those APIs list none, or cannot be read,
 * the scenario is skipped with the reason: their contracts are not the restore API's.
 */
public final class ListedResourceSteps {

    /** Backup statuses the backups API documents besides normal, the only usable one. */
    private static final Set<String> UNUSABLE_BACKUP = Set.of("creating", "createfail", "deleted");

    private final ScenarioContext context;

    public ListedResourceSteps(ScenarioContext context) {
        this.context = context;
    }

    @Given("a restore request from a backup of the source instance that is not usable")
    public void fromUnusableBackup() {
        String instance = context.fixture().instanceId();
        List<JsonNode> backups = listed("backups", RelatedApis.BACKUPS, Map.of("instance_id", instance), "backups");
        String unusable = backups.stream()
                .filter(b -> instance.equals(RelatedApis.text(b.path("instance_id"))))
                .filter(b -> UNUSABLE_BACKUP.contains(String.valueOf(RelatedApis.text(b.path("status")))))
                .map(b -> RelatedApis.text(b.path("id"))).filter(id -> id != null && !id.isBlank())
                .findFirst().orElseThrow(() -> new TestAbortedException("not applicable: the backups API lists "
                        + backups.size() + " backup(s), none of the source instance with status creating, "
                        + "createfail or deleted"));
        context.prepare(RestoreBodies.fromBackup(context.fixture(), unusable).toString());
    }

    @Given("a restore request from the configured backup to a target the restorable instances list as not available")
    public void toUnavailableTarget() {
        String configured = context.fixture().targetInstanceId();
        List<JsonNode> targets = listed("restorable-instances", RelatedApis.TARGETS, Map.of(), "instances");
        // Never the configured target: it may be listed busy only while a restore of this run still runs on it.
        String unavailable = targets.stream()
                .filter(t -> t.path("available").isBoolean() && !RelatedApis.flag(t.path("available")))
                .map(t -> RelatedApis.text(t.path("instance_id")))
                .filter(id -> id != null && !id.isBlank() && !id.equals(configured))
                .findFirst().orElseThrow(() -> new TestAbortedException("not applicable: restorable-instances lists "
                        + targets.size() + " instance(s), none other than the configured target with available=false"));
        ObjectNode body = RestoreBodies.fromBackup(context.fixture(), context.fixture().backupId());
        ((ObjectNode) body.get("target")).put("instance_id", unavailable);
        context.prepare(body.toString());
    }

    @Given("a restore request to the configured restore time adding a data node the restorable data nodes list as not available")
    public void withUnavailableDataNode() {
        long restoreTime = context.fixture().restoreTime();
        String target = context.fixture().targetInstanceId();
        List<String> configured = context.fixture().targetDataNodes();
        List<JsonNode> sources = listed("related-dn", RelatedApis.RELATED_DATA_NODES,
                Map.of("restore_time", restoreTime), "related_data_nodes");
        int candidates = 0;
        for (String source : sources.stream().map(n -> RelatedApis.text(n.path("instance_id")))
                .filter(id -> id != null && !id.isBlank()).distinct().toList()) {
            List<JsonNode> nodes = listed("restorable-data-node", RelatedApis.TARGET_DATA_NODES,
                    RelatedApis.targetDataNodeQuery(target, source, restoreTime), "target_data_nodes");
            candidates += nodes.size();
            Optional<String> unavailable = nodes.stream()
                    .filter(n -> n.path("available").isBoolean() && !RelatedApis.flag(n.path("available")))
                    .map(n -> RelatedApis.text(n.path("instance_id")))
                    .filter(id -> id != null && !id.isBlank() && !configured.contains(id)).findFirst();
            if (unavailable.isPresent()) {
                ObjectNode body = RestoreBodies.toRestoreTime(context.fixture());
                body.get("target").withArray("data_nodes").add(unavailable.get());
                context.prepare(body.toString());
                return;
            }
        }
        throw new TestAbortedException("not applicable: restorable-data-node lists " + candidates + " data node(s) "
                + "for the target and the source data nodes, none other than the configured ones with available=false");
    }

    /** Every item of a related list API, through the scenario's recorder; skipped when it cannot be asked. */
    private List<JsonNode> listed(String name, String path, Map<String, ?> query, String field) {
        if (!context.settings().lifecycle().discover()) {
            throw new TestAbortedException("not applicable: DDM_DISCOVER=false, so " + name + " is not asked");
        }
        try {
            return context.session().relatedApis().list(name, path, query, field, context.recorder(),
                    context::observe);
        } catch (RelatedApiException | AssertionError unreadable) {
            // The message may quote the answer, and an answer may echo the token.
            throw new TestAbortedException(context.session().masker().mask("not applicable: " + name
                    + " could not be read: " + unreadable.getMessage()));
        }
    }
}
