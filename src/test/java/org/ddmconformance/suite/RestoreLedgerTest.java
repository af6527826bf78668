package org.ddmconformance.suite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.ddmconformance.http.RestoreCall;
import org.junit.jupiter.api.Test;
import org.opentest4j.TestAbortedException;

class RestoreLedgerTest {

    private static final RestoreCall CALL = new RestoreCall("POST", "p", "i", "t", "{}");

    @Test
    void anUnexpectedRestoreWithoutPermissionStopsFurtherRestoreRequests() {
        RestoreLedger ledger = new RestoreLedger(false, 0);
        ledger.beforePost(false);
        ledger.afterPost(CALL, 400, null, false);
        ledger.afterPost(CALL, 202, "job-7", false);
        assertThat(ledger.unexpectedRestores()).containsExactly("job-7");
        assertThatThrownBy(() -> ledger.beforePost(false)).isInstanceOf(TestAbortedException.class)
                .hasMessageContaining("restore guard").hasMessageContaining("job-7");
    }

    @Test
    void withPermissionOrWhenMeantToRestoreNothingIsUnexpected() {
        RestoreLedger allowed = new RestoreLedger(true, 0);
        allowed.afterPost(CALL, 202, "job-1", false);
        RestoreLedger guarded = new RestoreLedger(false, 0);
        guarded.afterPost(CALL, 202, "job-2", true);
        assertThat(allowed.unexpectedRestores()).isEmpty();
        assertThat(guarded.unexpectedRestores()).isEmpty();
        guarded.beforePost(false);
    }

    @Test
    void restoresAreSpacedOnlyWhenMeantToRestore() {
        RestoreLedger ledger = new RestoreLedger(true, 40);
        assertThat(ledger.millisSinceLastAccepted()).isEmpty();
        ledger.afterPost(CALL, 202, "job-1", true);
        ledger.beforePost(true);
        assertThat(ledger.millisSinceLastAccepted()).hasValueSatisfying(ms -> assertThat(ms).isGreaterThanOrEqualTo(40));
    }
}
