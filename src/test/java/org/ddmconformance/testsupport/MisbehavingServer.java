package org.ddmconformance.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A loopback endpoint that answers every request (whatever its method and path) in one broken way, as a buggy
 * server, a misconfigured proxy or a slow gateway might. Every loop is bounded and every thread is a daemon;
 * {@link #close()} closes the listener and all connections, which ends them at once.
 */
public final class MisbehavingServer implements AutoCloseable {

    /** What the server does once it has read a request head. */
    public enum Behaviour {
        /**
         * 202, a chunked body that echoes the request's X-Auth-Token (as a careless server might), then one byte
         * every half second: each read succeeds, the answer never ends.
         */
        DRIP,
        /** 202, then body bytes as fast as they are taken, without end. */
        FLOOD,
        /** The status line and headers of a 202 with a body of 100 bytes, then nothing. */
        HEADERS_THEN_STOP
    }

    /** What a flooding answer repeats: easy to recognise in a report. */
    public static final byte FLOOD_BYTE = 'F';
    /** No connection lives longer than this, even if the client never gives up. */
    private static final long MAX_LIFE_MS = 300_000;

    private final Behaviour behaviour;
    private final ServerSocket listener;
    private final List<Socket> connections = new CopyOnWriteArrayList<>();
    private final AtomicLong bytesSent = new AtomicLong();

    public MisbehavingServer(Behaviour behaviour) throws IOException {
        this.behaviour = behaviour;
        this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        daemon(this::accept, "misbehaving-server-" + behaviour);
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + listener.getLocalPort();
    }

    /** Connections accepted so far. */
    public int connections() {
        return connections.size();
    }

    private void accept() {
        try {
            while (!listener.isClosed()) {
                Socket connection = listener.accept();
                connections.add(connection);
                daemon(() -> serve(connection), "misbehaving-connection");
            }
        } catch (IOException closed) {
            // stopped
        }
    }

    private void serve(Socket connection) {
        long end = System.currentTimeMillis() + MAX_LIFE_MS;
        try (connection; OutputStream out = connection.getOutputStream()) {
            connection.setSoTimeout((int) MAX_LIFE_MS);
            String head = readRequestHead(connection.getInputStream());
            switch (behaviour) {
                case DRIP -> {
                    write(out, "HTTP/1.1 202 Accepted\r\nContent-Type: application/json\r\n"
                            + "Transfer-Encoding: chunked\r\n\r\nfffff\r\n{\"echo\": \"" + token(head)
                            + "\", \"job_id\": \"");
                    while (System.currentTimeMillis() < end) {
                        write(out, "d");
                        Thread.sleep(500);
                    }
                }
                case FLOOD -> {
                    write(out, "HTTP/1.1 202 Accepted\r\nContent-Type: application/json\r\n\r\n");
                    byte[] block = new byte[64 * 1024];
                    Arrays.fill(block, FLOOD_BYTE);
                    while (System.currentTimeMillis() < end) {
                        out.write(block);
                        bytesSent.addAndGet(block.length);
                    }
                }
                case HEADERS_THEN_STOP -> {
                    write(out, "HTTP/1.1 202 Accepted\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n");
                    while (System.currentTimeMillis() < end && connection.getInputStream().read() >= 0) {
                        // wait for the client to give up (it closes the connection: read returns -1 or fails)
                    }
                }
            }
        } catch (IOException | InterruptedException clientGaveUp) {
            // the client closed the connection, or the server was closed: this connection ends
        }
    }

    private void write(OutputStream out, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);
        out.write(bytes);
        out.flush();
        bytesSent.addAndGet(bytes.length);
    }

    private static String token(String head) {
        return head.lines().filter(line -> line.toLowerCase(java.util.Locale.ROOT).startsWith("x-auth-token:"))
                .map(line -> line.substring(line.indexOf(':') + 1).trim()).findFirst().orElse("");
    }

    /** Reads up to the blank line ending the request head; a body, if any, is left unread. */
    private static String readRequestHead(InputStream in) throws IOException {
        StringBuilder head = new StringBuilder();
        int matched = 0;
        byte[] end = {'\r', '\n', '\r', '\n'};
        for (int read = 0; read < 65_536; read++) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("the client closed the connection");
            }
            head.append((char) b);
            matched = b == end[matched] ? matched + 1 : b == '\r' ? 1 : 0;
            if (matched == end.length) {
                return head.toString();
            }
        }
        return head.toString();
    }

    private static void daemon(Runnable task, String name) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void close() throws IOException {
        listener.close();
        for (Socket connection : connections) {
            connection.close();
        }
    }
}
