package com.privacydesk.security;

import com.privacydesk.testsupport.LetterPreviewPage;
import com.privacydesk.testsupport.ProvenIntake;
import static com.privacydesk.testsupport.ProcessTestSupport.executeDueJobs;
import static com.privacydesk.testsupport.ProcessTestSupport.now;
import static com.privacydesk.testsupport.ProcessTestSupport.setClock;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.privacydesk.correspondence.LetterDelivery;
import com.privacydesk.intake.IntakeService;
import com.privacydesk.intake.NewRequest;
import com.privacydesk.packages.PackageKind;
import com.privacydesk.packages.PackageStore;
import com.privacydesk.packages.StoredPackage;
import com.privacydesk.request.Channel;
import com.privacydesk.request.Language;
import com.privacydesk.request.RequestProcess;
import com.privacydesk.request.RequestRepository;
import com.privacydesk.request.RequestVariables;
import com.privacydesk.request.Right;
import com.privacydesk.testsupport.ManualSearches;
import com.privacydesk.testsupport.TestCustomers;
import com.privacydesk.testsupport.TestStaff;
import com.privacydesk.testsupport.WebappLogin;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * The answer's packages over HTTP on a real port: the requester's expiring link from the e-mailed letter, staff
 * access per case, the download log in the managers' audit, and the purge.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ExtendWith(OutputCaptureExtension.class)
class PackageDownloadTest {

    /** The link as the letter prints it: the configured public address (the default in tests), then the token. */
    private static final Pattern LINK = Pattern.compile("(\\S+-(access-package\\.(?:json|html)|portability-package\\.zip)): "
            + "http://localhost:8080/download/([A-Za-z0-9_-]{43})");

