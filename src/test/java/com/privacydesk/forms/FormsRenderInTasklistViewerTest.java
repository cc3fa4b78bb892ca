package com.privacydesk.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.privacydesk.stafflanguage.LocalisedForms;
import com.privacydesk.stafflanguage.StaffLanguage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every form renders in form-js 1.8.7, the viewer of Camunda 7.24's Tasklist, and validates as the process
 * expects (tools/forms-check), in every staff language: the forms as the desk deploys them for that language
 * (the sources in forms/ with the language's texts) are written to target/localised-forms/{language} and checked
 * there. Needs Node.js and the check's npm packages, which .ci/run installs.
 */
class FormsRenderInTasklistViewerTest {

    private static final Path CHECK = Path.of("tools", "forms-check");
    private static final Path FORMS = Path.of("forms");
    private static final Path LOCALISED = Path.of("target", "localised-forms");

    @ParameterizedTest
    @EnumSource(StaffLanguage.class)
    void everyFormRendersAndValidatesInTheTasklistViewer(StaffLanguage language)
            throws IOException, InterruptedException {
        assumeTrue(Files.isDirectory(CHECK.resolve("node_modules")),
                "forms check skipped: run 'npm ci' in tools/forms-check (CI does)");
        Path dir = LOCALISED.resolve(language.code()).toAbsolutePath();
        Files.createDirectories(dir);
        for (Path form : forms(dir)) {
            Files.delete(form);
        }
        for (Path source : forms(FORMS)) {
            String json = Files.readString(source, StandardCharsets.UTF_8);
            Files.writeString(dir.resolve(source.getFileName()), LocalisedForms.localise(json, language),
                    StandardCharsets.UTF_8);
        }
        Process node = new ProcessBuilder("node", "check-forms.mjs", dir.toString(), language.code(),
                String.join(",", LocalisedForms.NOT_YET_CONVERTED))
                .directory(CHECK.toFile()).redirectErrorStream(true).start();
        String output = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(node.waitFor(120, TimeUnit.SECONDS)).as("forms check finished").isTrue();
        System.out.println(output);
        assertThat(node.exitValue()).as(output).isZero();
        assertThat(output).contains(language.code() + ": " + forms(FORMS).size() + " passed, 0 failed");
    }

    private static List<Path> forms(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.toString().endsWith(".form")).sorted().toList();
        }
    }
}
