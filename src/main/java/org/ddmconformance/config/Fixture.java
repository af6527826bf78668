package org.ddmconformance.config;

import java.util.ArrayList;
import java.util.List;

/**
 * The identifiers a valid restore request is built from: known to exist on the endpoint under test. Before
 * discovery, values not given are unset: null ids, restore time 0, no data nodes.
 */
public record Fixture(String projectId, String instanceId, String backupId, long restoreTime,
                      String targetInstanceId, List<String> targetDataNodes) {
    public Fixture {
        targetDataNodes = List.copyOf(targetDataNodes);
    }

    /** The settings of the values still unset, e.g. [DDM_BACKUP_ID, DDM_RESTORE_TIME]. */
    public List<String> unset() {
        List<String> unset = new ArrayList<>();
        if (backupId == null) {
            unset.add(Setting.BACKUP_ID.environmentVariable());
        }
        if (restoreTime <= 0) {
            unset.add(Setting.RESTORE_TIME.environmentVariable());
        }
        if (targetInstanceId == null) {
            unset.add(Setting.TARGET_INSTANCE_ID.environmentVariable());
        }
        if (targetDataNodes.isEmpty()) {
            unset.add(Setting.TARGET_DATA_NODES.environmentVariable());
        }
        return unset;
    }

    public Fixture withBackupId(String id) {
        return new Fixture(projectId, instanceId, id, restoreTime, targetInstanceId, targetDataNodes);
    }

    public Fixture withRestoreTime(long millis) {
        return new Fixture(projectId, instanceId, backupId, millis, targetInstanceId, targetDataNodes);
    }

    public Fixture withTarget(String instance, List<String> dataNodes) {
        return new Fixture(projectId, instanceId, backupId, restoreTime, instance, dataNodes);
    }
}
