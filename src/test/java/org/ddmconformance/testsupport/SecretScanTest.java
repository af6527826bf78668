package org.ddmconformance.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** The leak detector itself: it must find a secret however an attachment encodes it. */
class SecretScanTest {

    private static final String SECRET = "tok-9f8e7d6c5b4a";

    @Test
    void findsTheSecretAsItIs() {
        assertThat(SecretScan.contains("header X-Auth-Token: " + SECRET + "\n", SECRET)).isTrue();
        assertThat(SecretScan.contains("header X-Auth-Token: ****\n", SECRET)).isFalse();
    }

    @Test
    void findsTheSecretBase64EncodedAtEveryAlignment() {
        for (String prefix : new String[] {"", "a", "ab", "abc", "GET /x\nX-Auth-Token: "}) {
            String encoded = Base64.getEncoder().encodeToString((prefix + SECRET + " tail").getBytes(StandardCharsets.UTF_8));
            assertThat(SecretScan.contains("{\"data\": \"" + encoded + "\"}", SECRET)).as(prefix).isTrue();
        }
        String masked = Base64.getEncoder().encodeToString("X-Auth-Token: ****".getBytes(StandardCharsets.UTF_8));
        assertThat(SecretScan.contains(masked, SECRET)).isFalse();
    }
}
