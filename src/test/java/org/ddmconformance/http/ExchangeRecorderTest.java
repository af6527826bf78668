package org.ddmconformance.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.ddmconformance.config.Settings;
import org.ddmconformance.config.SettingsLoader;
import org.ddmconformance.mock.EmbeddedMock;
import org.junit.jupiter.api.Test;

/** The evidence kept of an exchange never holds the token, wherever the token appears. */
class ExchangeRecorderTest {

    @Test
    void theTokenIsMaskedInHeadersUrlAndBodies() {
        try (EmbeddedMock mock = EmbeddedMock.start()) {
            Settings settings = SettingsLoader.load(Map.of(), Map.of(), EmbeddedMock.fixture()).withBaseUrl(mock.baseUrl());
            String token = settings.authToken();
            ExchangeRecorder recorder = new ExchangeRecorder(new Masker(settings.secrets()));
            // The token also in the path and body: a server echoing it back must not leak it either.
            new RequestFactory(settings).send(new RestoreCall("POST", settings.fixture().projectId(), token, token,
                    "{\"echo\": \"" + token + "\"}"), recorder);
            Exchange exchange = recorder.last().orElseThrow();
            assertThat(exchange.transcript()).doesNotContain(token).contains("X-Auth-Token: " + Masker.MASK);
            assertThat(exchange.summary()).doesNotContain(token);
            assertThat(exchange.status()).isEqualTo(404);
        }
    }

    @Test
    void theMaskerReplacesEveryOccurrenceOfEverySecret() {
        Masker masker = new Masker(List.of("s3cr3t", "pa55"));
        assertThat(masker.mask("a s3cr3t b pa55 c s3cr3t")).isEqualTo("a **** b **** c ****");
        assertThat(masker.mask(null)).isNull();
    }

    @Test
    void aSecretIsMaskedAlsoAsAServerMayEchoIt() {
        Masker masker = new Masker(List.of("MIIsecret/tok+en==\"x"));
        assertThat(masker.mask("{\"msg\": \"MIIsecret\\/tok+en==\\\"x expired\"}")).isEqualTo("{\"msg\": \"**** expired\"}");
        assertThat(masker.mask("{\"msg\": \"MIIsecret/tok+en==\\\"x\"}")).isEqualTo("{\"msg\": \"****\"}");
        assertThat(masker.mask("?token=MIIsecret%2Ftok%2Ben%3D%3D%22x")).isEqualTo("?token=****");
    }
}
