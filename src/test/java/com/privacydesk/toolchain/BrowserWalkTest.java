package com.privacydesk.toolchain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import com.privacydesk.testsupport.ManualSearches;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The people's walk in a real browser (Debian's chromium driven by playwright-core, tools/browser-walk/walk.mjs)
 * against the dev profile with its demo users and requests: agent1 verifies an identity and answers in Tasklist,
 * opens the case file, the customer is dissatisfied, officer takes the case over, manager sees the timers in
 * Cockpit. The job executor runs, as in production, so the answer is sent and the case awaits the reaction.
 * Screenshots of each step go to target/screenshots.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:browserwalk;DB_CLOSE_DELAY=-1",
        "camunda.bpm.process-engine-name=" + BrowserWalkTest.ENGINE,
        "camunda.bpm.job-execution.enabled=true"})
@ActiveProfiles("dev")
class BrowserWalkTest {

    static final String ENGINE = "browserwalk";
    private static final Path WALK = Path.of("tools", "browser-walk");
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots").toAbsolutePath();

    @LocalServerPort int port;
    @Autowired ManagementService management;
    @Autowired TaskService taskService;

    @Test
    void agentOfficerAndManagerWalkThroughTasklistAndCockpit() throws IOException, InterruptedException {
        assumeTrue(Files.isDirectory(WALK.resolve("node_modules")),
                "browser walk skipped: run 'npm ci' in tools/browser-walk (CI does)");
        assumeTrue(Files.isExecutable(CHROMIUM), "browser walk skipped: no /usr/bin/chromium (CI installs it)");
        clearScreenshots();
        backOfficeSearchedTheManualSources();

        // The engine by name: other test contexts in this JVM register theirs as "default" in Camunda's static registry.
        Process node = new ProcessBuilder("node", "walk.mjs", "http://localhost:" + port, SCREENSHOTS.toString(), ENGINE)
                .directory(WALK.toFile()).redirectErrorStream(true).start();
        StringBuilder output = new StringBuilder();
        try (BufferedReader lines = new BufferedReader(
                new InputStreamReader(node.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                System.out.println(line);
                output.append(line).append('\n');
            }
        }
        boolean finished = node.waitFor(10, TimeUnit.MINUTES);
        if (!finished) {
            node.destroyForcibly();
        }
        assertThat(finished).as("browser walk finished").isTrue();
        assertThat(node.exitValue()).as(output.toString()).isZero();
        assertThat(output).contains("[walk] PASSED");
        try (Stream<Path> shots = Files.list(SCREENSHOTS)) {
            assertThat(shots.filter(p -> p.toString().endsWith(".png")).count()).as("screenshots").isGreaterThan(10);
        }
    }

    /**
     * The demo requests' "Search manual source" tasks belong to other groups' back-office work (spreadsheets, paper
     * files); they are done, as nothing found, before the agents' walk, once the job executor has brought every
     * demo request to its wait state.
     */
    private void backOfficeSearchedTheManualSources() throws InterruptedException {
        for (int i = 0; i < 120 && management.createJobQuery().processDefinitionKey("data-subject-request")
                .executable().count() > 0; i++) {
            Thread.sleep(500);
        }
        ManualSearches.nothingFound(taskService, null);
    }

    private static void clearScreenshots() throws IOException {
        Files.createDirectories(SCREENSHOTS);
        try (Stream<Path> old = Files.list(SCREENSHOTS)) {
            // Only the walk's own numbered pictures: the web form's browser test keeps its own in the same folder.
            for (Path file : old.filter(p -> p.getFileName().toString().matches("\\d\\d-.*\\.png")).toList()) {
                Files.delete(file);
            }
        }
    }
}
