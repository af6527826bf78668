package org.ddmconformance.http;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * An answer the transport stopped reading: it did not complete in time, or it grew past the size cap. The
 * connection is closed, never reused. It keeps the first bytes that arrived (status line, headers, start of the
 * body), as evidence.
 */
public abstract sealed class CutAnswerException extends IOException
        permits CutAnswerException.NoCompleteAnswer, CutAnswerException.AnswerTooLarge {

    private final byte[] arrived;
    private final long bytesRead;

    private CutAnswerException(String message, byte[] arrived, long bytesRead, Throwable cause) {
        super(message, cause);
        this.arrived = arrived.clone();
        this.bytesRead = bytesRead;
    }

    /** The first bytes of the answer that arrived (at most {@link GuardedConnection#EVIDENCE_BYTES}), as text. */
    public String arrived() {
        return new String(arrived, StandardCharsets.UTF_8);
    }

    /** How many bytes of the answer arrived before it was cut. */
    public long bytesRead() {
        return bytesRead;
    }

    /** The answer (status, headers and body) was not complete within the exchange's deadline. */
    public static final class NoCompleteAnswer extends CutAnswerException {
        private final long limitMs;

        NoCompleteAnswer(long limitMs, byte[] arrived, long bytesRead, Throwable cause) {
            super("no complete answer within " + limitMs + " ms", arrived, bytesRead, cause);
            this.limitMs = limitMs;
        }

        /** The deadline of the exchange: DDM_READ_TIMEOUT_MS, or less when the run deadline came first. */
        public long limitMs() {
            return limitMs;
        }
    }

    /** The answer grew past DDM_MAX_ANSWER_BYTES. */
    public static final class AnswerTooLarge extends CutAnswerException {
        private final long maxBytes;

        AnswerTooLarge(long maxBytes, byte[] arrived, long bytesRead) {
            super("answer larger than " + maxBytes + " bytes", arrived, bytesRead, null);
            this.maxBytes = maxBytes;
        }

        public long maxBytes() {
            return maxBytes;
        }
    }

    /** The cut answer among the causes of an error, if any. */
    static java.util.Optional<CutAnswerException> in(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof CutAnswerException cut) {
                return java.util.Optional.of(cut);
            }
        }
        return java.util.Optional.empty();
    }
}
