package org.ddmconformance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The parts hold every entry of the jar exactly once, with the same bytes, each where its path says. */
class SplitJarTest {

    private static final Map<String, String> ENTRIES = new LinkedHashMap<>();

    static {
        ENTRIES.put("META-INF/MANIFEST.MF", "Manifest-Version: 1.0\nMulti-Release: true\n");
        ENTRIES.put("features/accepted/accepted-restores.feature", "Feature: x\n");
        ENTRIES.put("org/ddmconformance/steps/Hooks.class", "steps");
        ENTRIES.put("org/ddmconformance/http/RequestFactory.class", "http");
        ENTRIES.put("groovy/lang/GroovySystem.class", "groovy");
        ENTRIES.put("org/codehaus/groovy/control/ResolveVisitor.class", "codehaus");
        ENTRIES.put("META-INF/versions/9/org/codehaus/groovy/vmplugin/v9/Java9.class", "versioned groovy");
        ENTRIES.put("META-INF/versions/9/net/bytebuddy/Agent.class", "versioned other");
        ENTRIES.put("io/cucumber/java/am/\u1218\u1235\u1208.class", "a name that is not ASCII");
        ENTRIES.put("schemas/restore-metadata-request.json", "{}");
    }

    @Test
    void everyEntryLandsInExactlyOnePartWithItsBytes(@TempDir Path dir) throws IOException {
        Path jar = jar(dir.resolve("whole.jar"));
        List<Path> parts = SplitJar.ensure(jar, dir, "b1").orElseThrow();
        assertThat(parts).extracting(p -> p.getFileName().toString())
                .containsExactly("b1-suite.jar", "b1-groovy.jar", "b1-libs.jar");
        assertThat(contents(parts.get(0))).containsOnlyKeys("features/accepted/accepted-restores.feature",
                "org/ddmconformance/steps/Hooks.class");
        assertThat(contents(parts.get(1))).containsOnlyKeys("groovy/lang/GroovySystem.class",
                "org/codehaus/groovy/control/ResolveVisitor.class",
                "META-INF/versions/9/org/codehaus/groovy/vmplugin/v9/Java9.class");
        Map<String, String> all = new LinkedHashMap<>();
        for (Path part : parts) {
            contents(part).forEach((name, text) -> assertThat(all.put(name, text)).as(name).isNull());
        }
        assertThat(all).isEqualTo(ENTRIES);
        assertThat(dir).isDirectoryNotContaining(p -> p.toString().endsWith(".tmp"));
    }

    @Test
    void partsAlreadyMadeAreReusedAsTheyAre(@TempDir Path dir) throws IOException {
        Path jar = jar(dir.resolve("whole.jar"));
        List<Path> parts = SplitJar.ensure(jar, dir, "b1").orElseThrow();
        long modified = Files.getLastModifiedTime(parts.get(2)).toMillis();
        Files.setLastModifiedTime(parts.get(2), java.nio.file.attribute.FileTime.fromMillis(modified - 60_000));
        assertThat(SplitJar.ensure(jar, dir, "b1")).contains(parts);
        assertThat(Files.getLastModifiedTime(parts.get(2)).toMillis()).isEqualTo(modified - 60_000);
    }

    @Test
    void aJarThatCannotBeReadGivesNoParts(@TempDir Path dir) throws IOException {
        Path notAJar = Files.writeString(dir.resolve("broken.jar"), "not a zip");
        assertThat(SplitJar.ensure(notAJar, dir, "b2")).isEmpty();
        assertThat(dir).isDirectoryNotContaining(p -> p.getFileName().toString().startsWith("b2"));
    }

    private static Path jar(Path file) throws IOException {
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file))) {
            for (Map.Entry<String, String> entry : ENTRIES.entrySet()) {
                out.putNextEntry(new ZipEntry(entry.getKey()));
                out.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        return file;
    }

    private static Map<String, String> contents(Path jar) throws IOException {
        Map<String, String> contents = new LinkedHashMap<>();
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
                byte[] bytes = zip.getInputStream(entry).readAllBytes();
                contents.put(entry.getName(), new String(bytes, StandardCharsets.UTF_8));
            }
        }
        return contents;
    }
}
