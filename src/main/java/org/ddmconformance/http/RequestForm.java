package org.ddmconformance.http;

/**
 * How a request's headers go on the wire, as real clients write them: the Content-Type exactly as given
 * ({@code null}: none at all), and header names as the document writes them or all in lower case (HTTP/2
 * clients and some proxies send them so). {@code rawPath}: the path and query are sent exactly as given, not
 * percent-encoded, so that deliberately malformed escapes reach the endpoint; null sends the documented path.
 */
public record RequestForm(String contentType, boolean lowerCaseNames, String rawPath) {

    public static final String JSON = "application/json";
    public static final RequestForm PLAIN = new RequestForm(JSON, false, null);

    public static RequestForm contentType(String contentType) {
        return new RequestForm(contentType, false, null);
    }

    public RequestForm withLowerCaseNames() {
        return new RequestForm(contentType, true, rawPath);
    }

    public RequestForm withRawPath(String path) {
        return new RequestForm(contentType, lowerCaseNames, path);
    }

    public String tokenHeader() {
        return lowerCaseNames ? "x-auth-token" : RequestFactory.TOKEN_HEADER;
    }
}
