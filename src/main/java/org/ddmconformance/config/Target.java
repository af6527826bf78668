package org.ddmconformance.config;

import java.util.List;

/**
 * A restore target: a DDM instance and its data nodes. The run's second one takes the restore to a point in time
 * (RM-ACC-002), because on a real DDM the restore from the backup uses the first one up.
 *
 * @param dataNodes empty when still to be discovered
 */
public record Target(String instanceId, List<String> dataNodes) {

    public Target {
        dataNodes = List.copyOf(dataNodes);
    }
}
