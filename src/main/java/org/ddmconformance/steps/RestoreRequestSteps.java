package org.ddmconformance.steps;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.When;
import io.restassured.response.Response;
import org.ddmconformance.restore.Discovery;
import org.ddmconformance.restore.RestoreWindow;
import org.ddmconformance.restore.Times;
import org.opentest4j.TestAbortedException;
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

    /** On a real DDM the restore from the backup uses the first target up: this one goes to the second, if any. */
    @Given("a restore request to the configured restore time, to the second target")
    public void toConfiguredRestoreTimeOnTheSecondTarget() {
        Discovery.Result discovered = context.session().discovered();
        if (discovered.secondTarget() == null) {
            context.observe("no second target (DDM_SECOND_TARGET_INSTANCE_ID): sent to the first target");
        }
        context.prepare(RestoreBodies.toRestoreTime(discovered.forTimeRestore()).toString());
    }

    @Given("a restore request from a backup that does not exist")
    public void fromUnknownBackup() {
        context.prepare(RestoreBodies.fromBackup(context.fixture(), ScenarioContext.unknownId("br09")).toString());
    }

    @Given("the body is changed: {bodyChange}")
    public void bodyChanged(BodyChange change) {
        ObjectNode valid = RestoreBodies.fromBackup(context.fixture(), context.fixture().backupId());
        if (!change.needsWindow()) {
            context.call(context.call().withBody(change.applyTo(valid, context.fixture())));
            return;
        }
        String body = change.applyTo(valid, context.fixture(), context.windowNow());
        context.call(context.call().withBody(body));
        context.windowEdgeSent(RestoreBodies.JSON.readTree(body).path("source").path("restore_time").asLong());
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
        Response answer = context.send();
        Long edge = context.windowEdgeSent();
        if (edge != null && answer.statusCode() != 400) {
            // Judged only if still outside the window read after the answer: its end may have passed the time.
            RestoreWindow after = context.windowNow();
            if (after != null && edge >= after.earliestStart() && edge <= after.latestEnd()) {
                throw new TestAbortedException("not judged: restore_time " + Times.format(edge) + " was outside the "
                        + "restorable window when sent, but inside the one read after the answer "
                        + "[" + Times.format(after.earliestStart()) + ", " + Times.format(after.latestEnd()) + "] (the window moved), so the answer " + answer.statusCode()
                        + " may be right");
            }
        }
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
