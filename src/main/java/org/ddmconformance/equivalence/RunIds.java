package org.ddmconformance.equivalence;

import java.util.HexFormat;
import java.util.Random;

/**
 * Made-up values that stay the same for the whole run (from its seed, DDM_SEED) and differ between purposes, so
 * that every comparison with one plain request sends exactly that request, and a rerun with the seed repeats it.
 */
public final class RunIds {

    private RunIds() {
    }

    /** {@code length} hex digits, the same for the same seed and purpose. */
    public static String hex(long seed, String purpose, int length) {
        Random random = new Random(seed * 31 + purpose.hashCode());
        byte[] bytes = new byte[(length + 1) / 2];
        random.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes).substring(0, length);
    }

    /** A DDM instance id no endpoint knows: 32 hex digits and the instance suffix, like the documented ones. */
    public static String unknownTarget(long seed) {
        return hex(seed, "unknown target instance", 32) + "in09";
    }
}
