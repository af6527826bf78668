package org.ddmconformance.config;

import java.nio.file.Path;
import java.util.List;

/**
 * The typed, validated settings of one run.
 *
 * @param baseUrl       endpoint under test; {@code null} until the embedded mock has started, in mock mode
 * @param embeddedMock  true when no DDM_BASE_URL was given and the suite runs against its own mock
 * @param notices       lines worth telling the person running the suite (ignored settings, ...)
 */
public record Settings(String baseUrl, boolean embeddedMock, Fixture fixture, String authToken,
                       boolean allowRestore, int connectTimeoutMs, int readTimeoutMs,
                       Selection selection, Path reportsDir, List<String> notices) {

    public Settings {
        notices = List.copyOf(notices);
    }

    public Settings withBaseUrl(String url) {
        return new Settings(url, embeddedMock, fixture, authToken, allowRestore, connectTimeoutMs,
                readTimeoutMs, selection, reportsDir, notices);
    }

    public Settings withSelection(Selection newSelection) {
        return new Settings(baseUrl, embeddedMock, fixture, authToken, allowRestore, connectTimeoutMs,
                readTimeoutMs, newSelection, reportsDir, notices);
    }

    public Settings withReportsDir(Path dir) {
        return new Settings(baseUrl, embeddedMock, fixture, authToken, allowRestore, connectTimeoutMs,
                readTimeoutMs, selection, dir, notices);
    }

    /** Scenarios that start a restore run against the mock always, elsewhere only when allowed. */
    public boolean restoresAllowed() {
        return embeddedMock || allowRestore;
    }

    /** Values that must never appear in any output. */
    public List<String> secrets() {
        return authToken == null ? List.of() : List.of(authToken);
    }

    @Override
    public String toString() {
        // Records print every component; this one holds a token.
        return "Settings[baseUrl=" + baseUrl + ", embeddedMock=" + embeddedMock + ", fixture=" + fixture
                + ", authToken=****, allowRestore=" + allowRestore + "]";
    }
}
