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

    /** DDM_CONCURRENCY (at most 64) scenarios, each sending up to DDM_CONCURRENCY cases at once. */
    static final int MAX_CONNECTIONS = 64 * 64;

    private final ExchangeLimits limits;

    GuardedHttpClient(ExchangeLimits limits) {
        this.limits = limits;
        setHttpRequestRetryHandler(new DefaultHttpRequestRetryHandler(0, false));
        addRequestInterceptor(WireForms::apply); // the last step before the socket: a request's wire form
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
        // One client serves the whole run, DDM_CONCURRENCY scenarios each sending DDM_CONCURRENCY cases at once:
        // never make a request wait for a connection (at most 64 x 64 are in flight; idle ones stay few).
        manager.setDefaultMaxPerRoute(MAX_CONNECTIONS);
        manager.setMaxTotal(2 * MAX_CONNECTIONS);
        return manager;
    }
}
