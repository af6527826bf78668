package org.ddmconformance.restore;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.ddmconformance.config.ConfigurationException;
import org.ddmconformance.config.Settings;
import org.ddmconformance.config.Target;
import org.ddmconformance.http.Masker;
import org.ddmconformance.http.RequestFactory;
import org.ddmconformance.mock.EmbeddedMock;
import org.ddmconformance.testsupport.RealEndpointSettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Discovery against the reference mock and against mocks that give nothing usable (exit 2, one sentence). */
class DiscoveryTest {

    private static final Properties FIXTURE = EmbeddedMock.fixture();
    private static EmbeddedMock mock;

    @BeforeAll
    static void startMock() {
        mock = EmbeddedMock.start();
    }

    @AfterAll
    static void stopMock() {
        mock.close();
    }

    @BeforeEach
    void reference() {
        mock.resetToReference();
    }

    /** Only base URL, project, instance and token: the rest is discovered. */
    private static Map<String, String> minimal() {
        Map<String, String> env = new HashMap<>();
        env.put("DDM_BASE_URL", mock.baseUrl());
        env.put("DDM_PROJECT_ID", FIXTURE.getProperty("ddm.project-id"));
        env.put("DDM_INSTANCE_ID", FIXTURE.getProperty("ddm.instance-id"));
        env.put("DDM_AUTH_TOKEN", FIXTURE.getProperty("ddm.auth-token"));
        return env;
    }

    private static Discovery.Result discover(Map<String, String> env) {
        Settings settings = RealEndpointSettings.load(env);
        RelatedApis apis = new RelatedApis(new RequestFactory(settings), settings.fixture().projectId(),
                settings.fixture().instanceId());
        return new Discovery(settings, apis, Waits.unbounded(), new Masker(List.of()),
                note -> { }).run();
    }

    private static void answer(String pathRegex, int status, String body) {
        mock.server().stubFor(get(urlPathMatching(pathRegex)).atPriority(1).withHeader("X-Auth-Token",
                equalTo(FIXTURE.getProperty("ddm.auth-token")))
                .willReturn(aResponse().withStatus(status).withHeader("Content-Type", "application/json")
                        .withBody(body.replace('\'', '"'))));
    }

    @Test
    void withRestoresAllowedASecondTargetIsTheNextAvailableOneOrElseANote() {
        Map<String, String> env = minimal();
        env.put("DDM_ALLOW_RESTORE", "true");
        Discovery.Result alone = discover(env); // the reference lists one available target only
        assertThat(alone.secondTarget()).isNull();
        assertThat(alone.forTimeRestore()).isEqualTo(alone.fixture());
        assertThat(alone.notices()).anySatisfy(n -> assertThat(n).startsWith("No second restore target (no restore "
                + "target: restorable-instances listed 2 instance(s), none available besides"));

        answer(".*/backups/restorable-instances", 200, "{'instances':[{'instance_id':'t1in09','available':true},"
                + "{'instance_id':'busyin09','available':false},{'instance_id':'t2in09','available':true}],"
                + "'offset':0,'limit':10,'total':3}");
        answer(".*/backups/restorable-data-node", 200, "{'target_data_nodes':[{'instance_id':'n8in01',"
                + "'available':true},{'instance_id':'n9in01','available':true}],'offset':0,'limit':10,'total':2}");
        Discovery.Result two = discover(env);
        assertThat(two.fixture().targetInstanceId()).isEqualTo("t1in09");
        assertThat(two.secondTarget()).isEqualTo(new Target("t2in09", List.of("n8in01", "n9in01")));
        assertThat(two.forTimeRestore().targetInstanceId()).isEqualTo("t2in09");
        assertThat(two.values()).extracting(FixtureValue::name)
                .contains("second target instance_id", "second target data_nodes");
    }

    @Test
    void everyUnsetValueIsFoundFollowingPagesAndFilteringOnTheClient() {
        Discovery.Result result = discover(minimal());
        assertThat(result.fixture().backupId()).isEqualTo(FIXTURE.getProperty("ddm.backup-id")); // on page 2
        assertThat(result.fixture().targetInstanceId()).isEqualTo(FIXTURE.getProperty("ddm.target-instance-id"));
        assertThat(String.join(",", result.fixture().targetDataNodes()))
                .isEqualTo(FIXTURE.getProperty("ddm.target-data-nodes"));
        assertThat(result.fixture().restoreTime()).isEqualTo(1_767_225_600_000L - 60_000);
        assertThat(result.window()).isNotNull();
        assertThat(result.values()).filteredOn(v -> v.name().equals("backup_id")).singleElement()
                .satisfies(v -> assertThat(v.source()).startsWith("discovered: backups"));
        assertThat(result.values()).filteredOn(v -> v.name().equals("X-Auth-Token")).singleElement()
                .satisfies(v -> assertThat(v.value()).isEqualTo("****"));
    }

