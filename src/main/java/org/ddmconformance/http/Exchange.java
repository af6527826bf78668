package org.ddmconformance.http;

import java.util.List;
import java.util.Map;

/** One request and its answer, secrets already masked: the evidence shown when a check fails. */
public record Exchange(String method, String url, List<Map.Entry<String, String>> requestHeaders, String requestBody,
                      int status, List<Map.Entry<String, String>> responseHeaders, String responseBody,
                      long millis) {

    private static final int EXCERPT = 600;

    /** A few lines for a failure message: what was sent and what came back (status, headers, body excerpt). */
    public String summary() {
        return "request: " + method + " " + url + (requestBody == null ? "" : "\n  body: " + excerpt(requestBody)) + "\n"
                + "response: " + (status == 0 ? "no status line" : status) + "\n  headers: " + headerLine(responseHeaders) + "\n  body: " + excerpt(responseBody);
    }

    private static String headerLine(List<Map.Entry<String, String>> headers) {
        return headers.isEmpty() ? "none" : String.join("; ",
                headers.stream().map(h -> h.getKey() + ": " + h.getValue()).toList());
    }

    /** The whole exchange, for the reports. */
    public String transcript() {
        StringBuilder text = new StringBuilder();
        text.append(method).append(' ').append(url).append('\n');
        requestHeaders.forEach(h -> text.append(h.getKey()).append(": ").append(h.getValue()).append('\n'));
        text.append('\n').append(requestBody == null ? "" : requestBody).append("\n\n");
        text.append("HTTP ").append(status).append(" (").append(millis).append(" ms)\n");
        responseHeaders.forEach(h -> text.append(h.getKey()).append(": ").append(h.getValue()).append('\n'));
        text.append('\n').append(responseBody == null ? "" : responseBody).append('\n');
        return text.toString();
    }

    private static String excerpt(String body) {
        if (body == null || body.isEmpty()) {
            return "<empty body>";
        }
        String oneLine = body.replaceAll("\\s+", " ").trim();
        return oneLine.length() <= EXCERPT ? oneLine : oneLine.substring(0, EXCERPT) + "...";
    }
}
