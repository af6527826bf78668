package org.ddmconformance.steps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.List;
import org.ddmconformance.config.Fixture;
import org.ddmconformance.restore.RestoreWindow;
import org.opentest4j.TestAbortedException;
import org.ddmconformance.schema.JsonSchemas;
import org.ddmconformance.schema.JsonSchemas.Shape;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The suite's negative bodies really break the documented shape, and its valid bodies really fit it. */
class BodyChangeTest {

    private static final JsonSchemas SCHEMAS = new JsonSchemas();
    private static final RestoreWindow A_WINDOW = new RestoreWindow(1_704_067_200_000L, 1_720_000_000_000L,
            1_767_225_600_000L, "test", System.currentTimeMillis());
    private static final Fixture FIXTURE = new Fixture("p", "i", "b1", 1_735_689_600_000L, "t", List.of("n1", "n2"));
    /** Break a rule no schema can state: the restorable window is the endpoint's own knowledge. */
    private static final EnumSet<BodyChange> WINDOW = EnumSet.of(BodyChange.RESTORE_TIME_FUTURE,
            BodyChange.RESTORE_TIME_TOMORROW, BodyChange.RESTORE_TIME_1970, BodyChange.RESTORE_TIME_SECONDS);

    @Test
    void validBodiesFitTheRequestSchema() {
        assertThat(SCHEMAS.problems(Shape.REQUEST, RestoreBodies.fromBackup(FIXTURE, "b1").toString())).isEmpty();
        assertThat(SCHEMAS.problems(Shape.REQUEST, RestoreBodies.toRestoreTime(FIXTURE).toString())).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(BodyChange.class)
    void everyChangeExceptTheWindowBreaksTheRequestSchema(BodyChange change) {
        String body = change.applyTo(RestoreBodies.fromBackup(FIXTURE, "b1"), FIXTURE, A_WINDOW);
        List<String> problems = SCHEMAS.problems(Shape.REQUEST, body);
        if (WINDOW.contains(change) || change.needsWindow()) {
            assertThat(problems).isEmpty();
        } else {
            assertThat(problems).as(change + " gives " + body).isNotEmpty();
        }
    }

    @Test
    void theWindowEdgesLieOutsideTheWindowAndNeedOne() {
        long before = RestoreBodies.JSON.readTree(BodyChange.RESTORE_TIME_BEFORE_WINDOW.applyTo(
                RestoreBodies.fromBackup(FIXTURE, "b1"), FIXTURE, A_WINDOW)).path("source").path("restore_time").asLong();
        long after = RestoreBodies.JSON.readTree(BodyChange.RESTORE_TIME_AFTER_WINDOW.applyTo(
                RestoreBodies.fromBackup(FIXTURE, "b1"), FIXTURE, A_WINDOW)).path("source").path("restore_time").asLong();
        assertThat(before).isLessThan(A_WINDOW.earliestStart());
        assertThat(after).isGreaterThan(A_WINDOW.latestEnd());
        assertThatThrownBy(() -> BodyChange.RESTORE_TIME_AFTER_WINDOW.applyTo(RestoreBodies.fromBackup(FIXTURE, "b1"),
                FIXTURE, null)).isInstanceOf(TestAbortedException.class).hasMessageContaining("not applicable");
    }

    @Test
    void aChangeDoesNotTouchTheBodyItStartedFrom() {
        var valid = RestoreBodies.fromBackup(FIXTURE, "b1");
        String before = valid.toString();
        BodyChange.NO_SOURCE.applyTo(valid, FIXTURE);
        assertThat(valid.toString()).isEqualTo(before);
    }
}
