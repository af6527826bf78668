package org.ddmconformance.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ddmconformance.config.Settings;
import org.ddmconformance.config.SettingsLoader;
import org.ddmconformance.mock.EmbeddedMock;
import org.junit.jupiter.api.Test;

/** A body of many megabytes is made only when sent, goes on the wire whole, and is recorded only in part. */
class LargeBodyTest {

    private static final String TOKEN = "tok-secret-123";

    @Test
    void aRawFfMarkIsTheByteFfOnTheWire() {
        LargeBody body = new LargeBody("{\"a\":\"" + LargeBody.RAW_FF + "b\"", " ", 1, "}");
        assertThat(body.bytes()).containsExactly('{', '"', 'a', '"', ':', '"', 0xFF, 'b', '"', ' ', '}');
        assertThat(body.length()).isEqualTo(11);
    }

    @Test
    void itsBytesAreTheHeadThePieceRepeatedAndTheTail() {
        LargeBody body = new LargeBody("{\"a\":[", "1,", 5, "1]}\u00e9");
        String text = "{\"a\":[1,1,1,1,1,1]}\u00e9";
        assertThat(new String(body.bytes(), StandardCharsets.UTF_8)).isEqualTo(text);
        assertThat(body.length()).isEqualTo(text.getBytes(StandardCharsets.UTF_8).length);
        for (int chars : new int[] {0, 3, 6, 7, 12, 16, 17, 100}) {
            assertThat(body.start(chars)).as("first %d characters", chars)
                    .isEqualTo(text.substring(0, Math.min(chars, text.length())));
        }
        assertThatThrownBy(() -> new LargeBody("", "\u00e9", 2, "")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RestoreCall("POST", "p", "i", null, "{}", null, body))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void itIsSentWholeWithItsLengthAndRecordedOnlyInPartMasked() throws Exception {
        LargeBody body = new LargeBody("{\"note\":\"" + TOKEN + "\",\"source\":[", "0,", 150_000, "0]}");
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            CompletableFuture<byte[]> received = CompletableFuture.supplyAsync(() -> readRequest(server));
            Settings settings = SettingsLoader.load(Map.of(), Map.of(), EmbeddedMock.fixture())
                    .withBaseUrl("http://127.0.0.1:" + server.getLocalPort());
            ExchangeRecorder recorder = new ExchangeRecorder(new Masker(List.of(TOKEN)));
            RestoreCall call = new RestoreCall("POST", "p", "i", null, null).withLargeBody(body);
            assertThat(new RequestFactory(settings).send(call, recorder).statusCode()).isEqualTo(400);

            assertThat(received.get()).isEqualTo(body.bytes());
            String recorded = recorder.last().orElseThrow().requestBody();
            assertThat(recorded).startsWith("{\"note\":\"****\",\"source\":[0,0,")
                    .endsWith("... (" + body.length() + " bytes in all; the rest is not recorded)")
                    .doesNotContain(TOKEN).hasSizeLessThan(ExchangeRecorder.RECORDED_BODY_CHARS + 100);
        }
    }

    /** Reads one request (its body by Content-Length, which must be there) and answers 400. */
    private static byte[] readRequest(ServerSocket server) {
        try (Socket socket = server.accept()) {
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream head = new ByteArrayOutputStream();
            while (!head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
                head.write(in.read());
            }
            String headers = head.toString(StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
            assertThat(headers).contains("\r\ncontent-type: application/json\r\n")
                    .doesNotContain("transfer-encoding");
            Matcher length = Pattern.compile("\r\ncontent-length: (\\d+)\r\n").matcher(headers);
            assertThat(length.find()).as("Content-Length in %s", headers).isTrue();
            byte[] body = new byte[Integer.parseInt(length.group(1))];
            new DataInputStream(in).readFully(body);
            OutputStream out = socket.getOutputStream();
            out.write(("HTTP/1.1 400 Bad Request\r\nContent-Type: application/json\r\nContent-Length: 2\r\n"
                    + "Connection: close\r\n\r\n{}").getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            return body;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
