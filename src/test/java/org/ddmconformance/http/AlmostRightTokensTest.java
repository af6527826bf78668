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
        assertThat(AlmostRightTokens.CUT_SHORT.of(TOKEN)).isEqualTo(TOKEN.substring(0, TOKEN.length() / 2));
        String otherCase = AlmostRightTokens.LETTER_CASE_CHANGED.of(TOKEN);
        assertThat(otherCase).isNotEqualTo(TOKEN).isEqualToIgnoringCase(TOKEN)
                .startsWith(TOKEN.substring(0, TOKEN.length() / 2));
        assertThat(AlmostRightTokens.CHARACTER_ADDED.of(TOKEN)).startsWith(TOKEN).hasSize(TOKEN.length() + 1);
        assertThat(AlmostRightTokens.LETTER_CASE_CHANGED.of("0123456789-0123456789")).as("no letter to change")
                .isEqualTo("0123456789-0123456789");
    }

    @Test
    void theMaskerHidesTheAlteredTokensWhole() {
        Masker masker = new Masker(List.of(TOKEN));
        for (AlmostRightTokens alteration : AlmostRightTokens.values()) {
            String token = alteration.of(TOKEN);
            String masked = masker.mask("X-Auth-Token: " + token + "\n{\"token\":\"" + token + "\"}");
            // The real token with a character added is masked as the token, the added character left.
            assertThat(masked).as(alteration.label()).startsWith("X-Auth-Token: ****").contains("{\"token\":\"****")
                    .doesNotContainIgnoringCase(TOKEN.substring(0, 8)).doesNotContainIgnoringCase(TOKEN.substring(40));
        }
        assertThat(masker.mask("X-Auth-Token: " + TOKEN.toLowerCase(java.util.Locale.ROOT)))
                .as("in any letter case").isEqualTo("X-Auth-Token: ****");
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
