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
import com.privacydesk.testsupport.NodeScripts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
        // Only this test's pictures: the people's walk keeps its own in the same folder.
        NodeScripts.clearScreenshots(SCREENSHOTS, name -> name.startsWith("web-form-"));

        String output = NodeScripts.run(WALK, Duration.ofMinutes(5), "node", "web-form.mjs", "http://localhost:" + port,
                SCREENSHOTS.toString());

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
}
