package org.ddmconformance.mock;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The reference mock answers hostile input as a conformant server would: a 4xx with a JSON error body, never a
 * 5xx or a stack dump. Sent over a raw loopback socket, since an HTTP client would refuse to send most of it.
 */
class HostileInputTest {

    private static final Properties FIXTURE = EmbeddedMock.fixture();
    private static final String RESOURCE = "/v3/" + FIXTURE.getProperty("ddm.project-id") + "/instances/"
            + FIXTURE.getProperty("ddm.instance-id") + "/backups/metadata-recovery";
    private static EmbeddedMock mock;

    @BeforeAll
    static void start() {
        mock = EmbeddedMock.start();
    }

    @AfterAll
    static void stop() {
        mock.close();
    }

    @Test
    void aMalformedPercentEscapeInThePathIsAClientError() throws IOException {
        assertClientError(exchange(post(RESOURCE.replace("/backups/", "/back%zzups/"), "{}"), false));
        assertClientError(exchange(post(RESOURCE.replace("/instances/", "/instances/%E0%A4%A/"), "{}"), false));
    }

    @Test
    void aPercentEncodedUnreservedCharacterIsThatCharacterAndOthersStayEncoded() {
        assertThat(HostileInput.normalised("/v3/%35e3c/instances/d0%2De%7e%2f/x%41")).isEqualTo("/v3/5e3c/instances/d0-e~%2f/xA");
        assertThat(HostileInput.normalised("/v3/a%20b/%C3%A9")).isEqualTo("/v3/a%20b/%C3%A9"); // reserved or not ASCII
    }

    @Test
    void aMalformedPercentEscapeInTheQueryIsAClientError() throws IOException {
        assertClientError(exchange(post(RESOURCE + "?x=%zz", "{}"), false));
        assertClientError(exchange(post(RESOURCE + "?%", "{}"), false));
    }

    @Test
    void aBodyShorterThanItsContentLengthIsAClientError() throws IOException {
        String head = head(RESOURCE, 100);
        assertClientError(exchange(head + "{\"source\":{}}", true));
    }

    @Test
    void anOversizedBodyIsRefusedWith413() throws IOException {
        String answer = exchange(head(RESOURCE, 64L << 20) + "{\"source\":", true);
        assertThat(answer).startsWith("HTTP/1.1 413");
        assertClientError(answer);
    }

    @Test
    void deepNestingIsAClientError() throws IOException {
        String deep = "{\"source\":" + "[".repeat(100_000) + "]".repeat(100_000) + "}";
        assertClientError(exchange(post(RESOURCE, deep), false));
        String deepObjects = "{\"source\":" + "{\"a\":".repeat(50_000) + "1" + "}".repeat(50_000) + "}";
        assertClientError(exchange(post(RESOURCE, deepObjects), false));
    }

    private static void assertClientError(String answer) {
        assertThat(answer).matches("(?s)HTTP/1\\.1 4\\d\\d .*").containsIgnoringCase("content-type: application/json")
                .contains("\"error_code\"", "\"error_msg\"").doesNotContain("Exception", "at org.", "at com.");
    }

    private static String post(String path, String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return head(path, bytes.length) + body;
    }

    private static String head(String path, long contentLength) {
        return "POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Auth-Token: " + FIXTURE.getProperty("ddm.auth-token")
                + "\r\nContent-Type: application/json\r\nContent-Length: " + contentLength + "\r\nConnection: close\r\n\r\n";
    }

    /** Sends the text; {@code endEarly}: then says the request is over (the body is shorter than declared). */
    private static String exchange(String request, boolean endEarly) throws IOException {
        URI base = URI.create(mock.baseUrl());
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), base.getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.UTF_8));
            out.flush();
            if (endEarly) {
                socket.shutdownOutput();
            }
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            in.transferTo(answer);
            return answer.toString(StandardCharsets.UTF_8);
        }
    }
}
