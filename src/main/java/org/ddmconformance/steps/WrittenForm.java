package org.ddmconformance.steps;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.ddmconformance.http.RequestFactory;
import org.ddmconformance.http.RequestForm;
import org.ddmconformance.http.RestoreCall;
import tools.jackson.databind.JsonNode;

/**
 * The forms HTTP lets a client write one request in, each named as the features name it, with what a server that
 * misread it would see instead ({@link Misreading}) and any other answer the form's own rule allows.
 */
enum WrittenForm {
    CHARSET_LOWER("Content-Type application/json;charset=utf-8",
            call -> call.withForm(call.form().withContentType("application/json;charset=utf-8")), Misreading.NOT_JSON),
    CHARSET_UPPER("Content-Type application/json;charset=UTF-8",
            call -> call.withForm(call.form().withContentType("application/json;charset=UTF-8")), Misreading.NOT_JSON),
    // Media type names are case-insensitive and a parameter value may be a quoted string (RFC 9110 8.3.1, 5.6.6).
    MIXED_CASE_QUOTED("Content-Type Application/JSON; charset=\"utf-8\"",
            call -> call.withForm(call.form().withContentType("Application/JSON; charset=\"utf-8\"")),
            Misreading.NOT_JSON),
    NO_CONTENT_TYPE("no Content-Type", call -> call.withForm(call.form().withContentType(null)), Misreading.NOT_JSON),
    LOWER_CASE_NAMES("header names in lower case", call -> call.withForm(call.form().withLowerCaseNames()),
            Misreading.NO_TOKEN),
    // A server may insist on a length (RFC 9112 section 6.3): 411 Length Required is that rule's own answer.
    CHUNKED("the body in chunks", call -> call.withForm(call.form().withChunkedBody()), Misreading.EMPTY_BODY, 411),
    // Whitespace around a field value is not part of it (RFC 9110 section 5.5).
    TOKEN_WHITESPACE("whitespace around the token", call -> call.withToken(" \t" + call.token() + "\t "),
            Misreading.WRONG_TOKEN),
    // A percent-encoded unreserved character is the same URI (RFC 3986 sections 2.3 and 6.2.2.2).
    ENCODED_PROJECT("a percent-encoded character in the project segment",
            call -> call.withForm(call.form().withRawPath(path(encodeOne(call.projectId()), segment(call.instanceId())))),
            Misreading.OTHER_PROJECT),
    ENCODED_INSTANCE("a percent-encoded character in the instance segment",
            call -> call.withForm(call.form().withRawPath(path(segment(call.projectId()), encodeOne(call.instanceId())))),
            Misreading.OTHER_INSTANCE),
    // Not an equivalent form: the same fields in another media type, which must not be read as the request.
    FORM_ENCODED("the fields form-encoded", call -> call.withBody(formEncoded(call.body()))
            .withForm(call.form().withContentType("application/x-www-form-urlencoded")), Misreading.NOT_JSON);

    private static final String UNRESERVED = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~";

    private final String label;
    private final UnaryOperator<RestoreCall> write;
    private final Misreading misreading;
    private final Set<Integer> alsoAllowed;

    WrittenForm(String label, UnaryOperator<RestoreCall> write, Misreading misreading, Integer... alsoAllowed) {
        this.label = label;
        this.write = write;
        this.misreading = misreading;
        this.alsoAllowed = Set.of(alsoAllowed);
    }

    String label() {
        return label;
    }

    RestoreCall applyTo(RestoreCall plain) {
        return write.apply(plain);
    }

    Misreading misreading() {
        return misreading;
    }

    Set<Integer> alsoAllowed() {
        return alsoAllowed;
    }

    static WrittenForm byLabel(String label) {
        return Arrays.stream(values()).filter(f -> f.label.equals(label)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown request form '" + label + "'"));
    }

    /** The labels as a Cucumber parameter type pattern. */
    static String labels() {
        return String.join("|", Arrays.stream(values()).map(f -> java.util.regex.Pattern.quote(f.label)).toList());
    }

    /** The JSON body's fields in the bracket syntax of qs, Rack and PHP: source[backup_id]=..&target[data_nodes][0]=.. */
    static String formEncoded(String json) {
        List<String> pairs = new ArrayList<>();
        addFields("", RestoreBodies.JSON.readTree(json), pairs);
        return String.join("&", pairs);
    }

    private static void addFields(String name, JsonNode node, List<String> pairs) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> member : node.properties()) {
                addFields(name.isEmpty() ? member.getKey() : name + "[" + member.getKey() + "]", member.getValue(), pairs);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                addFields(name + "[" + i + "]", node.get(i), pairs);
            }
        } else {
            pairs.add(URLEncoder.encode(name, StandardCharsets.UTF_8) + "="
                    + URLEncoder.encode(node.isString() ? node.asString() : node.toString(), StandardCharsets.UTF_8));
        }
    }

    private static String path(String project, String instance) {
        return RequestFactory.PATH.replace("{project_id}", project).replace("{instance_id}", instance);
    }

    /** A path segment, every character that is not unreserved percent-encoded (as the plain form sends it). */
    static String segment(String value) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            encoded.append(UNRESERVED.indexOf(c) >= 0 ? String.valueOf(c) : String.format("%%%02X", b & 0xff));
        }
        return encoded.toString();
    }

    /** The same segment with its first unreserved character percent-encoded too: the same URI. */
    static String encodeOne(String value) {
        String plain = segment(value);
        for (int i = 0; i < plain.length(); i++) {
            char c = plain.charAt(i);
            if (c != '%' && UNRESERVED.indexOf(c) >= 0) {
                return plain.substring(0, i) + String.format("%%%02X", (int) c) + plain.substring(i + 1);
            }
            if (c == '%') {
                i += 2;
            }
        }
        return plain;
    }
}
