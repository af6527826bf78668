package org.ddmconformance.mock;

import com.github.tomakehurst.wiremock.core.Options;
import com.github.tomakehurst.wiremock.http.AdminRequestHandler;
import com.github.tomakehurst.wiremock.http.HttpServer;
import com.github.tomakehurst.wiremock.http.HttpServerFactory;
import com.github.tomakehurst.wiremock.http.StubRequestHandler;
import com.github.tomakehurst.wiremock.jetty11.Jetty11HttpServer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;
import wiremock.jakarta.servlet.DispatcherType;
import wiremock.jakarta.servlet.Filter;
import wiremock.jakarta.servlet.FilterChain;
import wiremock.jakarta.servlet.ReadListener;
import wiremock.jakarta.servlet.ServletException;
import wiremock.jakarta.servlet.ServletInputStream;
import wiremock.jakarta.servlet.ServletRequest;
import wiremock.jakarta.servlet.ServletResponse;
import wiremock.jakarta.servlet.http.HttpServletRequest;
import wiremock.jakarta.servlet.http.HttpServletRequestWrapper;
import wiremock.jakarta.servlet.http.HttpServletResponse;
import wiremock.org.eclipse.jetty.http.HttpFields;
import wiremock.org.eclipse.jetty.server.Server;
import wiremock.org.eclipse.jetty.server.handler.ErrorHandler;
import wiremock.org.eclipse.jetty.servlet.FilterHolder;
import wiremock.org.eclipse.jetty.servlet.ServletContextHandler;

/**
 * What the stub mappings cannot express: hostile input answered as a conformant server answers it, a 4xx with an
 * error body, where WireMock would answer 500 with a stack trace (it reads the body and decodes the query before
 * any extension sees the request). A servlet filter before WireMock refuses a malformed percent-escape in the
 * path or query (400), a body over {@value #MAX_BODY_BYTES} bytes (413), a body shorter than its Content-Length
 * (400) and nesting deeper than {@value #MAX_DEPTH} levels (400; no valid request nests deeper than three); what
 * the HTTP layer itself refuses gets a JSON error body too. It also hands WireMock the path normalised as RFC 3986
 * section 6.2.2.2 asks (a percent-encoded unreserved character is that character), which the mappings match.
 */
public final class HostileInput implements HttpServerFactory {

    static final int MAX_BODY_BYTES = 1 << 20;
    static final int MAX_DEPTH = 64;
    private static final String JSON = "application/json;charset=UTF-8";

    /** False in a variant of the mock that reads only a body's first JSON value, as lenient parsers do. */
    private volatile boolean strictJsonText = true;
    /** False in a variant of the mock that reads bytes that are not UTF-8 as replacement characters. */
    private volatile boolean strictUtf8 = true;

    void strictJsonText(boolean strict) {
        strictJsonText = strict;
    }

    void strictUtf8(boolean strict) {
        strictUtf8 = strict;
    }

    @Override
    public String getName() {
        return "ddm-hostile-input";
    }

    @Override
    public HttpServer buildHttpServer(Options options, AdminRequestHandler admin, StubRequestHandler stubs) {
        return new Jetty11HttpServer(options, admin, stubs) {
            @Override
            protected void decorateMockServiceContextBeforeConfig(ServletContextHandler context) {
                context.addFilter(new FilterHolder(new Guard(HostileInput.this)), "/*",
                        EnumSet.of(DispatcherType.REQUEST));
            }

            @Override
            protected void applyAdditionalServerConfiguration(Server server, Options settings) {
                super.applyAdditionalServerConfiguration(server, settings);
                server.setErrorHandler(new JsonErrors());
            }
        };
    }

    static String errorBody(String code, String message) {
        return "{\"error_code\":\"" + code + "\",\"error_msg\":\"" + message + "\"}";
    }

    /** Requests the HTTP parser refuses (a malformed path, a bad header) get a JSON error body, never a page. */
    private static final class JsonErrors extends ErrorHandler {
        JsonErrors() {
            setShowStacks(false);
            setShowServlet(false);
        }

