package org.ddmconformance.steps;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import org.ddmconformance.config.Fixture;
import org.ddmconformance.schema.JsonSchemas;
import org.ddmconformance.schema.JsonSchemas.Shape;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The suite's negative bodies really break the documented shape, and its valid bodies really fit it. */
class BodyChangeTest {

    private static final JsonSchemas SCHEMAS = new JsonSchemas();
    private static final Fixture FIXTURE = new Fixture("p", "i", "b1", 1_735_689_600_000L, "t", List.of("n1", "n2"));
    /** Break a rule no schema can state: the restorable window is the endpoint's own knowledge. */
    private static final EnumSet<BodyChange> WINDOW = EnumSet.of(BodyChange.RESTORE_TIME_FUTURE,
            BodyChange.RESTORE_TIME_TOMORROW, BodyChange.RESTORE_TIME_1970);

    @Test
    void validBodiesFitTheRequestSchema() {
        assertThat(SCHEMAS.problems(Shape.REQUEST, RestoreBodies.fromBackup(FIXTURE, "b1").toString())).isEmpty();
        assertThat(SCHEMAS.problems(Shape.REQUEST, RestoreBodies.toRestoreTime(FIXTURE).toString())).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(BodyChange.class)
    void everyChangeExceptTheWindowBreaksTheRequestSchema(BodyChange change) {
        String body = change.applyTo(RestoreBodies.fromBackup(FIXTURE, "b1"), FIXTURE);
        List<String> problems = SCHEMAS.problems(Shape.REQUEST, body);
        if (WINDOW.contains(change)) {
            assertThat(problems).isEmpty();
        } else {
            assertThat(problems).as(change + " gives " + body).isNotEmpty();
        }
    }

    @Test
    void aChangeDoesNotTouchTheBodyItStartedFrom() {
        var valid = RestoreBodies.fromBackup(FIXTURE, "b1");
        String before = valid.toString();
        BodyChange.NO_SOURCE.applyTo(valid, FIXTURE);
        assertThat(valid.toString()).isEqualTo(before);
    }
}
