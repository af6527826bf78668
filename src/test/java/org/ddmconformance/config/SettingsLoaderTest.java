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
        assertThatThrownBy(() -> SettingsLoader.load(Map.of(), Map.of("DDM_BASE_URL", "https://ddm.example.com",
                "DDM_DISCOVER", "false"), MOCK))
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

    @Test
    void iamSettingsReplaceTheTokenAndAllFourAreNeeded() {
        Map<String, String> env = realEndpointEnvironment();
        env.remove("DDM_AUTH_TOKEN");
        env.put("DDM_IAM_URL", "https://iam.example.com/");
        env.put("DDM_IAM_USERNAME", "u");
        assertThatThrownBy(() -> SettingsLoader.load(Map.of(), env, MOCK))
                .hasMessageContainingAll("DDM_IAM_DOMAIN", "DDM_IAM_PASSWORD").message().doesNotContain("DDM_AUTH_TOKEN");
        env.put("DDM_IAM_DOMAIN", "d");
        env.put("DDM_IAM_PASSWORD", "iam-secret");
        Settings settings = SettingsLoader.load(Map.of(), env, MOCK);
        assertThat(settings.authToken()).isNull();
        assertThat(settings.iam()).isEqualTo(new Iam("https://iam.example.com", "d", "u", "iam-secret"));
        assertThat(settings.secrets()).containsExactly("iam-secret");
        assertThat(settings.toString()).doesNotContain("iam-secret");
    }

    @Test
    void withNeitherTokenNorIamTheMessageOffersBoth() {
        Map<String, String> env = realEndpointEnvironment();
        env.remove("DDM_AUTH_TOKEN");
        assertThatThrownBy(() -> SettingsLoader.load(Map.of(), env, MOCK))
                .hasMessageContaining("DDM_AUTH_TOKEN (or the DDM_IAM_* settings instead of DDM_AUTH_TOKEN)");
    }

    @Test
    void theProxyComesFromDdmProxyWithItsPasswordKeptSecret() {
        Map<String, String> env = realEndpointEnvironment();
        env.put("DDM_PROXY", "http://gate:p%40ss@proxy.example.com:3128");
        env.put("HTTPS_PROXY", "http://other.example.com:8080");
        Settings settings = SettingsLoader.load(Map.of(), env, MOCK);
        assertThat(settings.transport().proxy()).isEqualTo(new ProxySettings("http", "proxy.example.com", 3128, "gate", "p@ss"));
        assertThat(settings.secrets()).contains("p@ss");
        assertThat(settings.transport().proxy().toString()).doesNotContain("p@ss");
    }

    @Test
    void theStandardProxyVariablesAreHonouredUnlessNoProxyNamesTheHost() {
        Map<String, String> env = realEndpointEnvironment();
        env.put("https_proxy", "proxy.example.com:8443");
        assertThat(SettingsLoader.load(Map.of(), env, MOCK).transport().proxy())
                .isEqualTo(new ProxySettings("http", "proxy.example.com", 8443, null, null));
        env.put("NO_PROXY", "localhost, .example.com");
        assertThat(SettingsLoader.load(Map.of(), env, MOCK).transport().proxy()).isNull();
        env.put("NO_PROXY", "example.org");
        env.put("DDM_BASE_URL", "http://ddm.example.com");
        assertThat(SettingsLoader.load(Map.of(), env, MOCK).transport().proxy()).as("HTTP_PROXY for http").isNull();
        env.put("HTTP_PROXY", "http://plain.example.com:80");
        assertThat(SettingsLoader.load(Map.of(), env, MOCK).transport().proxy().host()).isEqualTo("plain.example.com");
    }

    @Test
    void noProxyMatchesHostsAndDomainSuffixes() {
        assertThat(SettingsLoader.exempt("ddm.example.com", "example.com")).isTrue();
        assertThat(SettingsLoader.exempt("ddm.example.com", "*.example.com")).isTrue();
        assertThat(SettingsLoader.exempt("ddm.example.com", "*")).isTrue();
        assertThat(SettingsLoader.exempt("badexample.com", "example.com")).isFalse();
        assertThat(SettingsLoader.exempt("ddm.example.com", "")).isFalse();
    }

    @Test
    void aMalformedProxyIsNamedWithoutEchoingIt() {
        Map<String, String> env = realEndpointEnvironment();
        env.put("DDM_PROXY", "socks5://u:hidden@proxy:1080");
        assertThatThrownBy(() -> SettingsLoader.load(Map.of(), env, MOCK))
                .hasMessageContaining("DDM_PROXY must be a proxy URL").message().doesNotContain("hidden");
    }

    @Test
    void tlsSettingsAreCheckedAndInsecureTlsIsAnnounced(@TempDir Path dir) throws IOException {
        Map<String, String> env = realEndpointEnvironment();
        env.put("DDM_CA_CERT", dir.resolve("missing.pem").toString());
        env.put("DDM_TRUSTSTORE", Files.writeString(dir.resolve("trust.p12"), "x").toString());
        assertThatThrownBy(() -> SettingsLoader.load(Map.of(), env, MOCK))
                .hasMessageContainingAll("DDM_CA_CERT names", "cannot be read",
                        "DDM_TRUSTSTORE is set but DDM_TRUSTSTORE_PASSWORD is missing");
        env.remove("DDM_CA_CERT");
        env.remove("DDM_TRUSTSTORE");
        env.put("DDM_INSECURE_TLS", "true");
        assertThat(SettingsLoader.load(Map.of(), env, MOCK).notices()).anyMatch(n -> n.contains("NOT verified"));
    }

    @Test
    void restoresAreNotSpacedUnlessAsked() {
        Map<String, String> env = realEndpointEnvironment();
        assertThat(SettingsLoader.load(Map.of(), env, MOCK).restoreSpacingMs()).isZero();
        env.put("DDM_RESTORE_SPACING_MS", "120000");
        assertThat(SettingsLoader.load(Map.of(), env, MOCK).restoreSpacingMs()).isEqualTo(120_000);
        env.put("DDM_RESTORE_SPACING_MS", "soon");
        assertThatThrownBy(() -> SettingsLoader.load(Map.of(), env, MOCK)).hasMessageContaining("DDM_RESTORE_SPACING_MS");
    }

    @Test
    void retriesDefaultToThreeAndMayBeZero() {
        Map<String, String> env = realEndpointEnvironment();
        assertThat(SettingsLoader.load(Map.of(), env, MOCK).transport().maxRetries()).isEqualTo(3);
        env.put("DDM_MAX_RETRIES", "0");
        assertThat(SettingsLoader.load(Map.of(), env, MOCK).transport().maxRetries()).isZero();
        env.put("DDM_MAX_RETRIES", "-1");
        assertThatThrownBy(() -> SettingsLoader.load(Map.of(), env, MOCK)).hasMessageContaining("DDM_MAX_RETRIES");
    }

    @Test
    void theRunDeadlineIsOffForTheMockAndGenerousForARealEndpointLongerWithRestores() {
        assertThat(SettingsLoader.load(Map.of(), Map.of(), MOCK).runTimeoutS()).isZero();
        Map<String, String> env = realEndpointEnvironment();
        assertThat(SettingsLoader.load(Map.of(), env, MOCK).runTimeoutS()).isEqualTo(SettingsLoader.RUN_TIMEOUT_S);
        env.put("DDM_ALLOW_RESTORE", "true");
        assertThat(SettingsLoader.load(Map.of(), env, MOCK).runTimeoutS())
                .isEqualTo(SettingsLoader.RUN_TIMEOUT_WITH_RESTORES_S).isGreaterThan(SettingsLoader.RUN_TIMEOUT_S);
        env.put("DDM_RUN_TIMEOUT_S", "0");
        assertThat(SettingsLoader.load(Map.of(), env, MOCK).runTimeoutS()).isZero();
        env.put("DDM_RUN_TIMEOUT_S", "90");
        assertThat(SettingsLoader.load(Map.of(), env, MOCK).runTimeoutS()).isEqualTo(90);
        assertThat(SettingsLoader.load(Map.of(), Map.of("DDM_RUN_TIMEOUT_S", "5"), MOCK).runTimeoutS()).isEqualTo(5);
        env.put("DDM_RUN_TIMEOUT_S", "an hour");
        assertThatThrownBy(() -> SettingsLoader.load(Map.of(), env, MOCK)).hasMessageContaining("DDM_RUN_TIMEOUT_S");
    }

    @Test
    void answersAreCappedAtOneMebibyteUnlessSetOtherwise() {
        Map<String, String> env = realEndpointEnvironment();
        assertThat(SettingsLoader.load(Map.of(), env, MOCK).transport().maxAnswerBytes()).isEqualTo(1_048_576);
        env.put("DDM_MAX_ANSWER_BYTES", "4096");
        assertThat(SettingsLoader.load(Map.of(), env, MOCK).transport().maxAnswerBytes()).isEqualTo(4096);
        env.put("DDM_MAX_ANSWER_BYTES", "0");
        assertThatThrownBy(() -> SettingsLoader.load(Map.of(), env, MOCK)).hasMessageContaining("DDM_MAX_ANSWER_BYTES");
    }

    @Test
    void explorationDefaultsToFullWithEightAtOnceAndARunSeed() {
        Exploration exploration = SettingsLoader.load(Map.of(), realEndpointEnvironment(), MOCK).exploration();
        assertThat(exploration).isEqualTo(new Exploration(Exploration.Mode.FULL, 8, null));
        Map<String, String> env = realEndpointEnvironment();
        env.put("DDM_EXPLORE", "Quick");
        env.put("DDM_CONCURRENCY", "2");
        env.put("DDM_SEED", "-17");
        assertThat(SettingsLoader.load(Map.of(), env, MOCK).exploration())
                .isEqualTo(new Exploration(Exploration.Mode.QUICK, 2, -17L));
    }

    @Test
    void wrongExplorationSettingsAreNamedOneSentenceEach() {
        Map<String, String> env = realEndpointEnvironment();
        env.put("DDM_EXPLORE", "some");
        env.put("DDM_CONCURRENCY", "0");
        env.put("DDM_SEED", "abc");
        assertThatThrownBy(() -> SettingsLoader.load(Map.of(), env, MOCK))
                .hasMessageContaining("DDM_EXPLORE must be full, quick or off, not 'some'")
                .hasMessageContaining("DDM_CONCURRENCY must be a positive whole number, not '0'")
                .hasMessageContaining("DDM_SEED must be a whole number (as printed in an earlier report), not 'abc'");
        env.put("DDM_CONCURRENCY", "500");
        assertThatThrownBy(() -> SettingsLoader.load(Map.of(), env, MOCK))
                .hasMessageContaining("DDM_CONCURRENCY must be a whole number from 1 to 64, not '500'");
    }

    @Test
    void cucumberReportsAreAllByDefaultAndOnlyTheNamedOnesOtherwise() {
        Map<String, String> env = realEndpointEnvironment();
        assertThat(SettingsLoader.load(Map.of(), env, MOCK).output().cucumberReports())
                .containsExactlyInAnyOrder(Output.CucumberReport.values());
        env.put("DDM_CUCUMBER_REPORTS", "junit, json");
        assertThat(SettingsLoader.load(Map.of(), env, MOCK).output().cucumberReports())
                .containsExactlyInAnyOrder(Output.CucumberReport.JUNIT, Output.CucumberReport.JSON);
        env.put("DDM_CUCUMBER_REPORTS", "all");
        assertThat(SettingsLoader.load(Map.of(), env, MOCK).output().cucumberReports())
                .containsExactlyInAnyOrder(Output.CucumberReport.values());
        env.put("DDM_CUCUMBER_REPORTS", "none");
        assertThat(SettingsLoader.load(Map.of(), env, MOCK).output().cucumberReports()).isEmpty();
        env.put("DDM_CUCUMBER_REPORTS", "junit,pdf");
        assertThatThrownBy(() -> SettingsLoader.load(Map.of(), env, MOCK)).hasMessageContaining(
                "DDM_CUCUMBER_REPORTS must be all, none or any of html,json,junit,message (comma-separated), not 'junit,pdf'");
    }

    @Test
    void withDiscoveryOnlyProjectInstanceAndTokenAreNeeded() {
        assertThatThrownBy(() -> SettingsLoader.load(Map.of(), Map.of("DDM_BASE_URL", "https://ddm.example.com"), MOCK))
                .hasMessageContainingAll("DDM_PROJECT_ID", "DDM_INSTANCE_ID", "DDM_AUTH_TOKEN")
                .message().doesNotContain("DDM_BACKUP_ID").doesNotContain("DDM_TARGET_DATA_NODES");
        Settings settings = SettingsLoader.load(Map.of(), Map.of("DDM_BASE_URL", "https://ddm.example.com",
                "DDM_PROJECT_ID", "p", "DDM_INSTANCE_ID", "i", "DDM_AUTH_TOKEN", "t", "DDM_BACKUP_ID", "mine"), MOCK);
        assertThat(settings.fixture()).isEqualTo(new Fixture("p", "i", "mine", 0, null, List.of()));
        assertThat(settings.fixture().unset()).containsExactly("DDM_RESTORE_TIME", "DDM_TARGET_INSTANCE_ID",
                "DDM_TARGET_DATA_NODES");
        assertThat(settings.lifecycle()).isEqualTo(new Lifecycle(true, null, null, 1800, 1000));
    }

    @Test
    void aSecondTargetNeedsItsDataNodesWhereNothingIsDiscovered() {
        Map<String, String> env = realEndpointEnvironment();
        env.put("DDM_DISCOVER", "false");
        env.put("DDM_SECOND_TARGET_INSTANCE_ID", "t2");
        assertThatThrownBy(() -> SettingsLoader.load(Map.of(), env, MOCK)).isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("DDM_SECOND_TARGET_DATA_NODES must be set with DDM_SECOND_TARGET_INSTANCE_ID");
        env.remove("DDM_SECOND_TARGET_INSTANCE_ID");
        env.put("DDM_SECOND_TARGET_DATA_NODES", "n1");
        assertThatThrownBy(() -> SettingsLoader.load(Map.of(), env, MOCK)).isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("DDM_SECOND_TARGET_DATA_NODES is set without DDM_SECOND_TARGET_INSTANCE_ID");
    }

    @Test
    void theWindowTheJobTimeoutAndThePollIntervalAreRead() {
        Map<String, String> env = realEndpointEnvironment();
        env.put("DDM_RESTORE_WINDOW", " 1704067200000 , 1767225600000 ");
        env.put("DDM_JOB_TIMEOUT_S", "60");
        env.put("DDM_JOB_POLL_MS", "250");
        env.put("DDM_DISCOVER", "false");
        env.put("DDM_JOB_API", "false");
        env.put("DDM_SECOND_TARGET_INSTANCE_ID", "t2");
        env.put("DDM_SECOND_TARGET_DATA_NODES", " n1, n2 ");
        assertThat(SettingsLoader.load(Map.of(), env, MOCK).lifecycle())
                .isEqualTo(new Lifecycle(false, 1_704_067_200_000L, 1_767_225_600_000L, 60, 250, false,
                        new Target("t2", List.of("n1", "n2"))));
        assertThat(SettingsLoader.load(Map.of(), Map.of(), MOCK).lifecycle().firstPollMs())
                .as("the embedded mock's jobs are short").isEqualTo(SettingsLoader.EMBEDDED_MOCK_FIRST_POLL_MS);
    }

    @Test
    void wrongLifecycleValuesAreNamedInOneSentence() {
        Map<String, String> env = realEndpointEnvironment();
        env.put("DDM_RESTORE_WINDOW", "1767225600000,1704067200000");
        env.put("DDM_JOB_TIMEOUT_S", "0");
        env.put("DDM_DISCOVER", "maybe");
        assertThatThrownBy(() -> SettingsLoader.load(Map.of(), env, MOCK)).isInstanceOf(ConfigurationException.class)
                .hasMessageContainingAll("DDM_RESTORE_WINDOW must be start,end in milliseconds since the epoch with "
                        + "start before end", "DDM_JOB_TIMEOUT_S must be a positive whole number",
                        "DDM_DISCOVER must be true or false")
                .message().doesNotContain("\n");
    }
}
