package org.ddmconformance.config;

/** How requests travel: timeouts, TLS trust, proxy (null: direct) and how often a 429 is retried. */
public record Transport(int connectTimeoutMs, int readTimeoutMs, Tls tls, ProxySettings proxy, int maxRetries) {
}
