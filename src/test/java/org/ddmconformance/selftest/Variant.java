package org.ddmconformance.selftest;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.ddmconformance.mock.EmbeddedMock;

/**
 * A variant of the reference mock: the stubs it adds on top of the reference mappings, and the MUST requirement
 * it breaks ({@code null} for a conformant variant, which uses only freedoms the contract allows). {@code settings}
 * changes the suite's settings for this variant's run (property name to value; an empty value removes it).
 */
record Variant(String name, String breaks, Consumer<WireMockServer> stubs, Map<String, String> settings,
               Front front, Consumer<EmbeddedMock> inTheMock) {

    /**
     * A fault only the raw request shows (the mock's HTTP server normalises it away): requests whose raw head
     * {@code picks} are answered {@code status} with {@code body} before they reach the mock (see RawFront).
     */
    record Front(Predicate<String> picks, int status, String body) {
    }

    Variant(String name, String breaks, Consumer<WireMockServer> stubs) {
        this(name, breaks, stubs, Map.of(), null, mock -> { });
    }

    static Variant broken(String breaks, String name, Consumer<WireMockServer> stubs) {
        return new Variant(name, breaks, stubs);
    }

    static Variant conformant(String name, Consumer<WireMockServer> stubs) {
        return new Variant(name, null, stubs);
    }

    /** The same variant, run with these settings changed. */
    Variant withSettings(Map<String, String> changed) {
        return new Variant(name, breaks, stubs, changed, front, inTheMock);
    }

    /** The same variant behind a raw front that answers the requests it picks itself. */
    static Variant brokenOnTheWire(String breaks, String name, Predicate<String> picks, int status, String body) {
        return new Variant(name, breaks, server -> { }, Map.of(), new Front(picks, status, body), mock -> { });
    }

    /** A fault of the mock's own reading of requests (what its stubs cannot express), with these stubs. */
    static Variant brokenInTheMock(String breaks, String name, Consumer<EmbeddedMock> change,
                                   Consumer<WireMockServer> stubs) {
        return new Variant(name, breaks, stubs, Map.of(), null, change);
    }

    /** A freedom of the mock's own reading of requests (what its stubs cannot express), with these stubs. */
    static Variant conformantInTheMock(String name, Consumer<EmbeddedMock> change, Consumer<WireMockServer> stubs) {
        return new Variant(name, null, stubs, Map.of(), null, change);
    }

    boolean isBroken() {
        return breaks != null;
    }

    /** A folder name for this variant's reports. */
    String slug() {
        String words = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
        return (isBroken() ? breaks + "-" : "ok-") + words;
    }

    @Override
    public String toString() {
        return isBroken() ? breaks + ": " + name : name;
    }
}
