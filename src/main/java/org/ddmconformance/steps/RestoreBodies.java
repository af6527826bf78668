package org.ddmconformance.steps;

import org.ddmconformance.config.Fixture;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Valid request bodies built from the fixture: the starting point every scenario changes one thing in. */
final class RestoreBodies {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private RestoreBodies() {
    }

    static ObjectNode fromBackup(Fixture fixture, String backupId) {
        ObjectNode body = withTarget(fixture);
        body.putObject("source").put("backup_id", backupId);
        return body;
    }

    static ObjectNode toRestoreTime(Fixture fixture) {
        ObjectNode body = withTarget(fixture);
        body.putObject("source").put("restore_time", fixture.restoreTime());
        return body;
    }

    private static ObjectNode withTarget(Fixture fixture) {
        ObjectNode body = JSON.createObjectNode();
        ObjectNode target = JSON.createObjectNode();
        target.put("instance_id", fixture.targetInstanceId());
        ArrayNode nodes = target.putArray("data_nodes");
        fixture.targetDataNodes().forEach(nodes::add);
        body.set("target", target);
        return body;
    }
}
