package org.ddmconformance;

import static org.assertj.core.api.Assertions.assertThat;

import org.ddmconformance.config.Settings;
import org.ddmconformance.config.SettingsLoader;
import org.ddmconformance.mock.EmbeddedMock;
import org.ddmconformance.suite.ConformanceLauncher;
import org.junit.jupiter.api.Test;

/**
 * The conformance run of {@code mvn verify}: the same launcher as {@code java -jar}, against the embedded mock
 * unless DDM_BASE_URL is set. The build fails when a MUST requirement fails; SHOULD failures only warn.
 */
class ConformanceIT {

    @Test
    void endpointHonoursEveryMustRequirement() {
        Settings settings = SettingsLoader.fromSystem(EmbeddedMock.fixture());
        int exitCode = ConformanceLauncher.runAndReport(settings, System.out);
        assertThat(exitCode).withFailMessage("the endpoint is NOT CONFORMANT: see the verdict above and "
                + settings.reportsDir().resolve("conformance.html")).isEqualTo(ConformanceLauncher.CONFORMANT);
    }
}
