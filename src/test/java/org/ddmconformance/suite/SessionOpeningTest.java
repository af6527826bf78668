package org.ddmconformance.suite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.Set;
import org.ddmconformance.config.Settings;
import org.ddmconformance.http.EndpointUnreachableException;
import org.ddmconformance.report.ConformanceReportFiles;
import org.ddmconformance.report.ConformanceResult;
import org.ddmconformance.report.RequirementResult;
import org.ddmconformance.report.RequirementStatus;
import org.ddmconformance.testsupport.RealEndpointSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The engine starts while the session opens; a session that cannot open stops the run before any scenario. */
class SessionOpeningTest {

    @Test
    void anEndpointThatCannotBeReachedStopsTheRunAndItsReportSaysWhy(@TempDir Path reports) throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        Settings settings = RealEndpointSettings.load(RealEndpointSettings.environment("http://127.0.0.1:" + closedPort))
                .withReportsDir(reports);
        String refused = "The connection to 127.0.0.1:" + closedPort + " was refused (DDM_BASE_URL)";

        assertThatThrownBy(() -> ConformanceLauncher.run(settings.withCucumberReports(Set.of())))
                .isInstanceOf(EndpointUnreachableException.class).hasMessageContaining(refused);

        ConformanceResult written = ConformanceReportFiles.read(reports);
        assertThat(written.requirements()).extracting(RequirementResult::status).containsOnly(RequirementStatus.NOT_RUN);
        assertThat(written.warnings()).anySatisfy(w -> assertThat(w).startsWith("No scenario ran: ").contains(refused));
        assertThat(SessionOpening.pending()).isEmpty();
        assertThat(SuiteSession.current()).isEmpty();
    }
}
