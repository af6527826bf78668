package org.ddmconformance.http;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * A request body of many megabytes, sent as bytes made only when it is sent: a head, one ASCII piece repeated,
 * and a tail. Held as text it would sit on the heap as a string, as the string's bytes for the wire, and as the
 * copies made while building it; the largest generated case (16 MiB) then set the run's peak memory. In the head
 * and the tail, {@link #RAW_FF} stands for the byte 0xFF, which no UTF-8 text holds (a body that is not UTF-8).
 */
public record LargeBody(String head, String piece, int times, String tail) {

    /** A lone low surrogate, which no well-formed text holds: written on the wire as the byte 0xFF. */
    public static final char RAW_FF = '\uDFFF';

    public LargeBody {
        Objects.requireNonNull(head);
        Objects.requireNonNull(tail);
        if (piece.isEmpty() || !piece.chars().allMatch(c -> c < 0x80) || times < 0) {
            throw new IllegalArgumentException("the repeated piece must be ASCII and not empty, repeated 0 or more times");
        }
    }

    /** Its length in bytes, as UTF-8 on the wire. */
    public long length() {
        return utf8(head).length + (long) piece.length() * times + utf8(tail).length;
    }

    /** The bytes sent, made now. */
    public byte[] bytes() {
        byte[] start = utf8(head);
        byte[] end = utf8(tail);
        byte[] bytes = new byte[Math.toIntExact(length())];
        System.arraycopy(start, 0, bytes, 0, start.length);
        byte[] one = piece.getBytes(StandardCharsets.US_ASCII);
        int at = start.length;
        for (int i = 0; i < times; i++, at += one.length) {
            System.arraycopy(one, 0, bytes, at, one.length);
        }
        System.arraycopy(end, 0, bytes, at, end.length);
        return bytes;
    }

    /** Its first characters (at most {@code chars}), without making the whole of it. */
    public String start(int chars) {
        StringBuilder text = new StringBuilder(head.substring(0, Math.min(chars, head.length())));
        for (int i = 0; i < times && text.length() < chars; i++) {
            text.append(piece);
        }
        if (text.length() < chars) {
            text.append(tail);
        }
        return text.substring(0, Math.min(chars, text.length()));
    }

    private static byte[] utf8(String text) {
        if (text.indexOf(RAW_FF) < 0) {
            return text.getBytes(StandardCharsets.UTF_8);
        }
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        String[] parts = text.split(String.valueOf(RAW_FF), -1);
        for (int i = 0; i < parts.length; i++) {
            bytes.writeBytes(parts[i].getBytes(StandardCharsets.UTF_8));
            if (i < parts.length - 1) {
                bytes.write(0xFF);
            }
        }
        return bytes.toByteArray();
    }

    @Override
    public String toString() {
        return "LargeBody[" + length() + " bytes: " + start(40) + "...]";
    }

}
