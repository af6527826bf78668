package org.ddmconformance.http;

import org.ddmconformance.work.RunDeadline;

/**
 * What bounds every exchange: its whole answer must arrive within {@code readTimeoutMs} (or before the run
 * deadline, whichever comes first) and may not be larger than {@code maxAnswerBytes}.
 */
record ExchangeLimits(int readTimeoutMs, long maxAnswerBytes, RunDeadline runDeadline) {

    /** The time this exchange may take, decided when its request is sent. */
    long exchangeMillis() {
        return Math.min(readTimeoutMs, runDeadline.remainingMillis());
    }
}
