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
    AUTH_TOKEN("DDM_AUTH_TOKEN", null, true,
            "IAM user token sent as X-Auth-Token. Never printed. Unset: obtained from IAM with the DDM_IAM_* settings."),
    IAM_URL("DDM_IAM_URL", null, false,
            "IAM endpoint (e.g. https://iam.example.com) to obtain a project-scoped token from, once per run."),
    IAM_DOMAIN("DDM_IAM_DOMAIN", null, false, "IAM account (domain) name of the user."),
    IAM_USERNAME("DDM_IAM_USERNAME", null, false, "IAM user name."),
    IAM_PASSWORD("DDM_IAM_PASSWORD", null, true, "IAM user password. Never printed."),
    BACKUP_ID("DDM_BACKUP_ID", null, false,
            "A backup of the source instance that can be restored. Unset: discovered (newest normal backup)."),
    RESTORE_TIME("DDM_RESTORE_TIME", null, false,
            "A restorable point in time of the source instance, in milliseconds since the epoch. Unset: discovered "
                    + "(one minute before the end of the latest restorable window)."),
    TARGET_INSTANCE_ID("DDM_TARGET_INSTANCE_ID", null, false,
            "Target DDM instance ID. Unset: discovered (an available one of restorable-instances)."),
    TARGET_DATA_NODES("DDM_TARGET_DATA_NODES", null, false,
            "Target data node IDs, comma-separated. Unset: discovered (related-dn, then restorable-data-node)."),
    SECOND_TARGET_INSTANCE_ID("DDM_SECOND_TARGET_INSTANCE_ID", null, false,
            "A second prepared target instance for the restore to a point in time (RM-ACC-002), since the restore "
                    + "from the backup uses the first one up. Unset: discovered with DDM_ALLOW_RESTORE=true (the next "
                    + "available one of restorable-instances), else the first target."),
    SECOND_TARGET_DATA_NODES("DDM_SECOND_TARGET_DATA_NODES", null, false,
            "Data node IDs of DDM_SECOND_TARGET_INSTANCE_ID, comma-separated. Unset: discovered."),
    DISCOVER("DDM_DISCOVER", "true", false,
            "true: find unset fixture values (backup, restore time, target, data nodes) and the restorable window "
                    + "through the related APIs; false: every value must be given and no window is looked up."),
    RESTORE_WINDOW("DDM_RESTORE_WINDOW", null, false,
            "The restorable window as start,end in milliseconds since the epoch; overrides the one looked up."),
    JOB_TIMEOUT_S("DDM_JOB_TIMEOUT_S", "1800", false,
            "How long the job of an accepted restore is followed (GET /v3/{project_id}/jobs/{job_id}), in seconds."),
    JOB_POLL_MS("DDM_JOB_POLL_MS", "1000", false,
            "Wait after the first poll of a job (made at once after the 202), in milliseconds; it doubles up to 15 s "
                    + "(the embedded mock: 20)."),
    JOB_API("DDM_JOB_API", "true", false,
            "false: the endpoint serves no job API (a mock of this API alone): jobs are not followed, RM-JOB-* are "
                    + "NOT RUN, and restores are spaced by DDM_RESTORE_SPACING_MS instead of waiting for their jobs."),
    ALLOW_RESTORE("DDM_ALLOW_RESTORE", "false", false,
            "true: against a real endpoint, also run the scenarios that start a restore (they cost money)."),
    RESTORE_SPACING_MS("DDM_RESTORE_SPACING_MS", "0", false,
            "Extra pause after the previous restore's job has ended before the next request meant to start a "
                    + "restore, for targets that stay busy a little longer."),
    CA_CERT("DDM_CA_CERT", null, false, "PEM file of CA certificates to trust besides the JVM's own."),
    TRUSTSTORE("DDM_TRUSTSTORE", null, false, "Trust store file (PKCS12 or JKS) to trust besides the JVM's own."),
    TRUSTSTORE_PASSWORD("DDM_TRUSTSTORE_PASSWORD", null, true, "Password of DDM_TRUSTSTORE. Never printed."),
    INSECURE_TLS("DDM_INSECURE_TLS", "false", false,
            "true: do not verify TLS certificates or host names (warned about at start and in the reports)."),
    PROXY("DDM_PROXY", null, false,
            "HTTP proxy as http://[user:password@]host:port; its password is never printed. Unset: HTTPS_PROXY or "
                    + "HTTP_PROXY (by the endpoint's scheme) unless NO_PROXY names the endpoint's host."),
    CONNECT_TIMEOUT_MS("DDM_CONNECT_TIMEOUT_MS", "10000", false, "Connect timeout of every request, in milliseconds."),
    READ_TIMEOUT_MS("DDM_READ_TIMEOUT_MS", "30000", false,
            "How long to wait for the whole answer to a request (status, headers and body), in milliseconds. A slow "
                    + "trickle of bytes does not extend it."),
    MAX_ANSWER_BYTES("DDM_MAX_ANSWER_BYTES", "1048576", false,
            "Largest answer read, in bytes (status line, headers and body). A larger answer fails its scenario, only "
                    + "its first 2 KiB are kept as evidence, and its connection is closed."),
    RUN_TIMEOUT_S("DDM_RUN_TIMEOUT_S", null, false,
            "Deadline of the whole run, in seconds; 0: none. Default: none against the embedded mock; against a real "
                    + "endpoint 1800 (30 min), or 14400 (4 h) with DDM_ALLOW_RESTORE=true, because each restore "
                    + "job may be followed for up to 30 min. Past it no request is sent, the scenarios not yet run "
                    + "are reported NOT RUN, every report is written and the run exits 1."),
    MAX_RETRIES("DDM_MAX_RETRIES", "3", false,
            "How often a 429 (Too Many Requests) answer is retried, honouring Retry-After. No other status is retried."),
    TAGS("DDM_TAGS", null, false,
            "Cucumber tag expression selecting scenarios, e.g. \"not @needs-restore\"."),
    LEVELS("DDM_LEVELS", null, false,
            "Run only requirements of these levels, comma-separated: MUST, SHOULD, INFO."),
    AREAS("DDM_AREAS", null, false,
            "Run only requirements of these areas, comma-separated: accepted, jobs, body, unknown-ids, auth, http, explore."),
    EXPLORE("DDM_EXPLORE", "full", false,
            "Cases generated from the request schema: full (every case), quick (one case per family, for endpoints "
                    + "with strict rate limits) or off (the explore scenarios are skipped)."),
    CONCURRENCY("DDM_CONCURRENCY", "8", false,
            "How many scenarios that start no restore run at once, and how many generated cases one scenario sends "
                    + "at once (restores always go one at a time, with nothing beside them)."),
    SEED("DDM_SEED", null, false,
            "Seed of the values the generated cases make up (unknown ids, long ids), to repeat a run exactly. "
                    + "Unset: chosen for the run and printed in the report."),
    REPORTS_DIR("DDM_REPORTS_DIR", "reports", false, "Folder the reports are written to."),
    CUCUMBER_REPORTS("DDM_CUCUMBER_REPORTS", "all", false,
            "Which of Cucumber's report files to write: all, none, or any of html, json, junit, message "
                    + "(comma-separated). conformance.json, .html and .md are always written. A gate that reads only the JUnit "
                    + "XML saves the CPU the others cost with junit."),
    VERBOSE("DDM_VERBOSE", "false", false,
            "true: the console also prints what was observed for each requirement and one line per restore job "
                    + "(the reports always hold both); the same as --verbose."),
    FAST_START("DDM_FAST_START", "true", false,
            "java -jar only: run in a child JVM that reuses a class-data-sharing archive of the jar kept in the "
                    + "temp folder (about twice as fast); false: run in the calling JVM.");

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
