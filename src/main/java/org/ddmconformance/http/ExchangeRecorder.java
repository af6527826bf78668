package org.ddmconformance.http;

import io.restassured.filter.FilterContext;
import io.restassured.filter.OrderedFilter;
import io.restassured.http.Header;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Records every exchange of one scenario, masked, as the last filter before the wire. It never logs: the
 * evidence reaches people only through failure messages and reports, both masked.
 */
public final class ExchangeRecorder implements OrderedFilter {

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
        Response response = context.next(request, responseSpec);
        long millis = (System.nanoTime() - start) / 1_000_000;
        Object body = request.getBody();
        exchanges.add(new Exchange(request.getMethod(), masker.mask(request.getURI()),
                headers(request.getHeaders().asList()), recorded(body == null ? null : body.toString()),
                response.getStatusCode(), headers(response.getHeaders().asList()),
                recorded(response.getBody().asString()), millis));
        return response;
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
