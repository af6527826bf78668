package org.ddmconformance.equivalence;

import java.util.Objects;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What an answer says, for comparing two forms of one request: its status and its error code (from either
 * documented error pair, {@code error_code} or OTC's {@code errCode}; null when the body names none), with the
 * masked exchange as evidence.
 */
public record Refusal(int status, String errorCode, String evidence) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    public static Refusal of(int status, String body, String evidence) {
        return new Refusal(status, errorCode(body), evidence);
    }

    /** The same status and the same error code: the answer does not tell the two requests apart. */
    public boolean sameAs(Refusal other) {
        return status == other.status && Objects.equals(errorCode, other.errorCode);
    }

    /** A refusal a form can be compared by: a client error (a 2xx or a 5xx says nothing of the form). */
    public boolean isClientError() {
        return status >= 400 && status < 500;
    }

    /** e.g. {@code 404 DBS.280108}, or {@code 415 without an error code}. */
    public String describe() {
        return status + (errorCode == null ? " without an error code" : " " + errorCode);
    }

    private static String errorCode(String body) {
        try {
            JsonNode json = JSON.readTree(body == null ? "" : body);
            for (String name : new String[] {"error_code", "errCode"}) {
                if (json != null && json.path(name).isString()) {
                    return json.path(name).asString();
                }
            }
        } catch (RuntimeException notJson) {
            // no error code
        }
        return null;
    }
}
