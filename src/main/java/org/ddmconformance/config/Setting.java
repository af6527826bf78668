package org.ddmconformance.config;

import java.util.Locale;

/**
 * Every setting the suite reads. Each has an environment variable name ({@code DDM_BASE_URL}) and the
 * matching Java system property ({@code ddm.base-url}); the property wins over the variable, which wins
 * over the settings file named by {@code DDM_CONFIG}, which wins over the default.
 */
public enum Setting {
    CONFIG("DDM_CONFIG", null, false,
            "Path of a .properties file holding any of these settings by property name (ddm.base-url=...)."),
    BASE_URL("DDM_BASE_URL", null, false,
            "Base URL of the endpoint under test, e.g. https://ddm.example.com. Unset: the embedded mock is started."),
    PROJECT_ID("DDM_PROJECT_ID", null, false, "Project ID the token is scoped to (path parameter project_id)."),
    INSTANCE_ID("DDM_INSTANCE_ID", null, false, "Source DDM instance ID (path parameter instance_id)."),
    AUTH_TOKEN("DDM_AUTH_TOKEN", null, true, "IAM user token sent as X-Auth-Token. Never printed."),
    BACKUP_ID("DDM_BACKUP_ID", null, false, "A backup of the source instance that can be restored."),
    RESTORE_TIME("DDM_RESTORE_TIME", null, false,
            "A restorable point in time of the source instance, in milliseconds since the epoch."),
    TARGET_INSTANCE_ID("DDM_TARGET_INSTANCE_ID", null, false, "Target DDM instance ID."),
    TARGET_DATA_NODES("DDM_TARGET_DATA_NODES", null, false, "Target data node IDs, comma-separated."),
    ALLOW_RESTORE("DDM_ALLOW_RESTORE", "false", false,
            "true: against a real endpoint, also run the scenarios that start a restore (they cost money)."),
    CONNECT_TIMEOUT_MS("DDM_CONNECT_TIMEOUT_MS", "10000", false, "Connect timeout of every request, in milliseconds."),
    READ_TIMEOUT_MS("DDM_READ_TIMEOUT_MS", "30000", false,
            "How long to wait for an answer to a request, in milliseconds."),
    TAGS("DDM_TAGS", null, false,
            "Cucumber tag expression selecting scenarios, e.g. \"not @needs-restore\"."),
    LEVELS("DDM_LEVELS", null, false,
            "Run only requirements of these levels, comma-separated: MUST, SHOULD, INFO."),
    AREAS("DDM_AREAS", null, false,
            "Run only requirements of these areas, comma-separated: accepted, body, unknown-ids, auth, http."),
    REPORTS_DIR("DDM_REPORTS_DIR", "reports", false, "Folder the reports are written to.");

    private final String environmentVariable;
    private final String defaultValue;
    private final boolean secret;
    private final String description;

    Setting(String environmentVariable, String defaultValue, boolean secret, String description) {
        this.environmentVariable = environmentVariable;
        this.defaultValue = defaultValue;
        this.secret = secret;
        this.description = description;
    }

    public String environmentVariable() {
        return environmentVariable;
    }

    /** DDM_BASE_URL becomes ddm.base-url. */
    public String property() {
        return "ddm." + environmentVariable.substring("DDM_".length()).toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public String defaultValue() {
        return defaultValue;
    }

    public boolean secret() {
        return secret;
    }

    public String description() {
        return description;
    }
}
