package org.ddmconformance.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsLoaderTest {

    private static final Properties MOCK = new Properties();

    static {
        MOCK.putAll(Map.of("ddm.project-id", "mock-project", "ddm.instance-id", "mock-instance",
                "ddm.auth-token", "mock-token", "ddm.backup-id", "mock-backup", "ddm.restore-time", "1735689600000",
                "ddm.target-instance-id", "mock-target", "ddm.target-data-nodes", "n1,n2"));
    }

    private static Map<String, String> realEndpointEnvironment() {
        Map<String, String> env = new HashMap<>();
        env.put("DDM_BASE_URL", "https://ddm.example.com/");
        env.put("DDM_PROJECT_ID", "p");
        env.put("DDM_INSTANCE_ID", "i");
        env.put("DDM_AUTH_TOKEN", "secret-token");
        env.put("DDM_BACKUP_ID", "b");
        env.put("DDM_RESTORE_TIME", "1735689600000");
        env.put("DDM_TARGET_INSTANCE_ID", "t");
        env.put("DDM_TARGET_DATA_NODES", " n1, n2 ,");
        return env;
    }

    @Test
    void withoutBaseUrlTheMockFixtureIsUsedAndIgnoredSettingsAreNamed() {
        Settings settings = SettingsLoader.load(Map.of(), Map.of("DDM_PROJECT_ID", "mine"), MOCK);
        assertThat(settings.embeddedMock()).isTrue();
        assertThat(settings.fixture().projectId()).isEqualTo("mock-project");
        assertThat(settings.authToken()).isEqualTo("mock-token");
        assertThat(settings.restoresAllowed()).isTrue();
        assertThat(settings.notices()).singleElement().asString().contains("DDM_PROJECT_ID");
    }

    @Test
    void aRealEndpointIsReadFromTheEnvironment() {
        Settings settings = SettingsLoader.load(Map.of(), realEndpointEnvironment(), MOCK);
        assertThat(settings.embeddedMock()).isFalse();
        assertThat(settings.baseUrl()).isEqualTo("https://ddm.example.com");
        assertThat(settings.fixture()).isEqualTo(new Fixture("p", "i", "b", 1_735_689_600_000L, "t", List.of("n1", "n2")));
        assertThat(settings.restoresAllowed()).isFalse();
        assertThat(settings.connectTimeoutMs()).isEqualTo(10_000);
        assertThat(settings.readTimeoutMs()).isEqualTo(30_000);
    }

    @Test
    void aSystemPropertyWinsOverTheEnvironmentWhichWinsOverTheFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("ddm.properties");
        Files.writeString(file, "ddm.backup-id=from-file\nddm.instance-id=from-file\nddm.read-timeout-ms=1234\n");
        Map<String, String> env = realEndpointEnvironment();
        env.remove("DDM_INSTANCE_ID");
        env.put("DDM_CONFIG", file.toString());
        Settings settings = SettingsLoader.load(Map.of("ddm.backup-id", "from-property"), env, MOCK);
        assertThat(settings.fixture().backupId()).isEqualTo("from-property");
        assertThat(settings.fixture().instanceId()).isEqualTo("from-file");
        assertThat(settings.fixture().projectId()).isEqualTo("p");
        assertThat(settings.readTimeoutMs()).isEqualTo(1234);
    }

    @Test
    void everyMissingSettingIsNamedInOneMessage() {
        assertThatThrownBy(() -> SettingsLoader.load(Map.of(), Map.of("DDM_BASE_URL", "https://ddm.example.com"), MOCK))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContainingAll("DDM_PROJECT_ID", "DDM_INSTANCE_ID", "DDM_AUTH_TOKEN", "DDM_BACKUP_ID",
                        "DDM_RESTORE_TIME", "DDM_TARGET_INSTANCE_ID", "DDM_TARGET_DATA_NODES")
                .message().doesNotContain("\n");
    }

    @Test
    void wrongValuesAreNamedWithTheirSetting() {
        Map<String, String> env = realEndpointEnvironment();
        env.put("DDM_BASE_URL", "ftp://ddm.example.com");
        env.put("DDM_RESTORE_TIME", "yesterday");
        env.put("DDM_ALLOW_RESTORE", "yes");
        env.put("DDM_READ_TIMEOUT_MS", "-5");
        assertThatThrownBy(() -> SettingsLoader.load(Map.of(), env, MOCK))
                .hasMessageContainingAll("DDM_BASE_URL", "DDM_RESTORE_TIME", "DDM_ALLOW_RESTORE", "DDM_READ_TIMEOUT_MS");
    }

    @Test
    void aSettingsFileWithAnUnknownKeyIsRefused(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("ddm.properties");
        Files.writeString(file, "ddm.base_url=https://typo.example.com\n");
        assertThatThrownBy(() -> SettingsLoader.load(Map.of(), Map.of("DDM_CONFIG", file.toString()), MOCK))
                .hasMessageContaining("unknown key 'ddm.base_url'");
    }

    @Test
    void aMissingSettingsFileIsNamed() {
        assertThatThrownBy(() -> SettingsLoader.load(Map.of("ddm.config", "/nonexistent/ddm.properties"), Map.of(), MOCK))
                .hasMessageContaining("DDM_CONFIG names /nonexistent/ddm.properties");
    }

    @Test
    void theTokenNeverShowsInTheSettingsText() {
        Settings settings = SettingsLoader.load(Map.of(), realEndpointEnvironment(), MOCK);
        assertThat(settings.toString()).doesNotContain("secret-token");
        assertThat(settings.secrets()).containsExactly("secret-token");
    }

    @Test
    void propertyNamesFollowTheEnvironmentNames() {
        assertThat(Setting.BASE_URL.property()).isEqualTo("ddm.base-url");
        assertThat(Setting.TARGET_DATA_NODES.property()).isEqualTo("ddm.target-data-nodes");
    }
}
