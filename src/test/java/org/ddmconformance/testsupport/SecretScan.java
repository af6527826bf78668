package org.ddmconformance.testsupport;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;

/**
 * Finds a secret in text: as it is, and base64-encoded at any byte alignment (report attachments are base64),
 * so a leak cannot hide behind an encoding.
 */
public final class SecretScan {

    private SecretScan() {
    }

    /** Where the secret occurs: the names of the places, empty when nowhere. */
    public static List<String> occurrences(String secret, Path reportDir, String console) throws IOException {
        List<String> places = new ArrayList<>();
        if (contains(console, secret)) {
            places.add("console");
        }
        try (Stream<Path> files = Files.walk(reportDir)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                if (contains(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1), secret)) {
                    places.add(file.getFileName().toString());
                }
            }
        }
        return places;
    }

    static boolean contains(String text, String secret) {
        if (text.contains(secret)) {
            return true;
        }
        byte[] bytes = secret.getBytes(StandardCharsets.UTF_8);
        for (int offset = 0; offset < 3; offset++) {
            byte[] shifted = new byte[offset + bytes.length];
            System.arraycopy(bytes, 0, shifted, offset, bytes.length);
            String encoded = Base64.getEncoder().encodeToString(shifted);
            // Drop the characters that depend on the padding bytes before and after the secret.
            int start = offset == 0 ? 0 : (offset * 8 + 5) / 6 + 1;
            int end = encoded.length() - 4;
            if (end > start && text.contains(encoded.substring(start, end))) {
                return true;
            }
        }
        return false;
    }
}
