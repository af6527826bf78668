package org.ddmconformance.steps;

import io.restassured.response.Response;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.ddmconformance.schema.JsonSchemas;

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

    /**
     * Null when the media type is application/json (parameters such as charset are allowed), or, where allowed,
     * any JSON-based type ({@code application/problem+json}, RFC 6839): for an error answer, whose media type the
     * document does not name.
     */
    static String contentTypeProblem(Response answer) {
        return contentTypeProblem(answer, answer.statusCode() >= 400);
    }

    static String contentTypeProblem(Response answer, boolean anyJsonType) {
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
