package org.ddmconformance.report;

import java.util.ArrayList;
import java.util.List;

/**
 * A failure message read back into what a person scans for: what was expected, the first failing generated case
 * (if the scenario sent many), what was sent and what came back. The steps write messages as the expectation,
 * then {@code request: ...} and {@code response: ...} lines with indented {@code body:} lines (see Exchange).
 *
 * @param expected the expectation and what broke it, in one line
 * @param firstCase the first failing generated case ({@code "- name: problem"}), or null for a single request
 * @param sent     the request line and its body excerpt, or null when the message holds no exchange
 * @param answered the status and the body excerpt, or null
 */
public record FailureEvidence(String expected, String firstCase, String sent, String answered) {

    private static final String REQUEST = "request: ";
    private static final String RESPONSE = "response: ";
    private static final String BODY = "body: ";

    public static FailureEvidence of(String message) {
        String[] lines = (message == null ? "" : message).split("\n");
        List<String> expectation = new ArrayList<>();
        String firstCase = null;
        String sent = null;
        String answered = null;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.startsWith(REQUEST) && sent == null) {
                sent = withBody(line.substring(REQUEST.length()), lines, i);
            } else if (line.startsWith(RESPONSE) && answered == null) {
                answered = withBody(line.substring(RESPONSE.length()), lines, i);
                break; // the first exchange is the evidence; the rest are in the reports
            } else if (line.startsWith("- ") && firstCase == null && sent == null) {
                firstCase = oneLine(line.substring(2));
            } else if (sent == null && firstCase == null && !line.isBlank()) {
                expectation.add(line.trim());
            }
        }
        String expected = oneLine(String.join(" ", expectation));
        int list = expected.indexOf("): ");
        if (firstCase != null && list > 0) {
            // "N cases, M failed (DDM_SEED=S): every failed case..." : the counts; the first case follows.
            expected = expected.substring(0, list + 1);
        }
        return new FailureEvidence(expected, firstCase, sent, answered);
    }

    /** The line, and the indented body excerpt that follows it, if any. */
    private static String withBody(String head, String[] lines, int at) {
        for (int j = at + 1; j < lines.length && lines[j].startsWith("  "); j++) {
            String indented = lines[j].trim();
            if (indented.startsWith(BODY)) {
                return oneLine(head.trim() + "  " + indented);
            }
        }
        return oneLine(head.trim());
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s+", " ").trim();
    }

    /** {@code text} cut to {@code max} characters, marked with "..." when cut. */
    static String cut(String text, int max) {
        if (text == null) {
            return "";
        }
        return text.length() > max ? text.substring(0, max - 3) + "..." : text;
    }
}
