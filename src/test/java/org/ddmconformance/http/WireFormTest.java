package org.ddmconformance.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import org.ddmconformance.config.Settings;
import org.ddmconformance.config.SettingsLoader;
import org.ddmconformance.mock.EmbeddedMock;
import org.junit.jupiter.api.Test;

/** What goes on the wire for each request form: read back by a loopback socket that answers 202. */
class WireFormTest {

    @Test
    void thePlainFormDeclaresJsonAndSendsUtf8() throws Exception {
        String head = sent(RequestForm.PLAIN, "{\"a\":\"\u00e9\"}");
        assertThat(head).contains("\r\nX-Auth-Token: tok\r\n", "\r\nContent-Type: application/json\r\n",
                "\r\nContent-Length: 10\r\n").doesNotContain(WireForms.MARKER);
    }

    @Test
    void aCharsetParameterGoesOnTheWireExactlyAsGiven() throws Exception {
        assertThat(sent(RequestForm.contentType("application/json;charset=utf-8"), "{}"))
                .contains("\r\nContent-Type: application/json;charset=utf-8\r\n").doesNotContain(WireForms.MARKER);
        assertThat(sent(RequestForm.contentType("application/json;charset=UTF-8"), "{}"))
                .contains("\r\nContent-Type: application/json;charset=UTF-8\r\n");
    }

    @Test
    void lowerCaseNamesAreSentInLowerCase() throws Exception {
        String head = sent(RequestForm.PLAIN.withLowerCaseNames(), "{}");
        assertThat(head).contains("\r\nx-auth-token: tok\r\n", "\r\ncontent-type: application/json\r\n")
                .doesNotContain("X-Auth-Token", "Content-Type").doesNotContainIgnoringCase(WireForms.MARKER);
    }

    @Test
    void aBodyWithoutContentTypeHasNoneOnTheWire() throws Exception {
        String head = sent(RequestForm.contentType(null), "{\"a\":\"\u00e9\"}");
        assertThat(head.toLowerCase(java.util.Locale.ROOT)).doesNotContain("content-type")
                .contains("content-length: 10\r\n");
    }

    @Test
    void aChunkedBodyGoesInChunksWithoutALength() throws Exception {
        String sent = sent(RequestForm.PLAIN.withChunkedBody(), "{\"a\":1}");
        assertThat(sent).contains("\r\nTransfer-Encoding: chunked\r\n", "\r\nContent-Type: application/json\r\n")
                .doesNotContainIgnoringCase("content-length").doesNotContain(WireForms.MARKER)
                .endsWith("\r\n\r\n7\r\n{\"a\":1}\r\n0\r\n\r\n");
    }

    @Test
    void anUnusualContentTypeSpellingGoesOnTheWireExactlyAsGiven() throws Exception {
        assertThat(sent(RequestForm.contentType("Application/JSON; charset=\"utf-8\""), "{}"))
                .contains("\r\nContent-Type: Application/JSON; charset=\"utf-8\"\r\n");
    }

    @Test
    void aTokenWithWhitespaceAroundItKeepsIt() throws Exception {
        assertThat(sent(RequestForm.PLAIN, "{}", " \ttok\t ")).contains("\r\nX-Auth-Token:  \ttok\t \r\n");
    }

    static String sent(RequestForm form, String body) throws Exception {
        return sent(form, body, "tok");
    }

    static String sent(RequestForm form, String body, String token) throws Exception {
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            CompletableFuture<String> head = CompletableFuture.supplyAsync(() -> {
                try (Socket socket = server.accept()) {
                    InputStream in = socket.getInputStream();
                    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                    while (!bytes.toString(StandardCharsets.ISO_8859_1).contains("\r\n\r\n")) {
                        bytes.write(in.read());
                    }
                    if (bytes.toString(StandardCharsets.ISO_8859_1).contains("Transfer-Encoding: chunked")) {
                        while (!bytes.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n0\r\n\r\n")) {
                            bytes.write(in.read());
                        }
                    }
                    OutputStream out = socket.getOutputStream();
                    out.write("HTTP/1.1 202 Accepted\r\nContent-Type: application/json\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}"
                            .getBytes(StandardCharsets.ISO_8859_1));
                    out.flush();
                    return bytes.toString(StandardCharsets.ISO_8859_1);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            Properties fixture = EmbeddedMock.fixture();
            Settings settings = SettingsLoader.load(Map.of(), Map.of(), fixture)
                    .withBaseUrl("http://127.0.0.1:" + server.getLocalPort());
            new RequestFactory(settings).send(new RestoreCall("POST", "p", "i", token, body, form),
                    new ExchangeRecorder(new Masker(List.of())));
            return head.get();
        }
    }
}
