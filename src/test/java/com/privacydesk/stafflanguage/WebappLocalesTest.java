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
import java.util.Map;
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
 * file with every one of Camunda 7.24's keys (en.json in the webjar), translated, with their {{placeholders}} and HTML
 * kept. A label equal to the English one is allowed only when the language writes it so (listed below).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class WebappLocalesTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*(\\w+)\\s*}}");
    // Real HTML only: Camunda also writes pseudo-tags such as <definition> as visible text, which are translated.
    private static final Pattern HTML_TAG =
            Pattern.compile("</?(?:a|b|i|em|strong|br|code|span|p|ul|ol|li|div|pre)\\b[^>]*>");
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
    @CsvSource({"tasklist,pl", "tasklist,nl", "tasklist,fr", "cockpit,pl", "cockpit,nl", "cockpit,fr", "admin,pl",
            "admin,nl", "admin,fr"})
    void eachLanguageTranslatesEveryCamundaLabel_keepingPlaceholdersAndHtml(String app, String language)
            throws Exception {
        JsonNode english = webjarLocale(app, "en").get("labels");
        HttpResponse<String> response = get("/camunda/app/" + app + "/locales/" + language + ".json");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode locale = JSON.readTree(response.body());
        JsonNode labels = locale.get("labels");

        List<String> problems = new ArrayList<>();
        english.fieldNames().forEachRemaining(key -> {
            if (!labels.has(key)) {
                problems.add(key + " is not translated");
            }
        });
        labels.fields().forEachRemaining(label -> {
            String key = label.getKey();
            String text = label.getValue().asText();
            JsonNode source = english.get(key);
            if (source == null) {
                problems.add(key + " is no label of Camunda's " + app);
            } else if (!placeholders(text).equals(placeholders(source.asText()))) {
                problems.add(key + " lost or added a placeholder");
            } else if (!tags(text).equals(tags(source.asText()))) {
                problems.add(key + " lost or added an HTML tag");
            } else if (text.equals(source.asText()) && !legitimatelyEnglish(language, text)) {
                problems.add(key + " is still English: " + text);
            }
        });
        assertThat(problems).isEmpty();
        assertThat(locale.get("dateLocales").get("months")).hasSize(12);
    }

    /** Labels that read the same in the language as in English: product names, symbols and the language's own words. */
    private static boolean legitimatelyEnglish(String language, String text) {
        String trimmed = text.strip();
        return trimmed.isEmpty() || SAME_IN_EVERY_LANGUAGE.contains(trimmed)
                || SAME_IN_LANGUAGE.get(language).contains(trimmed);
    }

    // Product names, operators, JSON/CSV and the Java type names Cockpit shows for variables.
    private static final Set<String> SAME_IN_EVERY_LANGUAGE = Set.of("Admin", "Camunda", "Camunda Cockpit", "Cockpit",
            "Tasklist", "Optimize", "OK", "ID", "ID*", "<null>", "<", "<=", ">", ">=", "CSV", "JSON", "Double",
            "Integer", "Long", "Short", "String");

    // Words each language writes as English does (Dutch IT usage keeps batch, job, tenant, deployment; "s" and
    // "instance" are the plural endings and nouns Camunda assembles, which are the same in Dutch and French).
    private static final Map<String, Set<String>> SAME_IN_LANGUAGE = Map.of(
            "pl", Set.of("Diagram", "Element", "Minimum:", "Operator", "Status", "System"),
            "nl", Set.of("Account", "Batch", "Batches", "batch", "Boolean", "case", "Cases", "Criteria", "Dashboard",
                    "Deployment", "Deployments", "Diagram", "Element", "Filter", "Filters", "Heatmap:", "Job", "Jobs",
                    "{{count}} jobs", "Label", "Mapping", "Maximum:", "Minimum:", "Operator", "Query", "Resource",
                    "Runtime", "s", "Scope", "Status", "Tenant", "Tenant: ID", "Tenants", "Topic", "Type",
                    "weekend"),
            "fr", Set.of("Action", "Actions", "Annotation", "Application", "Configuration", "Date", "Description",
                    "Documentation", "Exception", "Incident : ID", "Incidents", "Instance", "instance", "instances",
                    "instances.", "Job", "Jobs", "{{count}} jobs", "Mapping", "Message", "Migration", "Notification",
                    "Options", "s", "Source", "Total", "Type", "Types", "Variable", "Variable / {{variableName}}",
                    "Variables", "Version", "<version>"));

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

    private static List<String> tags(String text) {
        List<String> found = new ArrayList<>();
        Matcher matcher = HTML_TAG.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group());
        }
        return found;
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