    @LocalServerPort int port;
    @Autowired TestRestTemplate http;
    @Autowired ObjectMapper json;
    @Autowired TestStaff staff;
    @Autowired TestCustomers customers;
    @Autowired IntakeService intake;
    @Autowired RequestRepository requests;
    @Autowired TaskService taskService;
    @Autowired RuntimeService runtimeService;
    @Autowired ManagementService management;
    @Autowired PackageStore store;
    @Autowired JdbcTemplate jdbc;
    @Autowired CasePurge purge;
    @Autowired SecurityProperties limits;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void requesterLink_fromTheLetter_servesTheStoredPackage_isLogged_thenExpires(CapturedOutput output)
            throws Exception {
        TestCustomers.Customer customer = customers.create();
        String caseNumber = answered(customer, List.of(Right.ACCESS, Right.PORTABILITY));
        Map<String, String> links = linksInLetter(caseNumber, "answer");

        assertThat(links.keySet()).containsExactly(caseNumber + "-access-package.html",
                caseNumber + "-access-package.json", caseNumber + "-portability-package.zip");
        assertThat(links.values()).doesNotHaveDuplicates();
        String htmlToken = links.get(caseNumber + "-access-package.html");
        // The letter's record keeps the placeholder; the database holds the token's hash only.
        String recorded = jdbc.queryForObject("SELECT body FROM correspondence WHERE case_number = ? AND kind = 'ANSWER'",
                String.class, caseNumber);
        assertThat(recorded).contains("/download/[download-link:ACCESS_HTML]").doesNotContain(htmlToken);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM package_link WHERE token_hash = ?", Integer.class,
                htmlToken)).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM package_link WHERE token_hash = ?", Integer.class,
                sha256(htmlToken.getBytes(StandardCharsets.US_ASCII)))).isOne();

        ResponseEntity<byte[]> download = getFrom("198.51.100.23", "/download/" + htmlToken);

        StoredPackage stored = store.find(caseNumber, 1, PackageKind.ACCESS_HTML).orElseThrow();
        assertThat(download.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(download.getBody()).isEqualTo(stored.content());
        assertThat(download.getHeaders().getFirst("X-Content-SHA256")).isEqualTo(sha256(download.getBody()))
                .isEqualTo(stored.sha256());
        assertThat(download.getHeaders().getCacheControl()).contains("no-store");
        assertThat(download.getHeaders().getContentDisposition().isAttachment()).isTrue();
        assertThat(download.getHeaders().getContentDisposition().getFilename()).isEqualTo(stored.fileName());
        assertThat(download.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(download.getHeaders().getFirst("Referrer-Policy")).isEqualTo("no-referrer");
        ResponseEntity<byte[]> zip = getFrom("198.51.100.23", "/download/"
                + links.get(caseNumber + "-portability-package.zip"));
        assertThat(zip.getBody()).isEqualTo(store.find(caseNumber, 1, PackageKind.PORTABILITY_ZIP).orElseThrow().content());

        String manager = staff.member("dlmanager", RequestProcess.GROUP_MANAGERS);
        JsonNode audit = audit(manager, caseNumber);
        List<String> downloads = new ArrayList<>();
        audit.get("downloads").forEach(d -> downloads.add(d.get("via").asText() + " " + d.get("by").asText() + " "
                + d.get("kind").asText() + " " + d.get("round").asInt() + " " + d.get("clientNetwork").asText()));
        assertThat(downloads).containsExactly("LINK requester link ACCESS_HTML 1 198.51.100.0/24",
                "LINK requester link PORTABILITY_ZIP 1 198.51.100.0/24");
        assertThat(audit.get("downloadLinks")).hasSize(3);
        assertThat(audit.toString()).doesNotContain(htmlToken).doesNotContain("198.51.100.23")
                .doesNotContain(customer.email()).doesNotContain(sha256(htmlToken.getBytes(StandardCharsets.US_ASCII)));

        // The link works to the end of the day the letter names, 30 days on, and not after.
        Instant written = now();
        setClock(written.plus(Duration.ofDays(29)));
        assertThat(getFrom("198.51.100.23", "/download/" + htmlToken).getStatusCode()).isEqualTo(HttpStatus.OK);
        setClock(written.plus(Duration.ofDays(31)));
        ResponseEntity<byte[]> expired = getFrom("198.51.100.23", "/download/" + htmlToken);
        assertThat(expired.getStatusCode()).isEqualTo(HttpStatus.GONE);
        assertThat(new String(expired.getBody(), StandardCharsets.UTF_8)).contains("no longer valid")
                .doesNotContain(caseNumber);
        assertThat(expired.getHeaders().getFirst("Content-Security-Policy")).isNotNull();

        assertThat(output.getAll()).doesNotContain(htmlToken).doesNotContain(customer.email())
                .doesNotContain("198.51.100.23");
    }

    @Test
    void wrongOrAlteredTokens_404WithAPageThatNamesNothing_andGuessingIsRateLimited() throws Exception {
        String caseNumber = answered(customers.create(), List.of(Right.ACCESS));
        String token = linksInLetter(caseNumber, "answer").get(caseNumber + "-access-package.json");
        String altered = token.substring(0, 42) + (token.charAt(42) == 'A' ? 'B' : 'A');
        String random = "Zq3" + "x".repeat(40);

        for (String wrong : List.of(altered, random, "short", token + "A", token.toUpperCase())) {
            ResponseEntity<byte[]> response = getFrom("192.0.2.41", "/download/" + wrong);
            assertThat(response.getStatusCode()).as(wrong).isEqualTo(HttpStatus.NOT_FOUND);
            assertThat(new String(response.getBody(), StandardCharsets.UTF_8)).contains("not valid")
                    .doesNotContain(caseNumber).doesNotContain("DSR-");
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM package_download WHERE case_number = ?", Integer.class,
                caseNumber)).isZero();

        // One client address may try a bounded number of links per minute; another address is not affected.
        List<HttpStatus> statuses = new ArrayList<>();
        for (int i = 0; i <= limits.downloadsPerMinute(); i++) {
            statuses.add(HttpStatus.valueOf(getFrom("192.0.2.99", "/download/" + random).getStatusCode().value()));
        }
        assertThat(statuses.subList(0, limits.downloadsPerMinute())).containsOnly(HttpStatus.NOT_FOUND);
        assertThat(statuses).endsWith(HttpStatus.TOO_MANY_REQUESTS);
        assertThat(getFrom("192.0.2.99", "/download/" + token).getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        assertThat(getFrom("192.0.2.100", "/download/" + token).getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void staffDownload_onlyForStaffWithAccessToTheCase_logged_andOfficersAfterTakeover() throws Exception {
        String agent = staff.member("dlagent", RequestProcess.GROUP_AGENTS);
        String manager = staff.member("dlmanager2", RequestProcess.GROUP_MANAGERS);
        String officer = staff.member("dlofficer", RequestProcess.GROUP_OFFICERS);
        String otherOfficer = staff.member("dlofficer2", RequestProcess.GROUP_OFFICERS);
        String outsider = staff.member("dloutsider", "canteen");
        String admin = staff.member("dladmin", "camunda-admin");
        String caseNumber = answered(customers.create(), List.of(Right.ACCESS));
        String firstRoundToken = linksInLetter(caseNumber, "answer").get(caseNumber + "-access-package.json");
        String packagePath = "/cases/" + caseNumber + "/packages/1/ACCESS_JSON";

        assertThat(http.getForEntity(packagePath, byte[].class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(status(outsider, packagePath)).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(status(admin, packagePath)).as("administers, does not handle cases").isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(status(officer, packagePath)).as("not consulted").isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(status(officer, "/cases/" + caseNumber)).isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<byte[]> asAgent = http.withBasicAuth(agent, TestStaff.PASSWORD).getForEntity(packagePath, byte[].class);
        assertThat(asAgent.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(asAgent.getBody()).isEqualTo(store.find(caseNumber, 1, PackageKind.ACCESS_JSON).orElseThrow().content());
        assertThat(asAgent.getHeaders().getCacheControl()).contains("no-store");
        assertThat(new WebappLogin(port).login(agent, TestStaff.PASSWORD).get(packagePath).statusCode()).isEqualTo(200);
        assertThat(status(manager, packagePath)).isEqualTo(HttpStatus.OK);

        // Consulted: the open consultation is offered to every officer.
        intake.dissatisfied(caseNumber, "Not enough.");
        String instance = requests.get(caseNumber).processInstanceId();
        assertThat(status(otherOfficer, packagePath)).isEqualTo(HttpStatus.OK);
        String consult = taskService.createTaskQuery().processInstanceId(instance)
                .taskDefinitionKey(RequestProcess.CONSULT_OFFICER).singleResult().getId();
        taskService.claim(consult, officer);
        taskService.complete(consult, Map.of(RequestVariables.OFFICER_ACTION, "TAKE_OVER"));
        executeDueJobs(management, instance);

        // Taken over: the officer's case now; the agents' group and the other officers no longer see it.
        assertThat(status(officer, packagePath)).isEqualTo(HttpStatus.OK);
        assertThat(status(officer, "/cases/" + caseNumber)).isEqualTo(HttpStatus.OK);
        assertThat(status(otherOfficer, packagePath)).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(status(agent, packagePath)).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(status(agent, "/cases/" + caseNumber)).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(status(manager, packagePath)).isEqualTo(HttpStatus.OK);

        List<String> downloads = new ArrayList<>();
        audit(manager, caseNumber).get("downloads").forEach(d -> downloads.add(d.get("via").asText() + " "
                + d.get("by").asText()));
        assertThat(downloads).containsExactly("STAFF " + agent, "STAFF " + agent, "STAFF " + manager,
                "STAFF " + otherOfficer, "STAFF " + officer, "STAFF " + manager);
        assertThat(http.withBasicAuth(agent, TestStaff.PASSWORD)
                .getForEntity("/api/requests/" + caseNumber + "/audit", String.class).getStatusCode())
                .as("the audit is the managers'").isEqualTo(HttpStatus.FORBIDDEN);

        // The further answer's new links replace the first round's.
        taskService.complete(taskService.createTaskQuery().processInstanceId(instance)
                .taskDefinitionKey(RequestProcess.PREPARE_ANSWER).singleResult().getId(),
                Map.of(RequestVariables.DECISION, "FULFIL", RequestVariables.EXPLANATION, "Here is all of it again."));
        executeDueJobs(management, instance);
        deliverLetters(caseNumber);
        String secondRoundToken = linksInLetter(caseNumber, "further_answer").get(caseNumber + "-access-package.json");

        assertThat(getFrom("192.0.2.150", "/download/" + firstRoundToken).getStatusCode()).isEqualTo(HttpStatus.GONE);
        ResponseEntity<byte[]> second = getFrom("192.0.2.150", "/download/" + secondRoundToken);
        assertThat(second.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(second.getBody()).isEqualTo(store.find(caseNumber, 2, PackageKind.ACCESS_JSON).orElseThrow().content());
    }

    @Test
    void erasureInALaterCase_revokesTheLinksOfTheCustomersEarlierCase() throws Exception {
        TestCustomers.Customer customer = customers.create();
        String accessCase = answered(customer, List.of(Right.ACCESS));
        String token = linksInLetter(accessCase, "answer").get(accessCase + "-access-package.json");
        assertThat(getFrom("192.0.2.160", "/download/" + token).getStatusCode()).isEqualTo(HttpStatus.OK);

        String erasureCase = answered(customer, List.of(Right.ERASURE));

        assertThat(getFrom("192.0.2.160", "/download/" + token).getStatusCode()).isEqualTo(HttpStatus.GONE);
        assertThat(jdbc.queryForObject("SELECT revoked_reason FROM package_link WHERE case_number = ? AND kind = 'ACCESS_JSON'",
                String.class, accessCase)).isEqualTo("ERASED");
        // The managers' audit shows both: the erasure's data changes, and the revoked link of the earlier case.
        String manager = staff.member("dlmanager3", RequestProcess.GROUP_MANAGERS);
        List<String> changes = new ArrayList<>();
        audit(manager, erasureCase).get("dataChanges").forEach(c -> changes.add(c.get("kind").asText()));
        assertThat(changes).contains("ERASURE_DELETE");
        JsonNode links = audit(manager, accessCase).get("downloadLinks");
        assertThat(links).isNotEmpty().allSatisfy(link -> assertThat(link.get("revokedReason").asText()).isEqualTo("ERASED"));
    }

    @Test
    void auditShowsARectification_withTheFieldsChanged_notTheValues() throws Exception {
        TestCustomers.Customer customer = customers.create();
        String caseNumber = answered(customer, List.of(Right.RECTIFICATION), Map.of("correctedCity", "Gdańsk-Oliwa"));
        String manager = staff.member("dlmanager4", RequestProcess.GROUP_MANAGERS);

        JsonNode audit = audit(manager, caseNumber);

        List<String> changes = new ArrayList<>();
        audit.get("dataChanges").forEach(c -> changes.add(c.get("kind").asText() + " " + c.get("table").asText()));
        assertThat(changes).contains("RECTIFICATION customer");
        assertThat(audit.toString()).doesNotContain("Gdańsk-Oliwa").doesNotContain(customer.email());
        assertThat(audit.get("downloadLinks")).as("no files to link").isEmpty();
    }

    @Test
    void purgeOfAClosedCase_removesItsLinksAndDownloadLog() throws Exception {
        Instant start = Instant.parse("2026-03-02T09:00:00Z");
        setClock(start);
        String caseNumber = answered(customers.create(), List.of(Right.ACCESS));
        String token = linksInLetter(caseNumber, "answer").get(caseNumber + "-access-package.html");
        assertThat(getFrom("192.0.2.170", "/download/" + token).getStatusCode()).isEqualTo(HttpStatus.OK);
        setClock(start.plus(Duration.ofDays(15)));
        executeDueJobs(management, requests.get(caseNumber).processInstanceId());
        assertThat(requests.get(caseNumber).closedAt()).isNotNull();

        setClock(start.plus(Duration.ofDays(3 * 365 + 30)));
        purge.purge();

        assertThat(requests.find(caseNumber)).isEmpty();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM package_link WHERE case_number = ?", Integer.class,
                caseNumber)).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM package_download WHERE case_number = ?", Integer.class,
                caseNumber)).isZero();
        assertThat(getFrom("192.0.2.170", "/download/" + token).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void letterPreview_showsTheDownloadSection_exactlyAsTheAnswerIsRecorded() throws Exception {
        String agent = staff.member("dlagent2", RequestProcess.GROUP_AGENTS);
        TestCustomers.Customer customer = customers.create();
        String caseNumber = ProvenIntake.receive(intake, new NewRequest(Channel.EMAIL, List.of(Right.ACCESS, Right.PORTABILITY),
                new NewRequest.Requester("Preview Links", customer.email(), null, null), "x", Language.de, null))
                .caseNumber();
        String instance = requests.get(caseNumber).processInstanceId();
        executeDueJobs(management, instance);
        ManualSearches.nothingFound(taskService, instance);

        ResponseEntity<String> preview = http.withBasicAuth(agent, TestStaff.PASSWORD)
                .getForEntity("/cases/" + caseNumber + "/letter-preview?decision=FULFIL", String.class);
        taskService.complete(taskService.createTaskQuery().processInstanceId(instance)
                .taskDefinitionKey(RequestProcess.PREPARE_ANSWER).singleResult().getId(), Map.of("decision", "FULFIL"));
        executeDueJobs(management, instance);

        assertThat(preview.getStatusCode()).isEqualTo(HttpStatus.OK);
        String letter = LetterPreviewPage.letter(preview.getBody());
        assertThat(letter).contains("Ihre Daten zum Herunterladen",
                caseNumber + "-access-package.json: http://localhost:8080/download/[download-link:ACCESS_JSON]",
                caseNumber + "-portability-package.zip: http://localhost:8080/download/[download-link:PORTABILITY_ZIP]");
        String recorded = jdbc.queryForObject("SELECT body FROM correspondence WHERE case_number = ? AND kind = 'ANSWER'",
                String.class, caseNumber);
        assertThat(letter).endsWith(recorded);
    }

    /** A request by e-mail from the customer, fulfilled, its letters delivered to the file box. */
    private String answered(TestCustomers.Customer customer, List<Right> rights) {
        return answered(customer, rights, Map.of());
    }

    private String answered(TestCustomers.Customer customer, List<Right> rights, Map<String, Object> answer) {
        String caseNumber = ProvenIntake.receive(intake, new NewRequest(Channel.EMAIL, rights,
                new NewRequest.Requester("Link Reader", customer.email(), null, null), "x", Language.en, null))
                .caseNumber();
        String instance = requests.get(caseNumber).processInstanceId();
        executeDueJobs(management, instance);
        ManualSearches.nothingFound(taskService, instance);
        taskService.complete(taskService.createTaskQuery().processInstanceId(instance)
                .taskDefinitionKey(RequestProcess.PREPARE_ANSWER).singleResult().getId(), with(answer, "decision", "FULFIL"));
        executeDueJobs(management, instance);
        deliverLetters(caseNumber);
        return caseNumber;
    }

    private static Map<String, Object> with(Map<String, Object> values, String name, Object value) {
        Map<String, Object> all = new LinkedHashMap<>(values);
        all.put(name, value);
        return all;
    }

    private void deliverLetters(String caseNumber) {
        runtimeService.createProcessInstanceQuery().processDefinitionKey(LetterDelivery.PROCESS_KEY)
                .processInstanceBusinessKey(caseNumber).list()
                .forEach(instance -> executeDueJobs(management, instance.getId()));
    }

    /** File name to token, as the e-mail in the file box shows them. */
    private Map<String, String> linksInLetter(String caseNumber, String kind) throws Exception {
        // Named by case and letter id: the file box outlives a test run, whose case numbers start again.
        Long letterId = jdbc.queryForObject("SELECT MAX(id) FROM correspondence WHERE case_number = ? AND kind = ?",
                Long.class, caseNumber, kind.toUpperCase());
        Path eml = Path.of("target/test-mailbox", caseNumber + "-" + letterId + "-" + kind + ".eml");
        assertThat(jdbc.queryForObject("SELECT delivery_state FROM correspondence WHERE id = ?", String.class, letterId))
                .isEqualTo("SENT");
        String text;
        try (InputStream in = Files.newInputStream(eml)) {
            text = text(new MimeMessage(Session.getInstance(new Properties()), in));
        }
        Map<String, String> links = new LinkedHashMap<>();
        Matcher matcher = LINK.matcher(text);
        while (matcher.find()) {
            links.put(matcher.group(1), matcher.group(3));
        }
        return links;
    }

    private static String text(Part part) throws Exception {
        if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
            return null;
        }
        if (part.isMimeType("text/plain")) {
            return (String) part.getContent();
        }
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                String text = text(multipart.getBodyPart(i));
                if (text != null) {
                    return text;
                }
            }
        }
        return null;
    }

    private JsonNode audit(String manager, String caseNumber) throws Exception {
        ResponseEntity<String> response = http.withBasicAuth(manager, TestStaff.PASSWORD)
                .getForEntity("/api/requests/" + caseNumber + "/audit", String.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        return json.readTree(response.getBody());
    }

    private HttpStatus status(String user, String path) {
        return HttpStatus.valueOf(http.withBasicAuth(user, TestStaff.PASSWORD).getForEntity(path, byte[].class)
                .getStatusCode().value());
    }

    /** An anonymous GET as the load balancer reports it from a client address. */
    private ResponseEntity<byte[]> getFrom(String clientAddress, String path) {
        HttpHeaders headers = new HttpHeaders();
        headers.set("X-Forwarded-For", clientAddress);
        return http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), byte[].class);
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
