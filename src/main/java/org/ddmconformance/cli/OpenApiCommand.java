package org.ddmconformance.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.ddmconformance.schema.OpenApiDocument;
import org.ddmconformance.suite.ConformanceLauncher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;

/**
 * {@code java -jar ddm-conformance.jar openapi [--output FILE] [--format json|yaml]}: prints an OpenAPI 3.1 document
 * of the API, built from the suite's schemas and requirement catalogue, for tools that stub or test it.
 */
@Command(name = "openapi", mixinStandardHelpOptions = true, sortOptions = false, version = "ddm-conformance 1.0.0",
        description = {"Prints an OpenAPI 3.1 document of POST /v3/{project_id}/instances/{instance_id}/backups/"
                + "metadata-recovery: its parameters, X-Auth-Token, the request body and every answer the suite's "
                + "requirement catalogue allows, with the schemas of schemas/ and the source document's examples.",
                "Feed it to a mock server, a client generator or a contract tester."})
final class OpenApiCommand implements Callable<Integer> {

    enum Format { json, yaml }

    @Option(names = "--output", paramLabel = "FILE",
            description = "Write the document to FILE instead of standard output.")
    private Path output;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "json or yaml (default: yaml when FILE ends in .yaml or .yml, else json).")
    private Format format;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        String text = render(OpenApiDocument.build(), format != null ? format : formatOf(output));
        if (output == null) {
            PrintWriter out = spec.commandLine().getOut();
            out.print(text);
            out.flush();
            return 0;
        }
        try {
            Files.writeString(output, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            spec.commandLine().getErr().println("ddm-conformance: cannot write " + output + ": " + e);
            return ConformanceLauncher.USAGE_ERROR;
        }
        return 0;
    }

    static Format formatOf(Path file) {
        String name = file == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".yaml") || name.endsWith(".yml") ? Format.yaml : Format.json;
    }

    static String render(JsonNode document, Format format) {
        if (format == Format.yaml) {
            // Every string quoted (response codes must be, OpenAPI says), long ones on one line.
            return YAMLMapper.builder().disable(YAMLWriteFeature.SPLIT_LINES).build().writeValueAsString(document);
        }
        return JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build()
                .writeValueAsString(document) + "\n";
    }
}
