package org.ddmconformance.requirements;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/** docs/requirements.md is what {@link RequirementsPage} makes from the catalogue and the features. */
class RequirementsPageTest {

    /** System property that makes this test rewrite the page instead of comparing it. */
    static final String WRITE = "ddm.write-requirements-page";

    @Test
    void theRequirementsPageIsGeneratedFromTheCatalogueAndTheFeatures() throws IOException {
        String generated = RequirementsPage.generate();
        if (Boolean.getBoolean(WRITE)) {
            Files.createDirectories(RequirementsPage.FILE.getParent());
            Files.writeString(RequirementsPage.FILE, generated, StandardCharsets.UTF_8);
        }
        String onDisk = Files.exists(RequirementsPage.FILE)
                ? Files.readString(RequirementsPage.FILE, StandardCharsets.UTF_8) : "";
        assertThat(onDisk.equals(generated))
                .withFailMessage("%s is not what features/requirements.yaml and the feature files make (%s); "
                        + "regenerate it with: %s", RequirementsPage.FILE, firstDifference(onDisk, generated),
                        RequirementsPage.REGENERATE)
                .isTrue();
    }

    /** Where two texts first differ, by line, for a failure message a reader can act on. */
    static String firstDifference(String onDisk, String generated) {
        String[] found = onDisk.split("\n", -1);
        String[] expected = generated.split("\n", -1);
        for (int i = 0; i < Math.max(found.length, expected.length); i++) {
            String f = i < found.length ? found[i] : "(end of file)";
            String e = i < expected.length ? expected[i] : "(end of file)";
            if (!f.equals(e)) {
                return "first at line " + (i + 1) + ": found \"" + f + "\", generated \"" + e + "\"";
            }
        }
        return "they differ";
    }

    @Test
    void aDifferenceIsNamedByItsFirstLine() {
        assertThat(firstDifference("a\nb\n", "a\nc\n")).isEqualTo("first at line 2: found \"b\", generated \"c\"");
        assertThat(firstDifference("a\n", "a\nb\n")).isEqualTo("first at line 2: found \"\", generated \"b\"");
    }

    @Test
    void aCellKeepsToOneLineAndEscapesTheColumnSeparator() {
        assertThat(RequirementsPage.cell("a | b\n  c")).isEqualTo("a \\| b c");
        assertThat(RequirementsPage.cell("schemas/restore-metadata-*.json <why>"))
                .isEqualTo("schemas/restore-metadata-\\*.json &lt;why>");
    }
}
