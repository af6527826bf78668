package org.ddmconformance.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WarmUpTest {

    /** The warm-up needs none of the run's settings: if it silently failed, every run would start cold. */
    @Test
    void theWarmUpRequestIsAnsweredWithoutAnyOfTheRunsSettings() {
        WarmUp.start();
        WarmUp.start(); // a second start is harmless

        assertThat(WarmUp.awaitDone()).isTrue();
    }
}
