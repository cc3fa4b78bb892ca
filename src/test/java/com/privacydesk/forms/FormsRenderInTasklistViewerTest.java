package com.privacydesk.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Every form in forms/ renders in form-js 1.8.7, the viewer of Camunda 7.24's Tasklist, and validates as the
 * process expects (tools/forms-check). Needs Node.js and the check's npm packages, which .ci/run installs.
 */
class FormsRenderInTasklistViewerTest {

    private static final Path CHECK = Path.of("tools", "forms-check");

    @Test
    void everyFormRendersAndValidatesInTheTasklistViewer() throws IOException, InterruptedException {
        assumeTrue(Files.isDirectory(CHECK.resolve("node_modules")),
                "forms check skipped: run 'npm ci' in tools/forms-check (CI does)");
        Process node = new ProcessBuilder("node", "check-forms.mjs").directory(CHECK.toFile())
                .redirectErrorStream(true).start();
        String output = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(node.waitFor(120, TimeUnit.SECONDS)).as("forms check finished").isTrue();
        System.out.println(output);
        assertThat(node.exitValue()).as(output).isZero();
        assertThat(output).contains(" passed, 0 failed");
    }
}
