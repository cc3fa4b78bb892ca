package com.privacydesk.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.privacydesk.request.Channel;
import com.privacydesk.request.Language;
import com.privacydesk.request.RequestProcess;
import com.privacydesk.request.RequestRecord;
import com.privacydesk.request.RequestRepository;
import com.privacydesk.request.RequestVariables;
import com.privacydesk.request.Right;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The public web form in a real browser (Debian's chromium driven by playwright-core, tools/browser-walk/web-form.mjs)
 * at a phone's viewport, with JavaScript on and off: German validation messages with the typed values kept, then a
 * corrected submission that ends on the confirmation. Each filed case must be a WEB_FORM request with its process.
 * Screenshots go to target/screenshots/web-form-*.png.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class PublicWebFormBrowserTest {

    private static final Path WALK = Path.of("tools", "browser-walk");
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots").toAbsolutePath();
    private static final Pattern CASE = Pattern.compile("\\[web-form] CASE (js|nojs) (DSR-\\d{4}-\\d{6})");

    @LocalServerPort int port;
    @Autowired RequestRepository requests;
    @Autowired RuntimeService runtimeService;

    @Test
    void germanCustomerOnAPhone_correctsMistakes_andGetsACaseNumber_withAndWithoutJavaScript() throws Exception {
        assumeTrue(Files.isDirectory(WALK.resolve("node_modules")),
                "browser test skipped: run 'npm ci --ignore-scripts' in tools/browser-walk (CI does)");
        assumeTrue(Files.isExecutable(CHROMIUM), "browser test skipped: no /usr/bin/chromium (CI installs it)");
        clearOwnScreenshots();

        String output = run("node", "web-form.mjs", "http://localhost:" + port, SCREENSHOTS.toString());

        assertThat(output).contains("[web-form] PASSED");
        List<String> runs = new ArrayList<>();
        Matcher filed = CASE.matcher(output);
        while (filed.find()) {
            runs.add(filed.group(1));
            RequestRecord request = requests.get(filed.group(2));
            assertThat(request.channel()).isEqualTo(Channel.WEB_FORM);
            assertThat(request.language()).isEqualTo(Language.de);
            assertThat(request.rights()).containsExactly(Right.ERASURE);
            assertThat(request.message()).startsWith("<script>").endsWith("Kundenkonto.");
            assertThat(requests.informationGiven(filed.group(2)).orElseThrow().clause()).isEqualTo("WEB_FORM");
            ProcessInstance instance = runtimeService.createProcessInstanceQuery()
                    .processDefinitionKey(RequestProcess.KEY).processInstanceBusinessKey(filed.group(2)).singleResult();
            assertThat(instance).as("process of %s", filed.group(2)).isNotNull();
            assertThat(runtimeService.getVariable(instance.getId(), RequestVariables.CHANNEL)).isEqualTo("WEB_FORM");
        }
        assertThat(runs).containsExactly("js", "nojs");
        for (String run : runs) {
            for (String step : List.of("1-empty", "2-errors", "3-confirmation")) {
                assertThat(SCREENSHOTS.resolve("web-form-" + run + "-" + step + ".png")).isNotEmptyFile();
            }
        }
    }

    private static String run(String... command) throws IOException, InterruptedException {
        Process node = new ProcessBuilder(command).directory(WALK.toFile()).redirectErrorStream(true).start();
        StringBuilder output = new StringBuilder();
        try (BufferedReader lines = new BufferedReader(
                new InputStreamReader(node.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                System.out.println(line);
                output.append(line).append('\n');
            }
        }
        boolean finished = node.waitFor(5, TimeUnit.MINUTES);
        if (!finished) {
            node.destroyForcibly();
        }
        assertThat(finished).as("browser test finished").isTrue();
        assertThat(node.exitValue()).as(output.toString()).isZero();
        return output.toString();
    }

    /** Only this test's pictures: the people's walk keeps its own in the same folder. */
    private static void clearOwnScreenshots() throws IOException {
        Files.createDirectories(SCREENSHOTS);
        try (Stream<Path> old = Files.list(SCREENSHOTS)) {
            for (Path file : old.filter(p -> p.getFileName().toString().startsWith("web-form-")).toList()) {
                Files.delete(file);
            }
        }
    }
}
