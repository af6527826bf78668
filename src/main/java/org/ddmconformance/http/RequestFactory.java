package org.ddmconformance.http;

import static io.restassured.RestAssured.given;

import io.restassured.builder.RequestSpecBuilder;
import io.restassured.config.EncoderConfig;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RedirectConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.ddmconformance.config.Settings;

/**
 * Builds every request the suite sends, from one base specification made once per run: base URI, timeouts,
 * no redirects followed (a 3xx is an answer to judge), and the scenario's masking recorder.
 */
public final class RequestFactory {

    /** The documented resource. */
    public static final String PATH = "/v3/{project_id}/instances/{instance_id}/backups/metadata-recovery";
    public static final String TOKEN_HEADER = "X-Auth-Token";

    private final RequestSpecification base;

    public RequestFactory(Settings settings) {
        RestAssuredConfig config = RestAssuredConfig.config()
                .httpClient(HttpClientConfig.httpClientConfig()
                        .setParam("http.connection.timeout", settings.connectTimeoutMs())
                        .setParam("http.socket.timeout", settings.readTimeoutMs())
                        .setParam("http.connection-manager.timeout", (long) settings.connectTimeoutMs()))
                .encoderConfig(EncoderConfig.encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(false))
                .redirect(RedirectConfig.redirectConfig().followRedirects(false));
        this.base = new RequestSpecBuilder().setBaseUri(settings.baseUrl()).setConfig(config).build();
    }

    public Response send(RestoreCall call, ExchangeRecorder recorder) {
        RequestSpecification request = given().spec(base).filter(recorder)
                .pathParam("project_id", call.projectId())
                .pathParam("instance_id", call.instanceId());
        if (call.token() != null) {
            request.header(TOKEN_HEADER, call.token());
        }
        if (call.body() != null) {
            request.contentType("application/json").body(call.body());
        }
        return request.request(call.method(), PATH);
    }
}
