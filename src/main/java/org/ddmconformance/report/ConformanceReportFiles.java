package org.ddmconformance.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code conformance.json} (for machines), {@code conformance.html} (for people) and {@code conformance.md} (for a
 * CI job page) in a report folder.
 */
public final class ConformanceReportFiles {

    public static final String JSON = "conformance.json";
    public static final String HTML = "conformance.html";
    public static final String MARKDOWN = "conformance.md";

    private static final JsonMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private ConformanceReportFiles() {
    }

    public static void write(Path dir, ConformanceResult result) {
        try {
            Files.createDirectories(dir);
            Files.writeString(dir.resolve(JSON), MAPPER.writeValueAsString(result), StandardCharsets.UTF_8);
            Files.writeString(dir.resolve(HTML), HtmlReport.render(result), StandardCharsets.UTF_8);
            Files.writeString(dir.resolve(MARKDOWN), MarkdownReport.render(result), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the conformance report to " + dir, e);
        }
    }

    public static ConformanceResult read(Path dir) {
        return MAPPER.readValue(dir.resolve(JSON).toFile(), ConformanceResult.class);
    }
}
