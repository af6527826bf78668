package org.ddmconformance.testsupport;

import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import org.ddmconformance.config.Setting;
import org.ddmconformance.config.Settings;
import org.ddmconformance.config.SettingsLoader;
import org.ddmconformance.mock.EmbeddedMock;

/** Settings for a "real" endpoint at a URL of the test's choosing that knows the mock's fixture. */
public final class RealEndpointSettings {

    private RealEndpointSettings() {
    }

    /** Every DDM_* variable naming the fixture, the token included, and the given base URL. */
    public static Map<String, String> environment(String baseUrl) {
        Properties fixture = EmbeddedMock.fixture();
        Map<String, String> env = new HashMap<>();
        for (Setting setting : Setting.values()) {
            String value = fixture.getProperty(setting.property());
            if (value != null && !setting.name().startsWith("IAM_")) {
                env.put(setting.environmentVariable(), value);
            }
        }
        env.put("DDM_BASE_URL", baseUrl);
        return env;
    }

    public static Settings load(Map<String, String> environment) {
        return SettingsLoader.load(Map.of(), environment, EmbeddedMock.fixture());
    }
}
