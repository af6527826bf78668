package org.ddmconformance.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The altered tokens differ from the real one, and are masked like it wherever they appear. */
class AlmostRightTokensTest {

    private static final String TOKEN = "MIIEhgYJKoZIhvcNAQcCoIIEdzCCBHMCAQExDTALBglghkgBZQMEAgEwggJ9";

    @Test
    void theAlteredTokensAreNotTheToken() {
        String tampered = AlmostRightTokens.tampered(TOKEN);
        assertThat(tampered).hasSameSizeAs(TOKEN).isNotEqualTo(TOKEN)
                .startsWith(TOKEN.substring(0, TOKEN.length() - AlmostRightTokens.CHANGED));
        for (int i = TOKEN.length() - AlmostRightTokens.CHANGED; i < TOKEN.length(); i++) {
            assertThat(tampered.charAt(i)).isNotEqualTo(TOKEN.charAt(i));
        }
        assertThat(AlmostRightTokens.cut(TOKEN)).isEqualTo(TOKEN.substring(0, TOKEN.length() / 2));
    }

    @Test
    void theMaskerHidesTheAlteredTokensWhole() {
        Masker masker = new Masker(List.of(TOKEN));
        for (String token : List.of(AlmostRightTokens.tampered(TOKEN), AlmostRightTokens.cut(TOKEN))) {
            assertThat(masker.mask("X-Auth-Token: " + token + "\n{\"token\":\"" + token + "\"}"))
                    .isEqualTo("X-Auth-Token: ****\n{\"token\":\"****\"}");
        }
        assertThat(masker.mask("no secret here")).isEqualTo("no secret here");
    }

    @Test
    void aHugeBodyIsRecordedInPartAndMasked() {
        String body = "x".repeat(ExchangeRecorder.RECORDED_BODY_CHARS - 10) + TOKEN + "y".repeat(1 << 20);
        ExchangeRecorder recorder = new ExchangeRecorder(new Masker(List.of(TOKEN)));
        String recorded = recorder.recorded(body);
        assertThat(recorded).doesNotContain(TOKEN.substring(0, 10)).contains("characters in all")
                .hasSizeLessThan(ExchangeRecorder.RECORDED_BODY_CHARS + 100);
    }
}
