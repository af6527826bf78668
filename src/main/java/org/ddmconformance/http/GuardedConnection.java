package org.ddmconformance.http;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.util.Arrays;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.apache.http.HttpEntityEnclosingRequest;
import org.apache.http.HttpException;
import org.apache.http.HttpRequest;
import org.apache.http.impl.conn.DefaultClientConnection;
import org.apache.http.impl.io.AbstractSessionInputBuffer;
import org.apache.http.io.EofSensor;
import org.apache.http.io.SessionInputBuffer;
import org.apache.http.params.HttpParams;

/**
 * An HTTP client connection that bounds each answer as a whole. The socket's read timeout alone restarts with
 * every byte, so an endpoint that drips one byte every half second would never time out, and an endless body
 * would be buffered until memory runs out. Here each exchange starts its clock when its request is sent: before
 * every read the socket's timeout is set to the time left, and once it is used up the read fails with
 * {@link CutAnswerException.NoCompleteAnswer}. The bytes of the answer are counted, and past the cap the read
 * fails with {@link CutAnswerException.AnswerTooLarge}. Either way the connection is shut down, never reused,
 * and only the first {@value #EVIDENCE_BYTES} bytes are kept as evidence.
 *
 * <p>Sending is bounded too: an endpoint that stops reading a large request body would block the write forever
 * (a socket has no write timeout), so a watchdog shuts the connection down once the exchange's time is up, and the
 * blocked write fails with {@link CutAnswerException.NoCompleteAnswer} as well.
 *
 * <p>A connection serves one exchange at a time (the pool leases it to one thread), so its state needs no lock.
 */
final class GuardedConnection extends DefaultClientConnection {

    /** How much of a cut answer is kept as evidence. */
    static final int EVIDENCE_BYTES = 2048;

