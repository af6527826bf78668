package org.ddmconformance.selftest;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * A variant of the reference mock: the stubs it adds on top of the reference mappings, and the MUST requirement
 * it breaks ({@code null} for a conformant variant, which uses only freedoms the contract allows).
 */
record Variant(String name, String breaks, Consumer<WireMockServer> stubs) {

    static Variant broken(String breaks, String name, Consumer<WireMockServer> stubs) {
        return new Variant(name, breaks, stubs);
    }

    static Variant conformant(String name, Consumer<WireMockServer> stubs) {
        return new Variant(name, null, stubs);
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
