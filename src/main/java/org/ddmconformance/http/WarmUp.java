package org.ddmconformance.http;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.ddmconformance.config.Settings;
import org.ddmconformance.config.Tls;
import org.ddmconformance.config.Transport;

/**
 * REST Assured's first request costs about a second (Groovy start-up). This sends one request through the same
 * request factory to a throw-away loopback server, in the background, so that cost overlaps with the rest of
 * the start-up instead of landing on the first scenario. It never touches the endpoint under test.
 */
public final class WarmUp {

    private WarmUp() {
    }

    public static CompletableFuture<Void> inBackground(Settings settings) {
        return CompletableFuture.runAsync(() -> {
            try {
                HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
                server.createContext("/", exchange -> {
                    exchange.getResponseHeaders().add("Content-Type", "application/json");
                    byte[] body = "{}".getBytes();
                    exchange.sendResponseHeaders(200, body.length);
                    exchange.getResponseBody().write(body);
                    exchange.close();
                });
                server.start();
                try {
                    String url = "http://" + server.getAddress().getHostString() + ":" + server.getAddress().getPort();
                    Transport direct = new Transport(settings.connectTimeoutMs(), settings.readTimeoutMs(),
                            Tls.JVM_DEFAULT, null, 0);
                    new RequestFactory(settings.withBaseUrl(url).withTransport(direct))
                            .send(new RestoreCall("POST", "p", "i", null, "{}"), new ExchangeRecorder(new Masker(List.of())))
                            .asString();
                } finally {
                    server.stop(0);
                }
            } catch (IOException | RuntimeException e) {
                // Only a speed-up: if it fails, the first scenario pays the start-up cost instead.
            }
        });
    }
}
