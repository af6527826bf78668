package org.ddmconformance.http;

import org.apache.http.conn.ClientConnectionManager;
import org.apache.http.conn.ClientConnectionOperator;
import org.apache.http.conn.OperatedClientConnection;
import org.apache.http.conn.scheme.SchemeRegistry;
import org.apache.http.impl.client.DefaultHttpRequestRetryHandler;
import org.apache.http.impl.client.SystemDefaultHttpClient;
import org.apache.http.impl.conn.DefaultClientConnectionOperator;
import org.apache.http.impl.conn.PoolingClientConnectionManager;
import org.apache.http.impl.conn.SchemeRegistryFactory;

/**
 * The HTTP client of every exchange: its connections are {@link GuardedConnection}s, which bound each whole
 * answer in time and size. It never re-sends a request after an I/O error on its own; only a 429 is retried,
 * by {@link RequestFactory}.
 */
final class GuardedHttpClient extends SystemDefaultHttpClient {

    private final ExchangeLimits limits;

    GuardedHttpClient(ExchangeLimits limits) {
        this.limits = limits;
        setHttpRequestRetryHandler(new DefaultHttpRequestRetryHandler(0, false));
    }

    @Override
    protected ClientConnectionManager createClientConnectionManager() {
        ExchangeLimits forConnections = limits;
        PoolingClientConnectionManager manager = new PoolingClientConnectionManager(
                SchemeRegistryFactory.createSystemDefault()) {
            @Override
            protected ClientConnectionOperator createConnectionOperator(SchemeRegistry registry) {
                return new DefaultClientConnectionOperator(registry) {
                    @Override
                    public OperatedClientConnection createConnection() {
                        return new GuardedConnection(forConnections);
                    }
                };
            }
        };
        // As SystemDefaultHttpClient does: honour the JVM's keep-alive settings.
        if ("true".equalsIgnoreCase(System.getProperty("http.keepAlive", "true"))) {
            int max = Integer.parseInt(System.getProperty("http.maxConnections", "5"));
            manager.setDefaultMaxPerRoute(max);
            manager.setMaxTotal(2 * max);
        }
        return manager;
    }
}
