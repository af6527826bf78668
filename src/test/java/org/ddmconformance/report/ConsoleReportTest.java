package org.ddmconformance.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ConsoleReportTest {

    @Test
    void theReasonShowsTheExpectationAndWhatCameBack() {
        String message = """
                expected status 202, got 400
                request: POST http://h/v3/p/instances/i/backups/metadata-recovery
                  body: {"source": {}}
                response: 400
                  headers: Content-Type: application/json
                  body: {"error_msg": "target busy"}""";
        assertThat(ConsoleReport.reason(message))
                .isEqualTo("expected status 202, got 400 | answer 400 body: {\"error_msg\": \"target busy\"}");
    }

    @Test
    void aLongReasonIsCut() {
        assertThat(ConsoleReport.reason("x".repeat(500))).hasSize(160).endsWith("...");
        assertThat(ConsoleReport.reason("")).isEmpty();
    }
}
