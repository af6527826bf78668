package org.ddmconformance.http;

import java.util.Locale;
import org.apache.http.Header;
import org.apache.http.HttpRequest;

/**
 * Writes a request's headers on the wire in the form a real client uses ({@link RequestForm}). REST Assured
 * always names the header {@code Content-Type} and adds {@code text/plain} when none is given, so the last
 * step before the socket (an HTTP client interceptor) applies the form, told by a marker header that it removes.
 * The marker stays in the recorded exchange, saying what went on the wire instead.
 */
final class WireForms {

    /** The marker header: {@code content-type=<value>|none}, then {@code |names=lower} and {@code |body=chunked}. */
    static final String MARKER = "X-Ddm-Conformance-Wire-Form";
    private static final String NONE = "none";
    private static final String LOWER = "|names=lower";
    private static final String CHUNKED = "|body=chunked";

    private WireForms() {
    }

    /** The marker for a form, or null for the plain form (nothing to change on the wire). */
    static String marker(RequestForm form, boolean hasBody) {
        String contentType = hasBody ? form.contentType() : RequestForm.JSON;
        boolean chunked = hasBody && form.chunked();
        if (RequestForm.JSON.equals(contentType) && !form.lowerCaseNames() && !chunked) {
            return null;
        }
        return "content-type=" + (contentType == null ? NONE : contentType)
                + (form.lowerCaseNames() ? LOWER : "") + (chunked ? CHUNKED : "");
    }

    /** Applies the form its marker names, and removes the marker; a request without one is left as it is. */
    static void apply(HttpRequest request, org.apache.http.protocol.HttpContext context) {
        Header marker = request.getFirstHeader(MARKER);
        if (marker == null) {
            return;
        }
        request.removeHeaders(MARKER);
        String value = marker.getValue();
        boolean chunked = value.endsWith(CHUNKED);
        value = chunked ? value.substring(0, value.length() - CHUNKED.length()) : value;
        boolean lower = value.endsWith(LOWER);
        String contentType = value.substring("content-type=".length(),
                lower ? value.length() - LOWER.length() : value.length());
        request.removeHeaders("Content-Type");
        if (!contentType.equals(NONE)) {
            request.addHeader("Content-Type", contentType);
        }
        if (chunked) {
            // The connection frames the body by these headers (RFC 9112 section 6.1): chunks, no length.
            request.removeHeaders("Content-Length");
            request.addHeader("Transfer-Encoding", "chunked");
        }
        if (lower) {
            Header[] all = request.getAllHeaders();
            for (Header header : all) {
                request.removeHeader(header);
            }
            for (Header header : all) {
                request.addHeader(header.getName().toLowerCase(Locale.ROOT), header.getValue());
            }
        }
    }
}
