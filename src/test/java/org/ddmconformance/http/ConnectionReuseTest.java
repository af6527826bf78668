package org.ddmconformance.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.ddmconformance.mock.EmbeddedMock;
import org.ddmconformance.suite.SuiteSession;
import org.ddmconformance.testsupport.RealEndpointSettings;
import org.junit.jupiter.api.Test;

/** Connections are kept alive between requests, as real clients keep them, and closed when the endpoint says so. */
class ConnectionReuseTest {

    private static final String TOKEN = EmbeddedMock.fixture().getProperty("ddm.auth-token");
    private static final int REQUESTS = 6;

    @Test
    void oneConnectionServesRequestAfterRequest() throws IOException {
        try (KeepAliveServer server = new KeepAliveServer(false)) {
            assertThat(sendRequests(server)).as("answers").isEqualTo(REQUESTS);
            // The preflight's own client opens one more.
            assertThat(server.connections.get()).as("connections for %s requests", REQUESTS).isLessThanOrEqualTo(2);
        }
    }

    @Test
    void aConnectionTheEndpointClosesIsNotReused() throws IOException {
        try (KeepAliveServer server = new KeepAliveServer(true)) {
            assertThat(sendRequests(server)).as("answers").isEqualTo(REQUESTS);
            assertThat(server.connections.get()).isGreaterThanOrEqualTo(REQUESTS);
        }
    }

    private static int sendRequests(KeepAliveServer server) {
        Map<String, String> env = RealEndpointSettings.environment(server.baseUrl());
        env.put("DDM_DISCOVER", "false");
        int answered = 0;
        try (SuiteSession session = SuiteSession.open(RealEndpointSettings.load(env))) {
            ExchangeRecorder recorder = new ExchangeRecorder(session.masker());
            for (int i = 0; i < REQUESTS; i++) {
                RestoreCall call = new RestoreCall("POST", "p", "i", TOKEN, "{\"n\": " + i + "}");
                if (session.requests().send(call, recorder).statusCode() == 400) {
                    answered++;
                }
            }
        }
        return answered;
    }

    /** Answers every request 400 with a small JSON body, several per connection unless told to close each. */
    private static final class KeepAliveServer implements AutoCloseable {
        final AtomicInteger connections = new AtomicInteger();
        private final ServerSocket socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        private final boolean closeEach;

        KeepAliveServer(boolean closeEach) throws IOException {
            this.closeEach = closeEach;
            Thread accept = new Thread(this::accept, "keep-alive-server");
            accept.setDaemon(true);
            accept.start();
        }

        String baseUrl() {
            return "http://127.0.0.1:" + socket.getLocalPort();
        }

        private void accept() {
            while (!socket.isClosed()) {
                try {
                    Socket client = socket.accept();
                    connections.incrementAndGet();
                    Thread serve = new Thread(() -> serve(client), "keep-alive-connection");
                    serve.setDaemon(true);
                    serve.start();
                } catch (IOException closed) {
                    return;
                }
            }
        }

        private void serve(Socket client) {
            try (client; InputStream in = client.getInputStream(); OutputStream out = client.getOutputStream()) {
                while (true) {
                    String head = readHead(in);
                    if (head == null) {
                        return;
                    }
                    int length = contentLength(head);
                    in.readNBytes(length);
                    byte[] body = "{\"error_code\":\"DBS.280001\",\"error_msg\":\"Invalid.\"}"
                            .getBytes(StandardCharsets.UTF_8);
                    out.write(("HTTP/1.1 400 Bad Request\r\nContent-Type: application/json\r\nContent-Length: "
                            + body.length + "\r\n" + (closeEach ? "Connection: close\r\n" : "") + "\r\n")
                            .getBytes(StandardCharsets.US_ASCII));
                    out.write(body);
                    out.flush();
                    if (closeEach) {
                        return;
                    }
                }
            } catch (IOException gone) {
                // the client closed the connection
            }
        }

        private static String readHead(InputStream in) throws IOException {
            ByteArrayOutputStream head = new ByteArrayOutputStream();
            int b;
            while ((b = in.read()) != -1) {
                head.write(b);
                String text = head.toString(StandardCharsets.ISO_8859_1);
                if (text.endsWith("\r\n\r\n")) {
                    return text;
                }
            }
            return null;
        }

        private static int contentLength(String head) {
            for (String line : head.split("\r\n")) {
                if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
                    return Integer.parseInt(line.substring("content-length:".length()).trim());
                }
            }
            return 0;
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }
}
