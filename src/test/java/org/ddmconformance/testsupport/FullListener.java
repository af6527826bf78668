package org.ddmconformance.testsupport;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;

/**
 * A loopback port whose accept queue is full and never drained: new connections are neither accepted nor
 * refused, so a client's connect times out, as with a host that drops packets.
 */
public final class FullListener implements AutoCloseable {

    private final ServerSocket socket;
    private final List<Socket> queued = new ArrayList<>();

    public FullListener() throws IOException {
        socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        // Linux keeps backlog + 1 connections queued; two fill it.
        for (int i = 0; i < 2; i++) {
            Socket client = new Socket();
            client.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), socket.getLocalPort()), 1000);
            queued.add(client);
        }
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + socket.getLocalPort();
    }

    @Override
    public void close() throws IOException {
        for (Socket client : queued) {
            client.close();
        }
        socket.close();
    }
}
