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
                headers(request.getHeaders().asList()), masker.mask(body == null ? null : body.toString()),
                response.getStatusCode(), headers(response.getHeaders().asList()),
                masker.mask(response.getBody().asString()), millis));
        return response;
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
