package com.privacydesk.toolchain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import com.privacydesk.testsupport.ManualSearches;
import com.privacydesk.testsupport.NodeScripts;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The people's walk in a real browser (Debian's chromium driven by playwright-core, tools/browser-walk/walk.mjs)
 * against the dev profile with its demo users and requests, on a desk whose staff language is Polish: agent1's first
 * screen is the agents' queue with the demo requests, under Polish filter names and Tasklist labels; agent1 verifies
 * an identity in the Polish form and answers in Tasklist,
 * opens the case file, the customer is dissatisfied, officer takes the case over, manager sees the timers in
 * Cockpit. The job executor runs, as in production, so the answer is sent and the case awaits the reaction.
 * Screenshots of each step go to target/screenshots.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:browserwalk;DB_CLOSE_DELAY=-1",
        "camunda.bpm.process-engine-name=" + BrowserWalkTest.ENGINE,
        "camunda.bpm.job-execution.enabled=true",
        // The walk runs a Polish desk: filters, task names, forms and case file in Polish, agent1's browser in Polish.
        "privacy-desk.staff-language=" + BrowserWalkTest.LANGUAGE})
@ActiveProfiles("dev")
class BrowserWalkTest {

    static final String ENGINE = "browserwalk";
    static final String LANGUAGE = "pl";
    private static final Path WALK = Path.of("tools", "browser-walk");
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots").toAbsolutePath();

    @LocalServerPort int port;
    @Autowired ManagementService management;
    @Autowired TaskService taskService;

    @Test
    void agentOfficerAndManagerWalkThroughTasklistAndCockpit() throws Exception {
        assumeTrue(Files.isDirectory(WALK.resolve("node_modules")),
                "browser walk skipped: run 'npm ci' in tools/browser-walk (CI does)");
        assumeTrue(Files.isExecutable(CHROMIUM), "browser walk skipped: no /usr/bin/chromium (CI installs it)");
        // Only the walk's own numbered pictures: the web form's browser test keeps its own in the same folder.
        NodeScripts.clearScreenshots(SCREENSHOTS, name -> name.matches("\\d\\d-.*\\.png"));
        backOfficeSearchedTheManualSources();

        // The engine by name: other test contexts in this JVM register theirs as "default" in Camunda's static registry.
        String output = NodeScripts.run(WALK, Duration.ofMinutes(10), "node", "walk.mjs", "http://localhost:" + port,
                SCREENSHOTS.toString(), ENGINE, LANGUAGE);
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
}
