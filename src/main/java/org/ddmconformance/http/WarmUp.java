package org.ddmconformance.http;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.ddmconformance.config.Settings;
import org.ddmconformance.config.SettingsLoader;
import org.ddmconformance.config.Tls;
import org.ddmconformance.config.Transport;

/**
 * REST Assured's first request starts Groovy, the longest single step of a run's start-up. This
 * sends one request through a request factory like the run's to a throw-away loopback server, on its own thread,
 * so that cost overlaps with everything else the run does first (options, settings, reading the features,
 * starting the mock). It needs none of the run's settings, so it can start before they are read, and it never
 * touches the endpoint under test.
 */
public final class WarmUp {

    private static final int LOOPBACK_TIMEOUT_MS = 10_000;
    private static final FutureTask<Boolean> ONCE = new FutureTask<>(WarmUp::sendOneRequest);
    private static final AtomicBoolean STARTED = new AtomicBoolean();
    /** Groovy's list of its default imports, the part of its start-up that opens jars as zip file systems. */
    private static final String GROOVY_CLASSPATH_SCAN = "org.codehaus.groovy.control.ResolveVisitor";
    private static final CountDownLatch CLASSPATH_SCANNED = new CountDownLatch(1);
    private static final long LONGEST_SCAN_WAIT_S = 30;

    private WarmUp() {
    }

    /** Starts the warm-up, once per JVM; later calls do nothing. */
    public static void start() {
        if (STARTED.compareAndSet(false, true)) {
            Thread thread = new Thread(ONCE, "ddm-warm-up");
            thread.setDaemon(true);
            thread.start();
        }
    }

    /**
     * Starts it if need be and waits for it: what follows then runs on warm code instead of competing with it.
     *
     * @return whether the warm-up request got its answer (if not, the first scenario pays the start-up instead)
     */
    public static boolean awaitDone() {
        start();
        try {
            return ONCE.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (ExecutionException e) {
            return false;
        }
    }

    /**
     * Waits (at most 30 s) until Groovy has listed its default imports. Groovy does it by opening the jar that
     * holds its classes as a zip file system; JUnit and Cucumber open the jar that holds the features and steps
     * the same way, and when that is the same jar and it is open at that moment, they find no feature at all
     * (FileSystemAlreadyExistsException, logged and skipped). So whoever reads the features calls this first.
     */
    public static void awaitClasspathScan() {
        start();
        try {
            CLASSPATH_SCANNED.await(LONGEST_SCAN_WAIT_S, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static boolean sendOneRequest() {
        try {
            Class.forName(GROOVY_CLASSPATH_SCAN, true, WarmUp.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            // REST Assured reports it on the first request
        } finally {
            CLASSPATH_SCANNED.countDown();
        }
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.createContext("/", exchange -> {
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                byte[] body = "{}".getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
                exchange.close();
            });
            server.start();
            try {
                String url = "http://" + server.getAddress().getHostString() + ":" + server.getAddress().getPort();
                Transport direct = new Transport(LOOPBACK_TIMEOUT_MS, LOOPBACK_TIMEOUT_MS, Tls.JVM_DEFAULT, null, 0);
                Settings loopback = SettingsLoader.load(Map.of(), Map.of(), new Properties())
                        .withBaseUrl(url).withTransport(direct);
                return new RequestFactory(loopback)
                        .send(new RestoreCall("POST", "p", "i", null, "{}"), new ExchangeRecorder(new Masker(List.of())))
                        .asString().equals("{}");
            } finally {
                server.stop(0);
            }
        } catch (IOException | RuntimeException | AssertionError e) {
            return false; // only a speed-up
        }
    }
}
