package com.privacydesk.toolchain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every diagram in bpmn/ passes the rules Camunda Modeler applies to Camunda 7.24 diagrams (bpmnlint's recommended
 * rules and bpmnlint-plugin-camunda-compat, configured in .bpmnlintrc): no errors and no warnings. Needs Node.js and
 * tools/bpmn-lint's npm packages, which .ci/run installs.
 */
class BpmnLintTest {

    private static final Path LINT = Path.of("tools", "bpmn-lint");

    @Test
    void everyDiagramPassesCamundaModelersLint() throws IOException, InterruptedException {
        assumeTrue(Files.isDirectory(LINT.resolve("node_modules")),
                "bpmn lint skipped: run 'npm ci' in tools/bpmn-lint (CI does)");
        List<String> command = new ArrayList<>(List.of("node", "node_modules/bpmnlint/bin/bpmnlint.js",
                "--config", "../../.bpmnlintrc", "--max-warnings=0"));
        try (Stream<Path> diagrams = Files.list(Path.of("bpmn"))) {
            diagrams.filter(p -> p.toString().endsWith(".bpmn")).sorted()
                    .forEach(p -> command.add(Path.of("..", "..").resolve(p).toString()));
        }
        assertThat(command).as("diagrams found").hasSizeGreaterThan(5);
        Process node = new ProcessBuilder(command).directory(LINT.toFile()).redirectErrorStream(true).start();
        String output = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(node.waitFor(120, TimeUnit.SECONDS)).as("bpmnlint finished").isTrue();
        System.out.println("bpmnlint " + command.subList(5, command.size()) + ": "
                + (output.isBlank() ? "no problems" : output));
        assertThat(node.exitValue()).as(output).isZero();
        assertThat(output).doesNotContain("error", "warning");
    }
}
