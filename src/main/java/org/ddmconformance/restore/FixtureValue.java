package org.ddmconformance.restore;

/**
 * One value of the fixture as the report shows it: what it is, its value (secrets already masked) and where it
 * came from ("configured (DDM_BACKUP_ID)", "discovered: backups, ...", "embedded mock fixture").
 */
public record FixtureValue(String name, String value, String source) {
}
