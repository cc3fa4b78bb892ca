package com.privacydesk.stafflanguage;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Tasklist, Cockpit and Admin offer the desk's languages: the project's config.js (served instead of Camunda's, from
 * META-INF/resources/webjars/camunda/app/{app}/scripts) lists en, de, pl, nl, fr, and each of pl, nl, fr has a locale
 * file whose keys are Camunda 7.24's own (en.json in the webjar) with their {{placeholders}} kept. Tasklist, where
 * the staff work, is complete; Cockpit and Admin translate their most used labels and fall back to English.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class WebappLocalesTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*(\\w+)\\s*}}");
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort int port;

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "cockpit", "admin"})
    void configOffersTheStaffLanguages_englishAsFallback(String app) throws Exception {
        HttpResponse<String> config = get("/camunda/app/" + app + "/scripts/config.js");

        assertThat(config.statusCode()).isEqualTo(200);
        assertThat(config.body()).contains("availableLocales: ['en', 'de', 'pl', 'nl', 'fr']", "fallbackLocale: 'en'");
    }

    @ParameterizedTest
    @CsvSource({"tasklist,pl,100", "tasklist,nl,100", "tasklist,fr,100", "cockpit,pl,40", "cockpit,nl,40",
            "cockpit,fr,40", "admin,pl,55", "admin,nl,55", "admin,fr,55"})
    void eachLanguageHasCamundasKeysWithTheirPlaceholders(String app, String language, int minimumPercent)
            throws Exception {
        JsonNode english = webjarLocale(app, "en");
        HttpResponse<String> response = get("/camunda/app/" + app + "/locales/" + language + ".json");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode locale = JSON.readTree(response.body());

        List<String> problems = new ArrayList<>();
        locale.get("labels").fields().forEachRemaining(label -> {
            JsonNode source = english.get("labels").get(label.getKey());
            if (source == null) {
                problems.add(label.getKey() + " is no label of Camunda's " + app);
            } else if (!placeholders(label.getValue().asText()).equals(placeholders(source.asText()))) {
                problems.add(label.getKey() + " lost or added a placeholder");
            }
        });
        assertThat(problems).isEmpty();
        assertThat(locale.get("dateLocales").get("months")).hasSize(12);
        int translated = locale.get("labels").size();
        int all = english.get("labels").size();
        System.out.printf("%s %s: %d of %d labels translated%n", app, language, translated, all);
        assertThat(translated * 100).isGreaterThanOrEqualTo(minimumPercent * all);
    }

    private JsonNode webjarLocale(String app, String language) throws IOException {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(
                "META-INF/resources/webjars/camunda/app/" + app + "/locales/" + language + ".json")) {
            assertThat(in).as("Camunda's " + language + ".json of " + app).isNotNull();
            return JSON.readTree(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
                    .replace("\uFEFF", ""));
        }
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new HashSet<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }
}
