package org.ddmconformance.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.ddmconformance.config.Settings;
import org.ddmconformance.testsupport.RealEndpointSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** However many threads send at once, at most DDM_CONCURRENCY requests are in flight. */
class InFlightCapTest {

    private static final int CAP = 2;
    private static final int SENDERS = 6;

    private HttpServer server;
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger mostInFlight = new AtomicInteger();
    /** Opens once one more request than the cap is in flight: then every held answer is released at once. */
    private final CountDownLatch overCap = new CountDownLatch(CAP + 1);

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/", exchange -> {
            mostInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
            overCap.countDown();
            try {
                // Held while the others arrive: with the cap working, the latch never opens and each is held a while.
                overCap.await(300, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            inFlight.decrementAndGet();
            byte[] body = "{\"error_code\":\"x\",\"error_msg\":\"y\"}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(400, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    @Test
    void sendersBeyondTheCapWaitTheirTurn() throws Exception {
        Map<String, String> env = RealEndpointSettings.environment("http://127.0.0.1:" + server.getAddress().getPort());
        env.put("DDM_CONCURRENCY", String.valueOf(CAP));
        Settings settings = RealEndpointSettings.load(env);
        RequestFactory requests = new RequestFactory(settings);
        ExecutorService senders = Executors.newFixedThreadPool(SENDERS);
        try {
            List<Future<Integer>> statuses = new ArrayList<>();
            for (int i = 0; i < SENDERS; i++) {
                statuses.add(senders.submit(() -> requests.send(new RestoreCall("POST", "p", "i", "t", "{}"),
                        new ExchangeRecorder(new Masker(List.of()))).statusCode()));
            }
            for (Future<Integer> status : statuses) {
                assertThat(status.get(30, TimeUnit.SECONDS)).isEqualTo(400);
            }
        } finally {
            senders.shutdownNow();
        }
        assertThat(mostInFlight.get()).isEqualTo(CAP);
    }
}
