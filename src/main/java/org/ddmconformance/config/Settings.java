package org.ddmconformance.config;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The typed, validated settings of one run.
 *
 * @param baseUrl       endpoint under test; {@code null} until the embedded mock has started, in mock mode
 * @param embeddedMock  true when no DDM_BASE_URL was given and the suite runs against its own mock
 * @param authToken     the X-Auth-Token; {@code null} until obtained from IAM when {@code iam} is given
 * @param iam           IAM credentials to obtain the token with, or {@code null}
 * @param notices       lines worth telling the person running the suite (ignored settings, insecure TLS, ...)
 * @param lifecycle     discovery, restorable window, job follow-up
 * @param exploration   how the cases generated from the request schema run (DDM_EXPLORE, DDM_CONCURRENCY, DDM_SEED)
 * @param output        what the run writes besides its verdict and conformance reports (DDM_VERBOSE, DDM_CUCUMBER_REPORTS)
 */
public record Settings(String baseUrl, boolean embeddedMock, Fixture fixture, String authToken, Iam iam,
                       boolean allowRestore, long restoreSpacingMs, Transport transport, Selection selection,
                       Path reportsDir, List<String> notices, Lifecycle lifecycle, Exploration exploration,
                       Output output) {

    public Settings {
        notices = List.copyOf(notices);
        lifecycle = lifecycle == null ? Lifecycle.defaults() : lifecycle;
        exploration = exploration == null ? Exploration.DEFAULT : exploration;
        output = output == null ? Output.DEFAULT : output;
    }

    /** The fixture completed by discovery. */
    public Settings withFixture(Fixture completed) {
        return new Settings(baseUrl, embeddedMock, completed, authToken, iam, allowRestore, restoreSpacingMs,
                transport, selection, reportsDir, notices, lifecycle, exploration, output);
    }

    public Settings withBaseUrl(String url) {
        return new Settings(url, embeddedMock, fixture, authToken, iam, allowRestore, restoreSpacingMs, transport,
                selection, reportsDir, notices, lifecycle, exploration, output);
    }

    public Settings withAuthToken(String token) {
        return new Settings(baseUrl, embeddedMock, fixture, token, iam, allowRestore, restoreSpacingMs, transport,
                selection, reportsDir, notices, lifecycle, exploration, output);
    }

    public Settings withTransport(Transport newTransport) {
        return new Settings(baseUrl, embeddedMock, fixture, authToken, iam, allowRestore, restoreSpacingMs,
                newTransport, selection, reportsDir, notices, lifecycle, exploration, output);
    }

    public Settings withSelection(Selection newSelection) {
        return new Settings(baseUrl, embeddedMock, fixture, authToken, iam, allowRestore, restoreSpacingMs,
                transport, newSelection, reportsDir, notices, lifecycle, exploration, output);
    }

    public Settings withReportsDir(Path dir) {
        return new Settings(baseUrl, embeddedMock, fixture, authToken, iam, allowRestore, restoreSpacingMs,
                transport, selection, dir, notices, lifecycle, exploration, output);
    }

    /** Only these of Cucumber's report files (none: a run read only for its result, as the self-test's). */
    public Settings withCucumberReports(java.util.Set<Output.CucumberReport> reports) {
        return new Settings(baseUrl, embeddedMock, fixture, authToken, iam, allowRestore, restoreSpacingMs,
                transport, selection, reportsDir, notices, lifecycle, exploration, output.withCucumberReports(reports));
    }

    public Settings withVerbose(boolean console) {
        return new Settings(baseUrl, embeddedMock, fixture, authToken, iam, allowRestore, restoreSpacingMs,
                transport, selection, reportsDir, notices, lifecycle, exploration, output.withVerbose(console));
    }

    /** The console also prints every observation and one line per job (DDM_VERBOSE, --verbose). */
    public boolean verbose() {
        return output.verbose();
    }

    public int connectTimeoutMs() {
        return transport.connectTimeoutMs();
    }

    public int readTimeoutMs() {
        return transport.readTimeoutMs();
    }

    /** The deadline of the whole run in seconds, 0: none (DDM_RUN_TIMEOUT_S). */
    public long runTimeoutS() {
        return transport.runTimeoutS();
    }

    /** Scenarios that start a restore run against the mock always, elsewhere only when allowed. */
    public boolean restoresAllowed() {
        return embeddedMock || allowRestore;
    }

    /** Values that must never appear in any output: token, passwords. */
    public List<String> secrets() {
        List<String> secrets = new ArrayList<>();
        secrets.add(authToken);
        secrets.add(iam == null ? null : iam.password());
        secrets.add(transport.tls().truststorePassword());
        secrets.add(transport.proxy() == null ? null : transport.proxy().password());
        return secrets.stream().filter(s -> s != null && !s.isEmpty()).toList();
    }

    @Override
    public String toString() {
        // Records print every component; this one holds secrets.
        return "Settings[baseUrl=" + baseUrl + ", embeddedMock=" + embeddedMock + ", fixture=" + fixture
                + ", authToken=" + (authToken == null ? "none" : "****") + ", iam=" + iam + ", allowRestore="
                + allowRestore + ", transport=" + transport + "]";
    }
}