        @Override
        public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
            fields.put("Content-Type", JSON);
            return ByteBuffer.wrap(errorBody("DBS.280001", "Bad request.").getBytes(StandardCharsets.UTF_8));
        }
    }

    private static final class Guard implements Filter {
        private final HostileInput settings;

        Guard(HostileInput settings) {
            this.settings = settings;
        }

        @Override
        public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
                throws IOException, ServletException {
            HttpServletRequest http = (HttpServletRequest) request;
            HttpServletResponse answer = (HttpServletResponse) response;
            if (!wellFormedEscapes(http.getRequestURI()) || !wellFormedEscapes(http.getQueryString())) {
                refuse(answer, 400, "The URL holds a malformed percent-escape.");
                return;
            }
            if (http.getContentLengthLong() > MAX_BODY_BYTES) {
                refuse(answer, 413, "The request body is too large.");
                return;
            }
            byte[] body;
            try (InputStream in = http.getInputStream()) {
                body = in.readNBytes(MAX_BODY_BYTES + 1);
            } catch (IOException endedEarly) {
                refuse(answer, 400, "The request body ended before its Content-Length.");
                return;
            }
            if (body.length > MAX_BODY_BYTES) {
                refuse(answer, 413, "The request body is too large.");
            } else if (depth(body) > MAX_DEPTH) {
                refuse(answer, 400, "The request body is nested too deeply.");
            } else if (settings.strictUtf8 && !utf8(body)) {
                refuse(answer, 400, "The request body is not UTF-8.");
            } else if (settings.strictJsonText && !oneJsonTextOrNone(body)) {
                refuse(answer, 400, "The request body is not one JSON text.");
            } else {
                chain.doFilter(new ReadBody(http, body), response);
            }
        }

        private static void refuse(HttpServletResponse answer, int status, String message) throws IOException {
            answer.setStatus(status);
            answer.setContentType(JSON);
            if (status == 413) {
                answer.setHeader("Connection", "close"); // the rest of the body is not read
            }
            answer.getOutputStream().write(errorBody(status == 413 ? "DBS.280413" : "DBS.280001", message)
                    .getBytes(StandardCharsets.UTF_8));
        }
    }

    /** WireMock's JSON matchers read the first value and ignore what follows it; RFC 8259 section 2 does not. */
    private static final JsonMapper STRICT = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

    /**
     * Whether a body that starts like a JSON object or array is exactly one JSON text; anything else (empty, not
     * JSON at all) is left to the mappings, which answer it as they always did.
     */
    static boolean oneJsonTextOrNone(byte[] body) {
        int start = 0;
        while (start < body.length && (body[start] == ' ' || body[start] == '\t' || body[start] == '\r'
                || body[start] == '\n')) {
            start++;
        }
        if (start == body.length || body[start] != '{' && body[start] != '[') {
            return true;
        }
        try {
            STRICT.readTree(new String(body, StandardCharsets.UTF_8)); // UTF-8 is checked on its own
            return true;
        } catch (JacksonException notOneText) {
            return false;
        }
    }

    static boolean utf8(byte[] body) {
        try {
            StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(body));
            return true;
        } catch (java.nio.charset.CharacterCodingException notUtf8) {
            return false;
        }
    }

    static boolean wellFormedEscapes(String text) {
        if (text == null) {
            return true;
        }
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '%') {
                if (i + 2 >= text.length() || Character.digit(text.charAt(i + 1), 16) < 0
                        || Character.digit(text.charAt(i + 2), 16) < 0) {
                    return false;
                }
                i += 2;
            }
        }
        return true;
    }

    /** The path with every percent-encoded unreserved character decoded: the same URI (RFC 3986 section 6.2.2.2). */
    static String normalised(String path) {
        if (path == null || path.indexOf('%') < 0) {
            return path;
        }
        StringBuilder normal = new StringBuilder(path.length());
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c == '%' && i + 2 < path.length()) {
                int code = Integer.parseInt(path.substring(i + 1, i + 3), 16); // escapes are checked well-formed first
                if (Character.isLetterOrDigit(code) && code < 0x80 || "-._~".indexOf(code) >= 0) {
                    normal.append((char) code);
                    i += 2;
                    continue;
                }
            }
            normal.append(c);
        }
        return normal.toString();
    }

    /** The deepest nesting of arrays and objects outside strings; stops counting once past the limit. */
    static int depth(byte[] json) {
        int depth = 0;
        int deepest = 0;
        boolean inString = false;
        for (int i = 0; i < json.length && deepest <= MAX_DEPTH; i++) {
            byte b = json[i];
            if (inString) {
                if (b == '\\') {
                    i++;
                } else if (b == '"') {
                    inString = false;
                }
            } else if (b == '"') {
                inString = true;
            } else if (b == '[' || b == '{') {
                deepest = Math.max(deepest, ++depth);
            } else if (b == ']' || b == '}') {
                depth--;
            }
        }
        return deepest;
    }

    /** The request with its body already read, for WireMock to read again, and its path normalised. */
    private static final class ReadBody extends HttpServletRequestWrapper {
        private final byte[] body;

        ReadBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public String getRequestURI() {
            return normalised(super.getRequestURI());
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("the body is already read");
                }
            };
        }
    }
}
