package org.ddmconformance.http;

import io.restassured.filter.FilterContext;
import io.restassured.filter.OrderedFilter;
import io.restassured.http.Header;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Records every exchange of one scenario, masked, as the last filter before the wire. It never logs: the
 * evidence reaches people only through failure messages and reports, both masked.
 */
public final class ExchangeRecorder implements OrderedFilter {

    private static final Pattern STATUS_LINE = Pattern.compile("^HTTP/\\S+ (\\d{3})");
    static final int RECORDED_BODY_CHARS = 64 * 1024;

    private final Masker masker;
    private final List<Exchange> exchanges = new ArrayList<>();

    public ExchangeRecorder(Masker masker) {
        this.masker = masker;
    }

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification responseSpec,
                           FilterContext context) {
        long start = System.nanoTime();
        Object body = request.getBody();
        Response response;
        String responseBody;
        try {
            response = context.next(request, responseSpec);
            responseBody = response.getBody().asString(); // the body may still be arriving: the transport may cut it
        } catch (RuntimeException | Error e) {
            CutAnswerException.in(e).ifPresent(cut -> exchanges.add(cutExchange(request, body, cut, start)));
            throw e;
        } catch (Exception e) { // REST Assured throws IOExceptions without declaring them
            CutAnswerException.in(e).ifPresent(cut -> exchanges.add(cutExchange(request, body, cut, start)));
            throw sneaky(e);
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        exchanges.add(new Exchange(request.getMethod(), masker.mask(request.getURI()),
                headers(request.getHeaders().asList()), recorded(body),
                response.getStatusCode(), headers(response.getHeaders().asList()),
                recorded(responseBody), millis));
        return response;
    }

    /**
     * An answer the transport cut: what had arrived (at most its first 2 KiB: status line, headers, start of the
     * body as sent on the wire), masked, with a note saying where and why it was cut. Status 0: no status line.
     */
    private Exchange cutExchange(FilterableRequestSpecification request, Object body, CutAnswerException cut,
                                 long start) {
        String arrived = cut.arrived();
        int headEnd = arrived.indexOf("\r\n\r\n");
        String head = headEnd < 0 ? arrived : arrived.substring(0, headEnd);
        String rest = headEnd < 0 ? "" : arrived.substring(headEnd + 4);
        String[] lines = head.split("\r\n");
        int status = 0;
        Matcher statusLine = STATUS_LINE.matcher(lines[0]);
        if (statusLine.find()) {
            status = Integer.parseInt(statusLine.group(1));
        }
        List<Map.Entry<String, String>> responseHeaders = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                responseHeaders.add(Map.entry(lines[i].substring(0, colon).trim(),
                        masker.mask(lines[i].substring(colon + 1).trim())));
            }
        }
        String note = "[cut after " + cut.bytesRead() + " bytes: " + cut.getMessage() + "; "
                + (cut.bytesRead() > GuardedConnection.EVIDENCE_BYTES ? "only the first " + GuardedConnection.EVIDENCE_BYTES
                + " bytes of the answer are kept" : "this is all that arrived") + "]";
        String responseBody = (headEnd < 0 ? (status == 0 ? arrived : "") : rest);
        return new Exchange(request.getMethod(), masker.mask(request.getURI()),
                headers(request.getHeaders().asList()), recorded(body),
                status, responseHeaders, masker.mask(responseBody.isEmpty() ? note : responseBody + "\n" + note),
                (System.nanoTime() - start) / 1_000_000);
    }

    @SuppressWarnings("unchecked")
    private static <T extends Throwable> RuntimeException sneaky(Throwable e) throws T {
        throw (T) e;
    }

    /** A request body as REST Assured holds it: text, or the bytes of a {@link LargeBody} (UTF-8). */
    private String recorded(Object body) {
        if (body instanceof byte[] bytes) {
            int kept = Math.min(bytes.length, RECORDED_BODY_CHARS + 4096);
            String start = new String(bytes, 0, kept, StandardCharsets.UTF_8);
            if (kept == bytes.length) {
                return masker.mask(start);
            }
            String masked = masker.mask(start); // masked before it is cut, as below
            return masked.substring(0, Math.min(RECORDED_BODY_CHARS, masked.length()))
                    + "... (" + bytes.length + " bytes in all; the rest is not recorded)";
        }
        return recorded(body == null ? null : body.toString());
    }

    /** Masked; a body of many megabytes (a deliberately oversized request) is kept only in part. */
    String recorded(String body) {
        if (body == null || body.length() <= RECORDED_BODY_CHARS) {
            return masker.mask(body);
        }
        // Masked before it is cut, with room after the cut, so no secret is cut in half and shown in part.
        return masker.mask(body.substring(0, RECORDED_BODY_CHARS + 4096)).substring(0, RECORDED_BODY_CHARS)
                + "... (" + body.length() + " characters in all; the rest is not recorded)";
    }

    private List<Map.Entry<String, String>> headers(List<Header> headers) {
        return headers.stream().map(h -> Map.entry(h.getName(), masker.mask(h.getValue()))).toList();
    }

    @Override
    public int getOrder() {
        return LOWEST_PRECEDENCE; // last before the wire: it sees the request as sent
    }

    public List<Exchange> all() {
        return List.copyOf(exchanges);
    }

    public Optional<Exchange> last() {
        return exchanges.isEmpty() ? Optional.empty() : Optional.of(exchanges.get(exchanges.size() - 1));
    }
}