    @Test
    void aGivenValueAlwaysWins() {
        Map<String, String> env = minimal();
        env.put("DDM_BACKUP_ID", "my-backup");
        answer("/v3/[^/]+/backups", 500, "{'error_code':'X','error_msg':'must not be asked'}");
        Discovery.Result result = discover(env);
        assertThat(result.fixture().backupId()).isEqualTo("my-backup");
        assertThat(result.values()).filteredOn(v -> v.name().equals("backup_id")).singleElement()
                .satisfies(v -> assertThat(v.source()).isEqualTo("configured (DDM_BACKUP_ID)"));
    }

    @Test
    void noAvailableTargetIsOneSentenceNamingTheApiAndTheReasons() {
        answer(".*/restorable-instances", 200, "{'instances':[{'instance_id':'a','available':false,"
                + "'unavailable_reason':'another action is running on the target'},{'instance_id':'b','available':false,"
                + "'unavailable_reason':'instance frozen'}],'offset':0,'limit':10,'total':2}");
        assertThatThrownBy(() -> discover(minimal())).isInstanceOf(ConfigurationException.class)
                .hasMessage("no restore target: restorable-instances listed 2 instance(s), none available "
                        + "(\"another action is running on the target\", \"instance frozen\"); set DDM_TARGET_INSTANCE_ID");
    }

    @Test
    void noNormalBackupOfTheSourceInstanceIsNamed() {
        answer("/v3/[^/]+/backups", 200, "{'backups':[{'id':'x','status':'deleted','instance_id':'"
                + FIXTURE.getProperty("ddm.instance-id") + "'}],'offset':0,'limit':10,'total':1}");
        assertThatThrownBy(() -> discover(minimal())).isInstanceOf(ConfigurationException.class)
                .hasMessage("no backup: backups listed 1 backup(s), 1 of instance " + FIXTURE.getProperty("ddm.instance-id")
                        + " but none with status normal (\"deleted\"); set DDM_BACKUP_ID");
    }

    @Test
    void anUnreadableWindowStopsDiscoveryOnlyWhenTheRestoreTimeIsNeeded() {
        answer(".*/restorable-time-interval", 404, "{'error_code':'DBS.280011','error_msg':'not found'}");
        assertThatThrownBy(() -> discover(minimal())).isInstanceOf(ConfigurationException.class)
                .hasMessageStartingWith("no restore time: restorable-time-interval answered 404 ")
                .hasMessageContaining("DBS.280011");
        Map<String, String> env = minimal();
        env.put("DDM_RESTORE_TIME", FIXTURE.getProperty("ddm.restore-time"));
        Discovery.Result result = discover(env);
        assertThat(result.window()).isNull();
        assertThat(result.notices()).singleElement().asString().contains("restorable window is unknown");
    }

    @Test
    void noAvailableDataNodeForASourceDataNodeIsNamed() {
        answer(".*/restorable-data-node", 200, "{'target_data_nodes':[{'instance_id':'n','available':false,"
                + "'unavailable_reason':'read-only'}],'total':1}");
        assertThatThrownBy(() -> discover(minimal())).isInstanceOf(ConfigurationException.class)
                .hasMessageStartingWith("no target data node for source data node ")
                .hasMessageContaining("restorable-data-node listed 1 data node(s), none available");
    }

    @Test
    void withoutDiscoveryNothingIsAskedAndAGivenWindowIsUsed() {
        Map<String, String> env = RealEndpointSettings.environment(mock.baseUrl());
        env.put("DDM_DISCOVER", "false");
        answer("/v3/.*", 500, "{'error_code':'X','error_msg':'must not be asked'}");
        assertThat(discover(env).window()).isNull();
        env.put("DDM_RESTORE_WINDOW", "1000,2000");
        RestoreWindow window = discover(env).window();
        assertThat(window.earliestStart()).isEqualTo(1000);
        assertThat(window.latestEnd()).isEqualTo(2000);
        assertThat(window.source()).isEqualTo("configured (DDM_RESTORE_WINDOW)");
    }
}
