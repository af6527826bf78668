package org.ddmconformance.steps;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.function.BiFunction;
import org.ddmconformance.config.Fixture;
import org.ddmconformance.restore.RestoreWindow;
import org.opentest4j.TestAbortedException;
import tools.jackson.databind.node.ObjectNode;

/**
 * The named ways a scenario breaks exactly one rule of a valid body (from the configured backup). Each gives the
 * text to send, which may be deliberately not JSON. The names are the ones the feature files use.
 */
enum BodyChange {
    NOT_JSON("body is not JSON", (body, fixture) -> "source=backup&target=instance"),
    JSON_ARRAY("body is a JSON array", (body, fixture) -> RestoreBodies.JSON.createArrayNode().add(body).toString()),
    NO_SOURCE("source is missing", (body, fixture) -> without(body, "source")),
    NO_TARGET("target is missing", (body, fixture) -> without(body, "target")),
    EMPTY_SOURCE("source has neither backup nor time", (body, fixture) -> {
        body.putObject("source");
        return body.toString();
    }),
    EMPTY_BACKUP_ID("backup_id is empty", (body, fixture) -> {
        source(body).put("backup_id", "");
        return body.toString();
    }),
    NUMERIC_BACKUP_ID("backup_id is a number", (body, fixture) -> {
        source(body).put("backup_id", 12345);
        return body.toString();
    }),
    RESTORE_TIME_STRING("restore_time is a numeric string",
            (body, fixture) -> restoreTime(body, String.valueOf(fixture.restoreTime()))),
    RESTORE_TIME_BOOLEAN("restore_time is a boolean", (body, fixture) -> restoreTime(body, Boolean.TRUE)),
    RESTORE_TIME_ZERO("restore_time is zero", (body, fixture) -> restoreTime(body, 0L)),
    RESTORE_TIME_NEGATIVE("restore_time is negative", (body, fixture) -> restoreTime(body, -fixture.restoreTime())),
    RESTORE_TIME_FUTURE("restore_time is far in the future",
            (body, fixture) -> restoreTime(body, Instant.parse("9999-12-31T23:59:59Z").toEpochMilli())),
    RESTORE_TIME_TOMORROW("restore_time is tomorrow",
            (body, fixture) -> restoreTime(body, Instant.now().plus(Duration.ofDays(1)).toEpochMilli())),
    RESTORE_TIME_1970("restore_time is in January 1970", (body, fixture) -> restoreTime(body, 1000L)),
    // The document's unit is milliseconds: the valid time read as milliseconds lies in January 1970.
    RESTORE_TIME_SECONDS("restore_time is the valid time in seconds",
            (body, fixture) -> restoreTime(body, fixture.restoreTime() / 1000)),
    RESTORE_TIME_BEFORE_WINDOW("restore_time is just before the window", null,
            (body, window) -> restoreTime(body, window.justBefore())),
    RESTORE_TIME_AFTER_WINDOW("restore_time is just after the window", null,
            (body, window) -> restoreTime(body, window.justAfter(System.currentTimeMillis()))),
    NO_TARGET_INSTANCE("target instance_id is missing", (body, fixture) -> {
        target(body).remove("instance_id");
        return body.toString();
    }),
    NO_DATA_NODES("data_nodes is missing", (body, fixture) -> {
        target(body).remove("data_nodes");
        return body.toString();
    }),
    DATA_NODES_STRING("data_nodes is a string", (body, fixture) -> {
        target(body).put("data_nodes", fixture.targetDataNodes().get(0));
        return body.toString();
    }),
    DATA_NODES_EMPTY("data_nodes is empty", (body, fixture) -> {
        target(body).putArray("data_nodes");
        return body.toString();
    }),
    DATA_NODE_NUMBER("data_nodes holds a number", (body, fixture) -> {
        target(body).withArray("data_nodes").add(42);
        return body.toString();
    });

    private final String label;
    private final BiFunction<ObjectNode, Fixture, String> change;
    private final BiFunction<ObjectNode, RestoreWindow, String> windowChange;

    BodyChange(String label, BiFunction<ObjectNode, Fixture, String> change) {
        this(label, change, null);
    }

    /** A change made from the restorable window, which only the endpoint knows (looked up or configured). */
    BodyChange(String label, BiFunction<ObjectNode, Fixture, String> change,
               BiFunction<ObjectNode, RestoreWindow, String> windowChange) {
        this.label = label;
        this.change = change;
        this.windowChange = windowChange;
    }

    /** The text to send: a valid body from the configured backup, with this one thing broken. */
    String applyTo(ObjectNode validBody, Fixture fixture) {
        return applyTo(validBody, fixture, null);
    }

    /**
     * As {@link #applyTo(ObjectNode, Fixture)}, for changes that need the restorable window too.
     *
     * @throws TestAbortedException when the change needs a window and none is known (not applicable)
     */
    String applyTo(ObjectNode validBody, Fixture fixture, RestoreWindow window) {
        if (windowChange == null) {
            return change.apply(validBody.deepCopy(), fixture);
        }
        if (window == null) {
            throw new TestAbortedException("not applicable: the restorable window is not known (see the notes of "
                    + "this run: DDM_DISCOVER=false, or restorable-time-interval gave none; DDM_RESTORE_WINDOW sets it)");
        }
        return windowChange.apply(validBody.deepCopy(), window);
    }

    boolean needsWindow() {
        return windowChange != null;
    }

    static BodyChange byLabel(String label) {
        return Arrays.stream(values()).filter(c -> c.label.equals(label)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown body change '" + label + "'"));
    }

    private static String without(ObjectNode body, String field) {
        body.remove(field);
        return body.toString();
    }

    private static ObjectNode source(ObjectNode body) {
        return (ObjectNode) body.get("source");
    }

    private static ObjectNode target(ObjectNode body) {
        return (ObjectNode) body.get("target");
    }

    /** Replaces the source by one naming only a restore time of the given JSON value. */
    private static String restoreTime(ObjectNode body, Object value) {
        ObjectNode source = body.putObject("source");
        if (value instanceof String text) {
            source.put("restore_time", text);
        } else if (value instanceof Boolean flag) {
            source.put("restore_time", flag);
        } else {
            source.put("restore_time", (Long) value);
        }
        return body.toString();
    }
}
