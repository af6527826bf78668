package org.ddmconformance.config;

/**
 * How requests travel: timeouts, TLS trust, proxy (null: direct), how often a 429 is retried, the largest answer
 * read ({@code maxAnswerBytes}) and the deadline of the whole run ({@code runTimeoutS}, 0: none).
 */
public record Transport(int connectTimeoutMs, int readTimeoutMs, Tls tls, ProxySettings proxy, int maxRetries,
                        long maxAnswerBytes, long runTimeoutS) {

    public static final long DEFAULT_MAX_ANSWER_BYTES = 1_048_576;

    /** Default answer cap, no run deadline. */
    public Transport(int connectTimeoutMs, int readTimeoutMs, Tls tls, ProxySettings proxy, int maxRetries) {
        this(connectTimeoutMs, readTimeoutMs, tls, proxy, maxRetries, DEFAULT_MAX_ANSWER_BYTES, 0);
    }
}