    /** Shuts down connections whose exchange outlived its time while sending: one daemon thread for all. */
    private static final ScheduledExecutorService WATCHDOG = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "ddm-exchange-watchdog");
        thread.setDaemon(true);
        return thread;
    });

    private final ExchangeLimits limits;
    private volatile ScheduledFuture<?> watchdog;
    private volatile boolean expired;
    /** From the request line until the request is flushed: the part the socket's read timeout does not bound. */
    private volatile boolean sending;
    private volatile boolean inExchange;
    private volatile long limitMs;
    private volatile long deadlineNanos;
    private volatile long bytesRead;
    private final byte[] evidence = new byte[EVIDENCE_BYTES];
    private volatile int evidenceLength;

    GuardedConnection(ExchangeLimits limits) {
        this.limits = limits;
    }

    @Override
    public void sendRequestHeader(HttpRequest request) throws HttpException, IOException {
        limitMs = limits.exchangeMillis();
        deadlineNanos = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(limitMs);
        bytesRead = 0;
        evidenceLength = 0;
        inExchange = true;
        expired = false;
        sending = true;
        ScheduledFuture<?> previous = watchdog;
        if (previous != null) {
            previous.cancel(false);
        }
        watchdog = WATCHDOG.schedule(this::expireWhileSending, limitMs, TimeUnit.MILLISECONDS);
        try {
            super.sendRequestHeader(request);
        } catch (IOException e) {
            throw sendingFailed(e);
        }
    }

    @Override
    public void sendRequestEntity(HttpEntityEnclosingRequest request) throws HttpException, IOException {
        try {
            super.sendRequestEntity(request);
        } catch (IOException e) {
            throw sendingFailed(e);
        }
    }

    @Override
    public void flush() throws IOException {
        try {
            super.flush();
            sending = false;
        } catch (IOException e) {
            throw sendingFailed(e);
        }
    }

    /** The watchdog: still sending when the time is up, so the endpoint is not taking the request. */
    private void expireWhileSending() {
        if (sending) {
            expired = true;
            try {
                shutdown();
            } catch (IOException alreadyBroken) {
                // the blocked write fails either way
            }
        }
    }

    /** A write that failed because the watchdog shut the connection is a request that got no answer in time. */
    private IOException sendingFailed(IOException e) {
        return expired ? new CutAnswerException.NoCompleteAnswer(limitMs, evidence(), bytesRead, e) : e;
    }

    @Override
    protected SessionInputBuffer createSessionInputBuffer(Socket socket, int bufferSize, HttpParams params)
            throws IOException {
        return new GuardedInputBuffer(socket, bufferSize > 0 ? bufferSize : 8192, params);
    }

    /** Before a read: the socket may wait only for the time left in this exchange. */
    private void beforeRead(Socket socket) throws IOException {
        long leftMs = TimeUnit.NANOSECONDS.toMillis(deadlineNanos - System.nanoTime());
        if (leftMs <= 0) {
            throw cut(new CutAnswerException.NoCompleteAnswer(limitMs, evidence(), bytesRead, null));
        }
        socket.setSoTimeout((int) Math.min(Integer.MAX_VALUE, leftMs));
    }

    private void afterRead(byte[] buffer, int offset, int count) throws IOException {
        if (count <= 0) {
            return;
        }
        int keep = Math.min(count, EVIDENCE_BYTES - evidenceLength);
        if (keep > 0) {
            System.arraycopy(buffer, offset, evidence, evidenceLength, keep);
            evidenceLength += keep;
        }
        bytesRead += count;
        if (bytesRead > limits.maxAnswerBytes()) {
            throw cut(new CutAnswerException.AnswerTooLarge(limits.maxAnswerBytes(), evidence(), bytesRead));
        }
    }

    private byte[] evidence() {
        return Arrays.copyOf(evidence, evidenceLength);
    }

    /** The exchange is abandoned: close the socket now, so nothing more is read and the connection is not reused. */
    private CutAnswerException cut(CutAnswerException reason) {
        inExchange = false;
        try {
            shutdown();
        } catch (IOException alreadyBroken) {
            reason.addSuppressed(alreadyBroken);
        }
        return reason;
    }

    /** The session buffer of the connection, reading through {@link GuardedStream}. */
    private final class GuardedInputBuffer extends AbstractSessionInputBuffer implements EofSensor {
        private final Socket socket;
        private final GuardedStream stream;
        private boolean eof;

        GuardedInputBuffer(Socket socket, int bufferSize, HttpParams params) throws IOException {
            this.socket = socket;
            this.stream = new GuardedStream(socket, socket.getInputStream());
            init(stream, bufferSize, params);
        }

        @Override
        protected int fillBuffer() throws IOException {
            int read = super.fillBuffer();
            eof = read == -1;
            return read;
        }

        /** The pool's check whether an idle connection went stale: not part of an exchange, so not guarded. */
        @Override
        public boolean isDataAvailable(int timeout) throws IOException {
            boolean result = hasBufferedData();
            if (!result) {
                int oldTimeout = socket.getSoTimeout();
                stream.probing = true;
                try {
                    socket.setSoTimeout(timeout);
                    fillBuffer();
                    result = hasBufferedData();
                } finally {
                    stream.probing = false;
                    socket.setSoTimeout(oldTimeout);
                }
            }
            return result;
        }

        @Override
        public boolean isEof() {
            return eof;
        }
    }

    private final class GuardedStream extends FilterInputStream {
        private final Socket socket;
        private boolean probing;

        GuardedStream(Socket socket, InputStream in) {
            super(in);
            this.socket = socket;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int count = read(one, 0, 1);
            return count <= 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (probing || !inExchange) {
                return in.read(buffer, offset, length);
            }
            beforeRead(socket);
            int count;
            try {
                count = in.read(buffer, offset, length);
            } catch (SocketTimeoutException e) {
                throw cut(new CutAnswerException.NoCompleteAnswer(limitMs, evidence(), bytesRead, e));
            }
            afterRead(buffer, offset, count);
            return count;
        }
    }
}
