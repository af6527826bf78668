package org.ddmconformance.steps;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.When;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ddmconformance.restore.RelatedApiException;
import org.ddmconformance.restore.RelatedApis;
import org.opentest4j.TestAbortedException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Preparing and sending the restore request: a valid one, then exactly one thing changed. */
public final class RestoreRequestSteps {

    /** Backup statuses the backups API documents besides normal, the only usable one. */
    private static final Set<String> UNUSABLE_BACKUP = Set.of("creating", "createfail", "deleted");

    private final ScenarioContext context;

    public RestoreRequestSteps(ScenarioContext context) {
        this.context = context;
    }

    @Given("a restore request from the configured backup")
    public void fromConfiguredBackup() {
        context.prepare(RestoreBodies.fromBackup(context.fixture(), context.fixture().backupId()).toString());
    }

    @Given("a restore request to the configured restore time")
    public void toConfiguredRestoreTime() {
        context.prepare(RestoreBodies.toRestoreTime(context.fixture()).toString());
    }

    @Given("a restore request naming both the configured backup and the configured restore time")
    public void fromBackupAndRestoreTime() {
        context.prepare(RestoreBodies.fromBackupAndRestoreTime(context.fixture()).toString());
    }

    @Given("a restore request from a backup that does not exist")
    public void fromUnknownBackup() {
        context.prepare(RestoreBodies.fromBackup(context.fixture(), ScenarioContext.unknownId("br09")).toString());
    }

    @Given("a restore request from a backup of the source instance that is not usable")
    public void fromUnusableBackup() {
        if (!context.settings().lifecycle().discover()) {
            throw new TestAbortedException("not applicable: DDM_DISCOVER=false, so the backups API is not asked for "
                    + "a backup that is not usable");
        }
        String instance = context.fixture().instanceId();
        List<JsonNode> backups;
        try {
            backups = context.session().relatedApis().list("backups", RelatedApis.BACKUPS,
                    Map.of("instance_id", instance), "backups", context.recorder(), context::observe);
        } catch (RelatedApiException | AssertionError unreadable) { // this API's contract is not the backups API's
            throw new TestAbortedException("not applicable: the backups API could not be read: "
                    + unreadable.getMessage());
        }
        String unusable = backups.stream()
                .filter(b -> instance.equals(RelatedApis.text(b.path("instance_id"))))
                .filter(b -> UNUSABLE_BACKUP.contains(String.valueOf(RelatedApis.text(b.path("status")))))
                .map(b -> RelatedApis.text(b.path("id"))).filter(id -> id != null && !id.isBlank())
                .findFirst().orElseThrow(() -> new TestAbortedException("not applicable: the backups API lists "
                        + backups.size() + " backup(s), none of the source instance with status creating, "
                        + "createfail or deleted"));
        context.prepare(RestoreBodies.fromBackup(context.fixture(), unusable).toString());
    }

    @Given("the body is changed: {bodyChange}")
    public void bodyChanged(BodyChange change) {
        ObjectNode valid = RestoreBodies.fromBackup(context.fixture(), context.fixture().backupId());
        context.call(context.call().withBody(change.applyTo(valid, context.fixture(), context.window())));
    }

    @Given("the target instance is one that does not exist")
    public void unknownTargetInstance() {
        ObjectNode body = body();
        ((ObjectNode) body.get("target")).put("instance_id", ScenarioContext.unknownId("in09"));
        context.call(context.call().withBody(body.toString()));
    }

    @Given("the target data nodes are the configured ones plus one that does not exist")
    public void unknownDataNode() {
        addDataNode(ScenarioContext.unknownId("in01"));
    }

    @Given("the target data nodes are the configured ones plus an empty one")
    public void emptyDataNode() {
        addDataNode("");
    }

    private void addDataNode(String node) {
        ObjectNode body = body();
        body.get("target").withArray("data_nodes").add(node);
        context.call(context.call().withBody(body.toString()));
    }

    @Given("the source instance in the path is one that does not exist")
    public void unknownSourceInstance() {
        context.call(context.call().withInstanceId(ScenarioContext.unknownId("in09")));
    }

    @When("the restore request is sent")
    public void send() {
        context.send();
    }

    @When("a restore to the configured restore time is sent as well")
    public void sendRestoreTimeAsWell() {
        toConfiguredRestoreTime();
        context.send();
    }

    @When("it is sent with method {httpMethod}")
    public void sendWithMethod(String method) {
        context.call(context.call().withMethod(method).withBody(null));
        context.send();
    }

    private ObjectNode body() {
        return (ObjectNode) RestoreBodies.JSON.readTree(context.call().body());
    }

}
