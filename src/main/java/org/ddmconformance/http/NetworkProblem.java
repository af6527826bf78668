package org.ddmconformance.http;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLPeerUnverifiedException;
import org.apache.http.conn.ConnectTimeoutException;
import org.ddmconformance.config.Transport;

/** Turns a network exception into one sentence that names the problem and the setting to look at. */
final class NetworkProblem {

    private NetworkProblem() {
    }

    /** The sentence for a failure to reach {@code url}, or empty when the cause is not a connection problem. */
    static Optional<String> describe(Throwable error, String url, String setting, Transport transport) {
        URI uri = URI.create(url);
        String where = uri.getHost() + ":" + (uri.getPort() > 0 ? uri.getPort() : "https".equals(uri.getScheme()) ? 443 : 80);
        String via = transport.proxy() == null ? "" : " through the proxy " + transport.proxy().host() + ":"
                + transport.proxy().port() + " (DDM_PROXY, HTTPS_PROXY or HTTP_PROXY)";
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof UnknownHostException) {
                return Optional.of("The host of " + setting + " (" + uri.getHost() + ") cannot be resolved" + via
                        + ": check the name and DNS");
            }
            if (cause instanceof ConnectTimeoutException
                    || cause instanceof SocketTimeoutException && mentionsConnect(cause)) {
                return Optional.of("No connection to " + where + " (" + setting + ") within "
                        + transport.connectTimeoutMs() + " ms (DDM_CONNECT_TIMEOUT_MS)" + via);
            }
            if (cause instanceof ConnectException || cause instanceof NoRouteToHostException) {
                return Optional.of("The connection to " + (transport.proxy() == null ? where : "the proxy")
                        + " was refused (" + (transport.proxy() == null ? setting : "check DDM_PROXY") + "): "
                        + cause.getMessage());
            }
            if (cause instanceof SSLPeerUnverifiedException) {
                return Optional.of("The TLS certificate of " + where + " (" + setting + ") does not match its host name: "
                        + cause.getMessage());
            }
            if (cause instanceof SSLHandshakeException || cause instanceof SSLException) {
                return Optional.of("The TLS handshake with " + where + " (" + setting + ") failed, the server's "
                        + "certificate is not trusted (" + rootMessage(cause) + "); trust its CA with DDM_CA_CERT or "
                        + "DDM_TRUSTSTORE, or set DDM_INSECURE_TLS=true to skip verification");
            }
        }
        return Optional.empty();
    }

    /**
     * The sentence for an answer the transport cut (too slow or too large), e.g. {@code IAM at DDM_IAM_URL
     * (iam.example.com:443) sent no complete answer within 30000 ms (DDM_READ_TIMEOUT_MS)}; empty otherwise.
     */
    static Optional<String> describeCutAnswer(Throwable error, String who, String url, String setting,
                                              Transport transport) {
        URI uri = URI.create(url);
        String where = who + " at " + setting + " (" + uri.getHost() + ":" + (uri.getPort() > 0 ? uri.getPort()
                : "https".equals(uri.getScheme()) ? 443 : 80) + ")";
        return CutAnswerException.in(error).map(cut -> cut instanceof CutAnswerException.AnswerTooLarge
                ? where + " sent an answer larger than " + transport.maxAnswerBytes() + " bytes (DDM_MAX_ANSWER_BYTES)"
                : where + " sent no complete answer within " + ((CutAnswerException.NoCompleteAnswer) cut).limitMs()
                        + " ms (DDM_READ_TIMEOUT_MS" + (((CutAnswerException.NoCompleteAnswer) cut).limitMs()
                        < transport.readTimeoutMs() ? ", cut short by DDM_RUN_TIMEOUT_S" : "") + ")");
    }

    static boolean isReadTimeout(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof SocketTimeoutException && !mentionsConnect(cause)) {
                return true;
            }
        }
        return false;
    }

    private static boolean mentionsConnect(Throwable timeout) {
        return String.valueOf(timeout.getMessage()).toLowerCase(Locale.ROOT).contains("connect");
    }

    /** The innermost cause, e.g. {@code java.io.IOException: Stream closed}: what a wrapper's own message hides. */
    static String rootCause(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root == error ? String.valueOf(error) : error + ", caused by " + root;
    }

    private static String rootMessage(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
