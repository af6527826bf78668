package org.ddmconformance.http;

/**
 * How a request goes on the wire, as real clients write it: the Content-Type exactly as given ({@code null}: none
 * at all), header names as the document writes them or all in lower case (HTTP/2 clients and some proxies send
 * them so), and the body with a Content-Length or in chunks ({@code Transfer-Encoding: chunked}, RFC 9112 section
 * 7.1, as streaming clients send it). {@code rawPath}: the path and query are sent exactly as given, not
 * percent-encoded, so that deliberate escapes reach the endpoint; null sends the documented path.
 */
public record RequestForm(String contentType, boolean lowerCaseNames, String rawPath, boolean chunked) {

    public static final String JSON = "application/json";
    public static final RequestForm PLAIN = new RequestForm(JSON, false, null, false);

    public RequestForm(String contentType, boolean lowerCaseNames, String rawPath) {
        this(contentType, lowerCaseNames, rawPath, false);
    }

    public static RequestForm contentType(String contentType) {
        return new RequestForm(contentType, false, null, false);
    }

    public RequestForm withContentType(String newContentType) {
        return new RequestForm(newContentType, lowerCaseNames, rawPath, chunked);
    }

    public RequestForm withLowerCaseNames() {
        return new RequestForm(contentType, true, rawPath, chunked);
    }

    public RequestForm withRawPath(String path) {
        return new RequestForm(contentType, lowerCaseNames, path, chunked);
    }

    public RequestForm withChunkedBody() {
        return new RequestForm(contentType, lowerCaseNames, rawPath, true);
    }

    public String tokenHeader() {
        return lowerCaseNames ? "x-auth-token" : RequestFactory.TOKEN_HEADER;
    }
}
