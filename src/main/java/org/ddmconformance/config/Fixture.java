package org.ddmconformance.config;

import java.util.List;

/** The identifiers a valid restore request is built from: known to exist on the endpoint under test. */
public record Fixture(String projectId, String instanceId, String backupId, long restoreTime,
                      String targetInstanceId, List<String> targetDataNodes) {
    public Fixture {
        targetDataNodes = List.copyOf(targetDataNodes);
    }
}
