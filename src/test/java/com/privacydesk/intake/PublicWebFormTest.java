package com.privacydesk.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.privacydesk.information.ClauseChannel;
import com.privacydesk.information.InformationClauses;
import com.privacydesk.request.Channel;
import com.privacydesk.request.InformationGiven;
import com.privacydesk.request.Language;
import com.privacydesk.request.RequestProcess;
import com.privacydesk.request.RequestRecord;
import com.privacydesk.request.RequestRepository;
import com.privacydesk.request.RequestVariables;
import com.privacydesk.request.Right;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.util.HtmlUtils;

/**
 * The public web form over real HTTP, as a browser without JavaScript uses it: a session cookie, the hidden tokens,
 * form posts, redirects followed by hand.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class PublicWebFormTest {

    private static final String SCRIPT = "<script>alert('x')</script>";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern FORM_TOKEN = Pattern.compile("name=\"formToken\" value=\"([^\"]+)\"");
    private static final Pattern CASE_NUMBER = Pattern.compile("id=\"case-number\">(DSR-\\d{4}-\\d{6})<");
    private static final Pattern DEADLINE = Pattern.compile("id=\"deadline\">([^<]+)<");

    @LocalServerPort int port;
    @Autowired InformationClauses clauses;
    @Autowired RequestRepository requests;
    @Autowired RuntimeService runtimeService;
    @Autowired JdbcTemplate jdbc;

    private HttpClient browser;

    @BeforeEach
    void newBrowser() {
        browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @Test
    void form_inGerman_showsRightsFieldsAndTheWebFormClauseWithItsPolicyLink() throws Exception {
        HttpResponse<String> page = get("/privacy-request?lang=de");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow()).contains("form-action 'self'");
        assertThat(page.body()).contains("<html lang=\"de\">", "Ihr Antrag zum Datenschutz",
                "um bis zu zwei Monate verlängern", "Eine Frage oder Beschwerde",
                "href=\"/privacy-request?lang=fr\" hreflang=\"fr\"",
                "value=\"ERASURE\"", "Löschung meiner Daten", "name=\"customerNumber\"",
                "name=\"viewport\"").doesNotContain("<script");
        var clause = clauses.clause(ClauseChannel.WEB_FORM, Language.de);
        assertThat(page.body()).contains(HtmlUtils.htmlEscape(clause.text(), "UTF-8"),
                "href=\"" + clause.fullPolicyUrl() + "\"", "data-version=\"" + clause.version() + "\"");
        // The clause stands under the form.
        assertThat(page.body().indexOf("information-clause")).isGreaterThan(page.body().indexOf("</form>"));
    }

    @Test
    void languageFollowsTheBrowser_withoutLang_andEnglishOtherwise() throws Exception {
        HttpRequest polish = HttpRequest.newBuilder(uri("/privacy-request"))
                .header("Accept-Language", "it-IT, pl;q=0.8").build();
        assertThat(browser.send(polish, HttpResponse.BodyHandlers.ofString()).body())
                .contains("<html lang=\"pl\">", "Wyślij żądanie");
        assertThat(get("/privacy-request?lang=xx").body()).contains("<html lang=\"en\">", "Send request");
    }

    @Test
    void errorsInGerman_keepEverythingTyped_escaped() throws Exception {
        get("/privacy-request?lang=de");
        HttpResponse<String> page = submit("de", Map.of("message", SCRIPT + " Bitte löschen.",
                "name", "Erika \"<b>\" Mustermann", "email", "erika@@example", "phone", "030 1234"));

        assertThat(page.statusCode()).isEqualTo(422);
        assertThat(page.body()).contains("Bitte korrigieren Sie die markierten Felder",
                "Bitte wählen Sie mindestens einen Punkt aus.",
                "Bitte geben Sie eine gültige E-Mail-Adresse ein")
                .doesNotContain(SCRIPT, "<b>")
                .contains(HtmlUtils.htmlEscape(SCRIPT, "UTF-8") + " Bitte löschen.</textarea>",
                        "value=\"Erika &quot;&lt;b&gt;&quot; Mustermann\"", "value=\"erika@@example\"",
                        "value=\"030 1234\"");
        assertThat(page.body()).contains("name=\"_csrf\"", "name=\"formToken\"");
    }

    @Test
    void errorsInPolish_namesTheMissingContactAndTheTooLongName_keepsTheChosenRights() throws Exception {
        get("/privacy-request?lang=pl");
        HttpResponse<String> page = submit("pl", Map.of("rights", "ACCESS", "name", "N".repeat(201),
                "message", "Proszę o kopię danych."));

        assertThat(page.statusCode()).isEqualTo(422);
        assertThat(page.body()).contains("Prosimy poprawić zaznaczone pola",
                "Prosimy podać co najmniej adres e-mail, numer telefonu lub numer klienta",
                "Najwyżej 200 znaków.", "value=\"ACCESS\" checked", "Proszę o kopię danych.</textarea>")
                .doesNotContain("value=\"ERASURE\" checked");
    }

    @Test
    void postWithoutAValidToken_403_explains_filesNothing() throws Exception {
        long before = count();
        get("/privacy-request?lang=nl");
        String valid = "rights=ACCESS&email=" + enc("forged@example.org");

        HttpResponse<String> noToken = post("/privacy-request?lang=nl", valid);
        HttpResponse<String> wrongToken = post("/privacy-request?lang=nl", valid + "&_csrf=guess&formToken=a.1.b");
        HttpClient otherBrowser = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<String> noSession = otherBrowser.send(HttpRequest.newBuilder(uri("/privacy-request?lang=nl"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(valid + "&_csrf=x&formToken=y")).build(),
                HttpResponse.BodyHandlers.ofString());

        for (HttpResponse<String> refused : List.of(noToken, wrongToken, noSession)) {
            assertThat(refused.statusCode()).isEqualTo(403);
            assertThat(refused.body()).contains("Het formulier kon niet worden verzonden", "Er is niets verzonden",
                    "href=\"/privacy-request?lang=nl\"").doesNotContain("forged@example.org", "guess");
        }
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void validSubmission_redirectsToTheConfirmation_withCaseNumberAndGermanDeadline_intoTheProcess() throws Exception {
        Instant shown = Instant.now();
        String form = get("/privacy-request?lang=de").body();
        String body = fields(form, Map.of("rights", "ERASURE", "message", "Bitte löschen Sie mein Konto.",
                "name", "Erika Mustermann", "email", "erika.webform@example.de", "customerNumber", ""));
        body += "&rights=RESTRICTION";

        HttpResponse<String> sent = post("/privacy-request?lang=de", body);
        assertThat(sent.statusCode()).isEqualTo(303);
        assertThat(sent.headers().firstValue("Location").orElseThrow())
                .endsWith("/privacy-request/confirmation?lang=de");
        HttpResponse<String> confirmation = get("/privacy-request/confirmation?lang=de");
        assertThat(confirmation.statusCode()).isEqualTo(200);
        assertThat(confirmation.body()).contains("Ihr Antrag ist bei uns eingegangen", "Vorgangsnummer",
                "um bis zu zwei Monate verlängern");
        String caseNumber = match(CASE_NUMBER, confirmation.body());

        RequestRecord request = requests.get(caseNumber);
        assertThat(request.channel()).isEqualTo(Channel.WEB_FORM);
        assertThat(request.language()).isEqualTo(Language.de);
        assertThat(request.rights()).containsExactly(Right.ERASURE, Right.RESTRICTION);
        assertThat(request.requester().email()).isEqualTo("erika.webform@example.de");
        assertThat(request.requester().customerNumber()).isNull();
        assertThat(match(DEADLINE, confirmation.body())).isEqualTo(
                DateTimeFormatter.ofPattern("d. MMMM yyyy", Locale.GERMAN).format(request.deadline()));
        ProcessInstance instance = runtimeService.createProcessInstanceQuery()
                .processDefinitionKey(RequestProcess.KEY).processInstanceBusinessKey(caseNumber).singleResult();
        assertThat(instance).isNotNull();
        assertThat(runtimeService.getVariable(instance.getId(), RequestVariables.CHANNEL)).isEqualTo("WEB_FORM");
        // The clause under the form, given when the form was shown.
        InformationGiven information = requests.informationGiven(caseNumber).orElseThrow();
        assertThat(information.clause()).isEqualTo("WEB_FORM");
        assertThat(information.version()).isEqualTo(clauses.clause(ClauseChannel.WEB_FORM, Language.de).version());
        assertThat(information.givenAt()).isBetween(shown.minusSeconds(1), request.receivedAt());

        // A reload of the confirmation shows it again; a new visitor has none and gets the form.
        assertThat(get("/privacy-request/confirmation?lang=de").body()).contains(caseNumber);
        newBrowser();
        assertThat(get("/privacy-request/confirmation?lang=de").statusCode()).isEqualTo(303);
    }

    /** Belgium is served in French: the form, its errors and the confirmation, and a French case. */
    @Test
    void inFrench_theFormFilesAFrenchRequest_andConfirmsWithTheDeadlineAndThePossibleExtension() throws Exception {
        String form = get("/privacy-request?lang=fr").body();
        assertThat(form).contains("<html lang=\"fr\">", "Que demandez-vous ?",
                "Une question ou une réclamation sur l&#39;utilisation de mes données", "prolongé de deux mois");
        HttpResponse<String> invalid = submit("fr", Map.of("rights", "QUESTION", "email", "pas-une-adresse"));
        assertThat(invalid.statusCode()).isEqualTo(422);
        assertThat(invalid.body()).contains("Veuillez corriger les champs signalés",
                "Saisissez une adresse électronique valable");

        String body = fields(invalid.body(), Map.of("rights", "QUESTION", "message", "Pourquoi m'envoyez-vous ces offres ?",
                "name", "Léa Dubois", "email", "lea.dubois@example.be"));
        assertThat(post("/privacy-request?lang=fr", body).statusCode()).isEqualTo(303);
        String confirmation = get("/privacy-request/confirmation?lang=fr").body();
        assertThat(confirmation).contains("Votre demande a bien été reçue", "Numéro de dossier",
                "prolongé de deux mois au maximum");

        RequestRecord request = requests.get(match(CASE_NUMBER, confirmation));
        assertThat(request.language()).isEqualTo(Language.fr);
        assertThat(request.rights()).containsExactly(Right.QUESTION);
        assertThat(match(DEADLINE, confirmation)).isEqualTo(
                DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRENCH).format(request.deadline()));
    }

    @Test
    void doubleClick_filesOneCase() throws Exception {
        String form = get("/privacy-request?lang=en").body();
        String body = fields(form, Map.of("rights", "ACCESS", "email", "double.click@example.org"));
        long before = count();

        assertThat(post("/privacy-request?lang=en", body).statusCode()).isEqualTo(303);
        String first = match(CASE_NUMBER, get("/privacy-request/confirmation?lang=en").body());
        assertThat(post("/privacy-request?lang=en", body).statusCode()).isEqualTo(303);
        String second = match(CASE_NUMBER, get("/privacy-request/confirmation?lang=en").body());

        assertThat(second).isEqualTo(first);
        assertThat(count()).isEqualTo(before + 1);

        // Back, changed, sent again with the old form: not silently merged, nothing lost, asked to send knowingly.
        HttpResponse<String> changed = post("/privacy-request?lang=en",
                body.replace("double.click", "changed.mind"));
        assertThat(changed.statusCode()).isEqualTo(409);
        assertThat(changed.body()).contains("This form had already been sent", "value=\"changed.mind@example.org\"");
        assertThat(post("/privacy-request?lang=en", fields(changed.body(),
                Map.of("rights", "ACCESS", "email", "changed.mind@example.org"))).statusCode()).isEqualTo(303);
        assertThat(match(CASE_NUMBER, get("/privacy-request/confirmation?lang=en").body())).isNotEqualTo(first);
    }

    @Test
    void tooManySubmissionsFromOneAddress_429_withAReadablePage() throws Exception {
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 61; i++) {
            statuses.add(postFrom("203.0.113.61").statusCode());
        }
        assertThat(statuses.subList(0, 60)).containsOnly(403); // no token: refused, but counted
        HttpResponse<String> limited = postFrom("203.0.113.61");
        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(limited.headers().firstValue("Retry-After")).contains("60");
        assertThat(limited.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(limited.body()).contains("Too many requests", "zu viele Anfragen", "zbyt wiele", "Trop de demandes");
        assertThat(postFrom("203.0.113.62").statusCode()).isEqualTo(403);
        // Showing the form is not limited.
        HttpRequest show = HttpRequest.newBuilder(uri("/privacy-request")).header("X-Forwarded-For", "203.0.113.61")
                .build();
        assertThat(browser.send(show, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
    }

    private HttpResponse<String> postFrom(String address) throws Exception {
        return browser.send(HttpRequest.newBuilder(uri("/privacy-request"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("X-Forwarded-For", address)
                .POST(HttpRequest.BodyPublishers.ofString("rights=ACCESS")).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> submit(String lang, Map<String, String> values) throws Exception {
        String form = get("/privacy-request?lang=" + lang).body();
        return post("/privacy-request?lang=" + lang, fields(form, values));
    }

    /** The form's hidden tokens plus the given fields, url-encoded as a browser sends them. */
    private static String fields(String form, Map<String, String> values) {
        String typed = values.entrySet().stream().map(e -> e.getKey() + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        return "_csrf=" + enc(match(CSRF, form)) + "&formToken=" + enc(match(FORM_TOKEN, form)) + "&" + typed;
    }

    private HttpResponse<String> get(String path) throws Exception {
        return browser.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String body) throws Exception {
        return browser.send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private long count() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM dsr_request", Long.class);
    }

    private static String match(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        assertThat(matcher.find()).as("%s in %s", pattern, text.length() > 600 ? text.substring(0, 600) : text)
                .isTrue();
        return HtmlUtils.htmlUnescape(matcher.group(1));
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
