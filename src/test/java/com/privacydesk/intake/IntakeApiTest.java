package com.privacydesk.intake;

import com.privacydesk.request.ChannelProof;
import static com.privacydesk.testsupport.ProcessTestSupport.executeDueJobs;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.privacydesk.request.RequestRepository;
import com.privacydesk.testsupport.ManualSearches;
import com.privacydesk.testsupport.TestCustomers;
import com.privacydesk.testsupport.TestStaff;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/** The intake API's contract, over HTTP on a real port, as integrations and the web form use it. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class IntakeApiTest {

    @Autowired TestRestTemplate http;
    @Autowired ObjectMapper json;
    @Autowired JdbcTemplate jdbc;
    @Autowired RequestRepository requests;
    @Autowired TestCustomers customers;
    @Autowired ManagementService management;
    @Autowired TaskService taskService;
    @Autowired TestStaff staff;

    /**
     * Filing is public, but only staff or an integration (its own group) may state a channel other than the web
     * form's or a receipt time: these tests file as an integration does.
     */
    private TestRestTemplate asIntegration() {
        return http.withBasicAuth(staff.member("apiintegration", "integrations"), TestStaff.PASSWORD);
    }

    /** The case endpoints are for staff; filing a request is public. */
    private TestRestTemplate asAgent() {
        return http.withBasicAuth(staff.member("apiagent", "agents"), TestStaff.PASSWORD);
    }

    @Test
    void newRequest_created_withLocationCaseNumberAndDeadline() throws Exception {
        ResponseEntity<String> response = post("/api/requests", """
                {"channel":"LETTER","rights":["ACCESS","ERASURE"],"language":"de",
                 "requester":{"name":"Erika Mustermann","email":"erika@example.de"},
                 "message":"Bitte löschen Sie meine Daten.","receivedAt":"2026-01-30T23:30:00Z"}""");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        JsonNode body = json.readTree(response.getBody());
        String caseNumber = body.get("caseNumber").asText();
        assertThat(caseNumber).matches("DSR-\\d{4}-\\d{6}");
        assertThat(response.getHeaders().getLocation()).hasToString("/api/requests/" + caseNumber);
        assertThat(body.get("receivedAt").asText()).isEqualTo("2026-01-30T23:30:00Z");
        // 23:30 UTC is already 31 January in Warsaw: the month ends on 28 February 2026, a Saturday,
        // so the period runs to Monday 2 March (Reg. 1182/71 Art. 3).
        assertThat(body.get("deadline").asText()).isEqualTo("2026-03-02");
        assertThat(body.get("status").asText()).isEqualTo("RECEIVED");
        assertThat(requests.get(caseNumber).processInstanceId()).isNotNull();
    }

    @Test
    void caseView_showsStageHandlerDeadlinesAndCorrespondence() throws Exception {
        String caseNumber = created("""
                {"channel":"WEB_FORM","rights":["ACCESS"],"language":"en",
                 "requester":{"name":"Someone","email":"someone@example.org"}}""");
        executeDueJobs(management, requests.get(caseNumber).processInstanceId());

        ResponseEntity<String> response = asAgent().getForEntity("/api/requests/" + caseNumber, String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode view = json.readTree(response.getBody());
        assertThat(view.get("stage").asText()).isEqualTo("VERIFYING_IDENTITY");
        assertThat(view.get("handler").asText()).isEqualTo("agents");
        assertThat(view.get("deadline").asText()).matches("\\d{4}-\\d{2}-\\d{2}");
        assertThat(view.get("daysLeft").asInt()).isBetween(27, 33);
        assertThat(view.get("overdue").asBoolean()).isFalse();
        assertThat(view.has("extendedDeadline")).isFalse();
        List<String> kinds = new ArrayList<>();
        view.get("correspondence").forEach(entry -> kinds.add(entry.get("direction").asText() + " "
                + entry.get("kind").asText()));
        assertThat(kinds).containsExactly("IN REQUEST", "OUT ACKNOWLEDGEMENT");
        assertThat(view.get("correspondence").get(0).has("time")).isTrue();
        assertThat(response.getBody()).doesNotContain("someone@example.org");
    }

    @Test
    void badInput_400ProblemJson_namingEveryBadField_andNothingCreated() throws Exception {
        int before = count();
        ResponseEntity<String> response = post("/api/requests", """
                {"rights":[],"language":"en","message":"x",
                 "requester":{"email":"not-an-e-mail","phone":"call me maybe"}}""");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        JsonNode problem = json.readTree(response.getBody());
        List<String> fields = new ArrayList<>();
        problem.get("errors").forEach(error -> fields.add(error.get("field").asText()));
        assertThat(fields).containsExactlyInAnyOrder("channel", "rights", "requester.email", "requester.phone");
        assertThat(response.getBody()).doesNotContain("not-an-e-mail");
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void unknownEnumValue_400NamingTheField() throws Exception {
        ResponseEntity<String> response = post("/api/requests", """
                {"channel":"FAX","rights":["ACCESS"],"requester":{"email":"a@example.org"}}""");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(json.readTree(response.getBody()).get("errors").get(0).get("field").asText()).isEqualTo("channel");
    }

    @Test
    void requesterWithoutAnyContact_400() throws Exception {
        ResponseEntity<String> response = post("/api/requests", """
                {"channel":"PHONE","rights":["ACCESS"],"requester":{"name":"Anonymous"}}""");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(json.readTree(response.getBody()).get("errors").get(0).get("field").asText())
                .isEqualTo("requester");
    }

    @Test
    void receivedInTheFuture_400_andNothingCreated() throws Exception {
        int before = count();
        ResponseEntity<String> response = post("/api/requests", """
                {"channel":"LETTER","rights":["ACCESS"],"requester":{"email":"a@example.org"},
                 "receivedAt":"2999-01-01T00:00:00Z"}""");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(json.readTree(response.getBody()).get("errors").get(0).get("field").asText())
                .isEqualTo("receivedAt");
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void sameRequestTenTimesWithOneIdempotencyKey_oneCase() throws Exception {
        String body = """
                {"channel":"WEB_FORM","rights":["ACCESS"],"requester":{"email":"retry@example.org"},"message":"Once."}""";
        int before = count();
        List<String> caseNumbers = new ArrayList<>();
        List<HttpStatus> statuses = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            ResponseEntity<String> response = postWithKey(body, "web-form-4711");
            statuses.add(HttpStatus.valueOf(response.getStatusCode().value()));
            caseNumbers.add(json.readTree(response.getBody()).get("caseNumber").asText());
        }

        assertThat(count()).isEqualTo(before + 1);
        assertThat(caseNumbers).containsOnly(caseNumbers.get(0));
        assertThat(statuses.get(0)).isEqualTo(HttpStatus.CREATED);
        assertThat(statuses.subList(1, 10)).containsOnly(HttpStatus.OK);
        assertThat(postWithKey(body, "web-form-4711").getHeaders().getFirst("Idempotent-Replayed")).isEqualTo("true");
    }

    @Test
    void concurrentRetriesWithOneKey_stillOneCase() throws Exception {
        String body = """
                {"channel":"EMAIL","rights":["ERASURE"],"requester":{"email":"race@example.org"}}""";
        int before = count();
        var pool = java.util.concurrent.Executors.newFixedThreadPool(6);
        List<java.util.concurrent.Future<ResponseEntity<String>>> calls = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            calls.add(pool.submit(() -> postWithKey(body, "mail-<abc@example.org>")));
        }
        java.util.Set<String> cases = new java.util.HashSet<>();
        for (var call : calls) {
            ResponseEntity<String> response = call.get();
            assertThat(response.getStatusCode().is2xxSuccessful()).as(response.getBody()).isTrue();
            cases.add(json.readTree(response.getBody()).get("caseNumber").asText());
        }
        pool.shutdown();
        assertThat(cases).hasSize(1);
        assertThat(count()).isEqualTo(before + 1);
    }

    @Test
    void idempotencyKeyReusedForAnotherRequest_400() {
        postWithKey("{\"channel\":\"EMAIL\",\"rights\":[\"ACCESS\"],\"requester\":{\"email\":\"a@example.org\"}}", "reused-1");
        ResponseEntity<String> response = postWithKey(
                "{\"channel\":\"EMAIL\",\"rights\":[\"ERASURE\"],\"requester\":{\"email\":\"a@example.org\"}}", "reused-1");
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody()).contains("Idempotency-Key");
    }

    private ResponseEntity<String> postWithKey(String body, String key) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.set("Idempotency-Key", key);
        return asIntegration().postForEntity("/api/requests", new HttpEntity<>(body, headers), String.class);
    }

    @Test
    void overdueCount_isServed() throws Exception {
        ResponseEntity<String> response = asAgent().getForEntity("/api/requests/overdue", String.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode body = json.readTree(response.getBody());
        assertThat(body.get("count").asInt()).isEqualTo(body.get("caseNumbers").size());
    }

    @Test
    void malformedJson_400() {
        ResponseEntity<String> response = post("/api/requests", "{\"channel\":");
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    }

    @Test
    void unknownCase_404_onEveryCaseEndpoint() {
        assertThat(asAgent().getForEntity("/api/requests/DSR-1999-000001", String.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(post("/api/requests/DSR-1999-000001/dissatisfaction", "{\"message\":\"x\"}").getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(post("/api/requests/DSR-1999-000001/replies", "{\"message\":\"x\"}").getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void integrationEmailWithAVerifiedAddress_provesNothing_agentVerifies() throws Exception {
        TestCustomers.Customer customer = customers.create();
        // An integration relays what the requester wrote; it cannot check the address.
        String caseNumber = created("""
                {"channel":"EMAIL","rights":["ERASURE"],"requester":{"email":"%s"}}""".formatted(customer.email()));
        String instance = requests.get(caseNumber).processInstanceId();
        executeDueJobs(management, instance);

        assertThat(requests.channelProof(caseNumber)).isEmpty();
        assertThat(taskService.createTaskQuery().processInstanceId(instance).taskDefinitionKey("VerifyIdentity")
                .count()).isEqualTo(1);
        ResponseEntity<String> view = asAgent().getForEntity("/api/requests/" + caseNumber, String.class);
        assertThat(json.readTree(view.getBody()).path("stage").asText()).as(view.getBody())
                .isEqualTo("VERIFYING_IDENTITY");
    }

    @Test
    void emailFiledByALoggedInAgent_isVouchedFor_sureMatchGoesOnToTheLookup() throws Exception {
        TestCustomers.Customer customer = customers.create();
        String caseNumber = createdBy(asAgent(), """
                {"channel":"EMAIL","rights":["ACCESS"],"requester":{"email":"%s"}}""".formatted(customer.email()));
        String instance = requests.get(caseNumber).processInstanceId();
        executeDueJobs(management, instance);

        assertThat(requests.channelProof(caseNumber)).hasValueSatisfying(proof -> {
            assertThat(proof.provenBy()).isEqualTo(ChannelProof.ProvenBy.STAFF);
            assertThat(proof.vouchedBy()).isEqualTo("apiagent");
            assertThat(proof.contact()).isEqualTo(customer.email().toLowerCase(java.util.Locale.ROOT));
        });
        assertThat(taskService.createTaskQuery().processInstanceId(instance).taskDefinitionKey("VerifyIdentity")
                .count()).isZero();
        // A web form filed by staff still proves nothing: anyone typed that address.
        String form = createdBy(asAgent(), """
                {"channel":"WEB_FORM","rights":["ACCESS"],"requester":{"email":"%s"}}""".formatted(customer.email()));
        assertThat(requests.channelProof(form)).isEmpty();
    }

    @Test
    void filingWithCredentialsThatFail_isRefused_notFiledAnonymously() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        String body = """
                {"channel":"PHONE","rights":["ACCESS"],"requester":{"phone":"+48601234567"}}""";
        Integer before = jdbc.queryForObject("SELECT COUNT(*) FROM dsr_request", Integer.class);
        // Its own user: a failed login makes the engine delay that user's next attempts.

        ResponseEntity<String> wrongPassword = http.withBasicAuth(staff.member("apiwrongpw", "agents"), "wrong")
                .postForEntity("/api/requests", new HttpEntity<>(body, headers), String.class);
        ResponseEntity<String> outsider = http.withBasicAuth(staff.member("apioutsider", "outsiders"),
                TestStaff.PASSWORD).postForEntity("/api/requests", new HttpEntity<>(body, headers), String.class);

        assertThat(wrongPassword.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(wrongPassword.getHeaders().getContentType()).hasToString("application/problem+json;charset=UTF-8");
        assertThat(outsider.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM dsr_request", Integer.class)).isEqualTo(before);
    }

    @Test
    void dissatisfaction_409UntilAnswered_then202() throws Exception {
        TestCustomers.Customer customer = customers.create();
        // Filed by an agent, who vouches for the address: a sure match goes straight on to the lookup.
        String caseNumber = createdBy(asAgent(), """
                {"channel":"EMAIL","rights":["ACCESS"],"requester":{"email":"%s"}}""".formatted(customer.email()));
        String instance = requests.get(caseNumber).processInstanceId();
        executeDueJobs(management, instance);

        assertThat(post("/api/requests/" + caseNumber + "/dissatisfaction", "{\"message\":\"Too slow\"}")
                .getStatusCode()).isEqualTo(HttpStatus.CONFLICT);

        ManualSearches.nothingFound(taskService, instance);
        String task = taskService.createTaskQuery().processInstanceId(instance).taskDefinitionKey("PrepareAnswer")
                .singleResult().getId();
        taskService.complete(task, Map.of("decision", "FULFIL"));
        executeDueJobs(management, instance);

        assertThat(post("/api/requests/" + caseNumber + "/dissatisfaction", "{\"message\":\"Incomplete\"}")
                .getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        assertThat(json.readTree(asAgent().getForEntity("/api/requests/" + caseNumber, String.class).getBody())
                .get("stage").asText()).isEqualTo("CONSULTING_OFFICER");
        assertThat(post("/api/requests/" + caseNumber + "/dissatisfaction", "{\"message\":\"\"}").getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
    }

    @Test
    void reply_isKeptEvenWhenNobodyWaits() throws Exception {
        String caseNumber = created("""
                {"channel":"WEB_FORM","rights":["QUESTION"],"requester":{"email":"q@example.org"}}""");

        ResponseEntity<String> response = post("/api/requests/" + caseNumber + "/replies",
                "{\"message\":\"One more thing.\"}");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        assertThat(json.readTree(response.getBody()).get("resumedVerification").asBoolean()).isFalse();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM correspondence WHERE case_number = ? AND kind = 'REPLY'",
                Integer.class, caseNumber)).isEqualTo(1);
    }

    private String created(String body) throws Exception {
        return createdBy(asIntegration(), body);
    }

    private String createdBy(TestRestTemplate client, String body) throws Exception {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        ResponseEntity<String> response = client.postForEntity("/api/requests", new HttpEntity<>(body, headers),
                String.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        return json.readTree(response.getBody()).get("caseNumber").asText();
    }

    private ResponseEntity<String> post(String path, String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        TestRestTemplate client = "/api/requests".equals(path) ? asIntegration() : asAgent();
        return client.postForEntity(path, new HttpEntity<>(body, headers), String.class);
    }

    private int count() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM dsr_request", Integer.class);
    }
}
