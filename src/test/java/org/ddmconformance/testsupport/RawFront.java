package org.ddmconformance.testsupport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

/**
 * A loopback front for a mock that sees each request as it was written on the wire, before any HTTP server
 * normalises it (Jetty trims whitespace around header values and WireMock matches the decoded path). A request
 * whose raw head the predicate picks gets the canned answer; every other one is forwarded to the mock unchanged
 * but for {@code Connection: close}, so that each connection carries one request and each is seen here. Daemon
 * threads, every read bounded; {@link #close()} ends everything.
 */
public final class RawFront implements AutoCloseable {

    private static final int MAX_HEAD_BYTES = 64 * 1024;
    private static final int READ_TIMEOUT_MS = 30_000;

    private final ServerSocket listener;
    private final String mockHost;
    private final int mockPort;
    private final Predicate<String> picks;
    private final String cannedAnswer;
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();

    /**
     * @param picks        tests the raw request head (request line and header lines, ISO-8859-1)
     * @param cannedAnswer status line and headers (without Content-Length and Connection) and body, e.g. a 401
     */
    public RawFront(int mockPort, Predicate<String> picks, int status, String jsonBody) throws IOException {
        this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        this.mockHost = InetAddress.getLoopbackAddress().getHostAddress();
        this.mockPort = mockPort;
        this.picks = picks;
        byte[] body = jsonBody.getBytes(StandardCharsets.UTF_8);
        this.cannedAnswer = "HTTP/1.1 " + status + " Refused\r\nContent-Type: application/json\r\nContent-Length: "
                + body.length + "\r\nConnection: close\r\n\r\n" + jsonBody;
        Thread acceptor = new Thread(this::acceptAll, "raw-front");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    public String url() {
        return "http://127.0.0.1:" + listener.getLocalPort();
    }

    private void acceptAll() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                sockets.add(client);
                Thread one = new Thread(() -> serve(client), "raw-front-connection");
                one.setDaemon(true);
                one.start();
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void serve(Socket client) {
        try (client) {
            client.setSoTimeout(READ_TIMEOUT_MS);
            InputStream in = client.getInputStream();
            String head = readHead(in);
            if (head == null) {
                return;
            }
            if (picks.test(head)) {
                client.getOutputStream().write(cannedAnswer.getBytes(StandardCharsets.UTF_8));
                return;
            }
            try (Socket mock = new Socket(mockHost, mockPort)) {
                sockets.add(mock);
                mock.setSoTimeout(READ_TIMEOUT_MS);
                mock.getOutputStream().write(withConnectionClose(head).getBytes(StandardCharsets.ISO_8859_1));
                Thread upload = new Thread(() -> pipe(in, outputOf(mock)), "raw-front-upload");
                upload.setDaemon(true);
                upload.start();
                pipe(mock.getInputStream(), client.getOutputStream());
            }
        } catch (IOException ended) {
            // the client or the mock closed: nothing to tell
        }
    }

    /** The head up to and including the blank line, or null when the connection ends first. */
    private static String readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        while (head.size() < MAX_HEAD_BYTES) {
            int b = in.read();
            if (b < 0) {
                return null;
            }
            head.write(b);
            matched = b == "\r\n\r\n".charAt(matched) ? matched + 1 : (b == '\r' ? 1 : 0);
            if (matched == 4) {
                return head.toString(StandardCharsets.ISO_8859_1);
            }
        }
        return null;
    }

    private static String withConnectionClose(String head) {
        StringBuilder changed = new StringBuilder();
        for (String line : head.split("\r\n")) {
            if (!line.regionMatches(true, 0, "Connection:", 0, "Connection:".length())) {
                changed.append(line).append("\r\n");
            }
        }
        return changed.append("Connection: close\r\n\r\n").toString();
    }

    private static OutputStream outputOf(Socket socket) {
        try {
            return socket.getOutputStream();
        } catch (IOException e) {
            return OutputStream.nullOutputStream();
        }
    }

    private static void pipe(InputStream from, OutputStream to) {
        byte[] buffer = new byte[8192];
        try {
            for (int n; (n = from.read(buffer)) >= 0; ) {
                to.write(buffer, 0, n);
                to.flush();
            }
        } catch (SocketTimeoutException | java.net.SocketException ended) {
            // bounded: the other side went quiet or closed
        } catch (IOException ended) {
            // the same
        }
    }

    @Override
    public void close() throws IOException {
        listener.close();
        for (Socket socket : sockets) {
            socket.close();
        }
    }
}
