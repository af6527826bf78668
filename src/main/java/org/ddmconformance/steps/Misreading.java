package org.ddmconformance.steps;

import org.ddmconformance.equivalence.RunIds;
import org.ddmconformance.http.RestoreCall;

/**
 * What a server that misread a form would see instead, as a request in the plain form: its answer is what a
 * misreading would look like, so a form answered like the plain request was read only if that answer differs.
 */
enum Misreading {
    NOT_JSON("a body that is not JSON", (call, seed) -> call.withBody("source=backup&target=instance")),
    EMPTY_BODY("an empty body", (call, seed) -> call.withBody("")),
    NO_TOKEN("a request without a token", (call, seed) -> call.withToken(null)),
    WRONG_TOKEN("a wrong token", (call, seed) -> call.withToken("x" + RunIds.hex(seed, "wrong token", 40))),
    OTHER_PROJECT("another project", (call, seed) -> call.withProjectId(RunIds.hex(seed, "other project", 32))),
    OTHER_INSTANCE("a source instance that does not exist",
            (call, seed) -> call.withInstanceId(RunIds.hex(seed, "other source instance", 32) + "in09"));

    private final String description;
    private final java.util.function.BiFunction<RestoreCall, Long, RestoreCall> change;

    Misreading(String description, java.util.function.BiFunction<RestoreCall, Long, RestoreCall> change) {
        this.description = description;
        this.change = change;
    }

    String description() {
        return description;
    }

    /** The plain request as a misreading server would see it (the same for the whole run). */
    RestoreCall of(RestoreCall plain, long seed) {
        return change.apply(plain, seed);
    }
}
