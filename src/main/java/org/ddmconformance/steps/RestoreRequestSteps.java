package org.ddmconformance.steps;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.When;
import tools.jackson.databind.node.ObjectNode;

/** Preparing and sending the restore request: a valid one, then exactly one thing changed. */
public final class RestoreRequestSteps {

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

    @Given("the target instance is the source instance")
    public void sourceAsTarget() {
        ObjectNode body = body();
        ((ObjectNode) body.get("target")).put("instance_id", context.call().instanceId());
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
