package org.ddmconformance.steps;

import io.restassured.response.Response;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CoderResult;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.ddmconformance.schema.JsonSchemas;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Reading an answer as a conformant server may send it: any declared charset, a BOM, JSON-based media types. */
final class AnswerBodies {

    private AnswerBodies() {
    }

    static boolean isJson(String body) {
        try {
            return !body.isBlank() && RestoreBodies.JSON.readTree(body).isContainer();
        } catch (RuntimeException notJson) {
            return false;
        }
    }

    /** The body as text: in the charset the answer declares, else UTF-8 (JSON's default), without a BOM. */
    static String text(Response answer) {
        String contentType = answer.header("Content-Type");
        Charset charset = StandardCharsets.UTF_8;
        if (contentType != null) {
            for (String parameter : contentType.split(";")) {
                String[] pair = parameter.trim().split("=", 2);
                if (pair.length == 2 && pair[0].trim().equalsIgnoreCase("charset")) {
                    try {
                        charset = Charset.forName(pair[1].trim().replace("\"", ""));
                    } catch (IllegalArgumentException unknown) {
                        // keep UTF-8
                    }
                }
            }
        }
        return JsonSchemas.withoutByteOrderMark(new String(answer.asByteArray(), charset));
    }

    /** A parser that reads exactly one JSON text: data after the value is an error (RFC 8259 section 2). */
    private static final JsonMapper ONE_TEXT = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

    /**
     * Null when the body is UTF-8 (RFC 8259 section 8.1: JSON exchanged between systems MUST be; a byte order mark
     * before it is let pass, as parsers may ignore one) and exactly one JSON text; else why not. The message names
     * an offset, never the bytes (an echoed token stays masked in the exchange, which is the evidence).
     */
    static String jsonTextProblem(Response answer) {
        byte[] bytes = answer.asByteArray();
        int start = bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB
                && (bytes[2] & 0xff) == 0xBF ? 3 : 0;
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = StandardCharsets.UTF_8.newDecoder().decode(in, out, true);
        if (result.isError()) {
            return "the " + answer.statusCode() + " answer is not UTF-8, as RFC 8259 section 8.1 requires of JSON "
                    + "exchanged between systems: byte " + in.position() + " (0x"
                    + String.format("%02x", bytes[in.position()] & 0xff) + ") starts no UTF-8 character";
        }
        try {
            ONE_TEXT.readTree(out.flip().toString());
            return null;
        } catch (JacksonException notOneText) {
            return "the " + answer.statusCode() + " answer is not exactly one JSON text (RFC 8259 section 2): "
                    + "more follows its first value";
        }
    }

    /**
     * Null when the body is one UTF-8 JSON text (see {@link #jsonTextProblem}) and the media type is application/json (parameters such as charset are allowed), or, where allowed,
     * any JSON-based type ({@code application/problem+json}, RFC 6839): for an error answer, whose media type the
     * document does not name.
     */
    static String contentTypeProblem(Response answer) {
        return contentTypeProblem(answer, answer.statusCode() >= 400);
    }

    static String contentTypeProblem(Response answer, boolean anyJsonType) {
        String text = jsonTextProblem(answer);
        if (text != null) {
            return text;
        }
        String contentType = answer.header("Content-Type");
        String mediaType = contentType == null ? "" : contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        if (mediaType.equals("application/json")
                || anyJsonType && mediaType.startsWith("application/") && mediaType.endsWith("+json")) {
            return null;
        }
        return "the " + answer.statusCode() + " answer has a JSON body but its Content-Type is "
                + (contentType == null ? "missing" : "'" + contentType + "'") + ", not application/json"
                + (anyJsonType ? " or another JSON type" : "");
    }
}
