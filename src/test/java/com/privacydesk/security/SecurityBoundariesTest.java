package com.privacydesk.security;

import com.privacydesk.testsupport.ProvenIntake;
import static com.privacydesk.testsupport.ProcessTestSupport.executeDueJobs;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.privacydesk.intake.IntakeService;
import com.privacydesk.intake.NewRequest;
import com.privacydesk.request.Channel;
import com.privacydesk.request.Language;
import com.privacydesk.request.RequestProcess;
import com.privacydesk.request.RequestVariables;
import com.privacydesk.request.RequestRepository;
import com.privacydesk.request.Right;
import com.privacydesk.testsupport.TestCustomers;
import com.privacydesk.testsupport.TestStaff;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

/** Every boundary of who may see and do what, proven from outside over HTTP on a real port. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SecurityBoundariesTest {

    @Autowired TestRestTemplate http;
    @Autowired ObjectMapper json;
    @Autowired TestStaff staff;
    @Autowired TestCustomers customers;
    @Autowired IntakeService intake;
    @Autowired RequestRepository requests;
    @Autowired TaskService taskService;
    @Autowired RuntimeService runtimeService;
    @Autowired ManagementService management;
    @Autowired SecurityProperties limits;

    @Test
    void anonymousCaller_401OnEngineRestAndOnCaseApi() {
        ResponseEntity<String> engineRest = http.getForEntity("/engine-rest/task", String.class);
        ResponseEntity<String> caseApi = http.getForEntity("/api/requests/DSR-2026-000001", String.class);

        assertThat(engineRest.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(caseApi.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(caseApi.getHeaders().getFirst("WWW-Authenticate")).startsWith("Basic");
        assertThat(http.withBasicAuth("nobody", "wrong").getForEntity("/engine-rest/task", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void someoneOutsideTheDeskGroups_403OnTheCaseApi() {
        staff.member("outsider", "canteen");
        assertThat(http.withBasicAuth("outsider", TestStaff.PASSWORD)
                .getForEntity("/api/requests/overdue", String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void callerNumberPage_401Anonymous_403ForAllButAgents_evenForAnUnknownCall() {
        String manager = staff.member("secmanager4", RequestProcess.GROUP_MANAGERS);
        String officer = staff.member("secofficer4", RequestProcess.GROUP_OFFICERS);
        staff.member("outsider", "canteen");
        String page = "/calls/pbx-unknown-to-them/number";

        assertThat(http.getForEntity(page, String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        for (String user : List.of(manager, officer, "outsider")) {
            assertThat(http.withBasicAuth(user, TestStaff.PASSWORD).getForEntity(page, String.class).getStatusCode())
                    .as(user).isEqualTo(HttpStatus.FORBIDDEN);
        }
    }

    @Test
    void agent_completesOwnTask_but403OnTheOfficersTask() throws Exception {
        String agent = staff.member("secagent", RequestProcess.GROUP_AGENTS);
        String instance = caseAwaitingOfficer();
        String officerTask = taskService.createTaskQuery().processInstanceId(instance)
                .taskDefinitionKey(RequestProcess.CONSULT_OFFICER).singleResult().getId();

        ResponseEntity<String> denied = post(http.withBasicAuth(agent, TestStaff.PASSWORD),
                "/engine-rest/task/" + officerTask + "/complete",
                "{\"variables\":{\"officerAction\":{\"value\":\"TAKE_OVER\"}}}");
        assertThat(denied.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(taskService.createTaskQuery().taskId(officerTask).count()).isEqualTo(1);

        String verify = verifyTask();
        ResponseEntity<String> allowed = post(http.withBasicAuth(agent, TestStaff.PASSWORD),
                "/engine-rest/task/" + verify + "/complete",
                "{\"variables\":{\"verification\":{\"value\":\"CONFIRMED\"}}}");
        assertThat(allowed.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    }

    @Test
    void agent_seesOnlyTasksOfTheAgentsGroup() throws Exception {
        String agent = staff.member("secagent2", RequestProcess.GROUP_AGENTS);
        caseAwaitingOfficer();
        verifyTask();

        JsonNode tasks = json.readTree(http.withBasicAuth(agent, TestStaff.PASSWORD)
                .getForEntity("/engine-rest/task", String.class).getBody());
        List<String> keys = new ArrayList<>();
        tasks.forEach(task -> keys.add(task.get("taskDefinitionKey").asText()));
        assertThat(keys).contains(RequestProcess.VERIFY_IDENTITY).doesNotContain(RequestProcess.CONSULT_OFFICER);
    }

    @Test
    void manager_readsInstances_but403ModifyingOne() throws Exception {
        String manager = staff.member("secmanager", RequestProcess.GROUP_MANAGERS);
        String instance = caseAwaitingOfficer();
        TestRestTemplate asManager = http.withBasicAuth(manager, TestStaff.PASSWORD);

        assertThat(asManager.getForEntity("/engine-rest/process-instance/" + instance, String.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(asManager.getForEntity("/engine-rest/process-instance/" + instance + "/variables", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.OK);
        ResponseEntity<String> modify = asManager.exchange("/engine-rest/process-instance/" + instance
                + "/variables/decision", HttpMethod.PUT, json("{\"value\":\"REFUSE\",\"type\":\"String\"}"),
                String.class);
        ResponseEntity<String> delete = asManager.exchange("/engine-rest/process-instance/" + instance,
                HttpMethod.DELETE, null, String.class);
        ResponseEntity<String> suspend = asManager.exchange("/engine-rest/process-instance/" + instance
                + "/suspended", HttpMethod.PUT, json("{\"suspended\":true}"), String.class);

        assertThat(modify.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(delete.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(suspend.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instance).active().count())
                .isEqualTo(1);
    }

    @Test
    void auditOfACase_showsWhoDidWhat_toManagersOnly() throws Exception {
        String agent = staff.member("secagent4", RequestProcess.GROUP_AGENTS);
        String manager = staff.member("secmanager3", RequestProcess.GROUP_MANAGERS);
        TestCustomers.Customer customer = customers.create();
        String caseNumber = ProvenIntake.receive(intake, new NewRequest(Channel.EMAIL, List.of(Right.RESTRICTION),
                new NewRequest.Requester("Audit Test", customer.email(), null, null), "x", Language.en, null))
                .caseNumber();
        String instance = requests.get(caseNumber).processInstanceId();
        executeDueJobs(management, instance);
        searchedByHand(instance);
        String task = taskService.createTaskQuery().processInstanceId(instance).singleResult().getId();
        assertThat(post(http.withBasicAuth(agent, TestStaff.PASSWORD), "/engine-rest/task/" + task + "/claim",
                "{\"userId\":\"" + agent + "\"}").getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(post(http.withBasicAuth(agent, TestStaff.PASSWORD), "/engine-rest/task/" + task + "/complete",
                "{\"variables\":{\"decision\":{\"value\":\"FULFIL\"}}}").getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        executeDueJobs(management, instance);
        searchedByHand(instance);

        ResponseEntity<String> forAgent = http.withBasicAuth(agent, TestStaff.PASSWORD)
                .getForEntity("/api/requests/" + caseNumber + "/audit", String.class);
        JsonNode audit = json.readTree(http.withBasicAuth(manager, TestStaff.PASSWORD)
                .getForEntity("/api/requests/" + caseNumber + "/audit", String.class).getBody());

        assertThat(forAgent.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        List<String> operations = new ArrayList<>();
        audit.get("operations").forEach(op -> operations.add(op.get("userId").asText() + " " + op.get("operation").asText()));
        assertThat(operations).contains(agent + " Claim", agent + " Complete");
        List<String> changes = new ArrayList<>();
        audit.get("dataChanges").forEach(change -> changes.add(change.get("kind").asText() + " " + change.get("table").asText()));
        assertThat(changes).isNotEmpty().allMatch(change -> change.startsWith("RESTRICT"));
        assertThat(audit.toString()).doesNotContain(customer.email());
        // Filed by staff, who vouched for the address; the audit names them, not the address.
        assertThat(audit.get("channelProof").get("provenBy").asText()).isEqualTo("STAFF");
        assertThat(audit.get("channelProof").get("vouchedBy").asText()).isEqualTo(ProvenIntake.STAFF_USER);
    }

    @Test
    void eachGroupSeesItsOwnTasklistFilters() throws Exception {
        List<String> agentFilters = filters(staff.member("secagent3", RequestProcess.GROUP_AGENTS));
        List<String> officerFilters = filters(staff.member("secofficer", RequestProcess.GROUP_OFFICERS));
        List<String> managerFilters = filters(staff.member("secmanager2", RequestProcess.GROUP_MANAGERS));

        assertThat(agentFilters).contains("Agents' queue", "My tasks").doesNotContain("Officers' queue");
        assertThat(officerFilters).contains("Officers' queue").doesNotContain("Agents' queue");
        assertThat(managerFilters).contains("Overdue reviews").doesNotContain("Agents' queue");
    }

    @Test
    void publicIntake_tooLargeBody413_andRateLimited429() {
        String huge = "{\"channel\":\"EMAIL\",\"rights\":[\"ACCESS\"],\"requester\":{\"email\":\"big@example.org\"},"
                + "\"message\":\"" + "x".repeat(70_000) + "\"}";
        assertThat(post(http, "/api/requests", huge).getStatusCode()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);

        // One client address (as the load balancer reports it) may file a bounded number per minute; even
        // rejected attempts count. Another address is not affected.
        List<HttpStatus> statuses = new ArrayList<>();
        for (int i = 0; i <= limits.intakeRequestsPerMinute(); i++) {
            statuses.add(HttpStatus.valueOf(postFrom("203.0.113.7", "{}").getStatusCode().value()));
        }
        assertThat(statuses.subList(0, limits.intakeRequestsPerMinute())).containsOnly(HttpStatus.BAD_REQUEST);
        assertThat(statuses).endsWith(HttpStatus.TOO_MANY_REQUESTS);
        ResponseEntity<String> limited = postFrom("203.0.113.7", "{}");
        assertThat(limited.getHeaders().getFirst("Retry-After")).isEqualTo("60");
        assertThat(limited.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
        assertThat(postFrom("203.0.113.8", "{}").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);

        // The limited address still reads the information clauses (the website's server fetches them for every
        // visitor), and staff filing with credentials from behind the same address are not counted.
        HttpHeaders sameAddress = new HttpHeaders();
        sameAddress.set("X-Forwarded-For", "203.0.113.7");
        for (int i = 0; i < 3; i++) {
            assertThat(http.exchange("/api/information-clauses/WEB_FORM?language=pl", HttpMethod.GET,
                    new HttpEntity<>(sameAddress), String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        }
        String agent = staff.member("secagentnat", RequestProcess.GROUP_AGENTS);
        sameAddress.setContentType(MediaType.APPLICATION_JSON);
        assertThat(http.withBasicAuth(agent, TestStaff.PASSWORD).postForEntity("/api/requests",
                new HttpEntity<>("{}", sameAddress), String.class).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        // Credentials that fail file nothing and are refused before the body is read.
        assertThat(http.withBasicAuth(agent, "wrong-password").postForEntity("/api/requests",
                new HttpEntity<>("{}", sameAddress), String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void desksPagesAndApiCarrySecurityHeaders() {
        for (String path : List.of("/api/requests/DSR-2026-000001", "/calls/pbx-1/number")) {
            ResponseEntity<String> response = http.getForEntity(path, String.class);
            assertThat(response.getHeaders().getFirst("X-Content-Type-Options")).as(path).isEqualTo("nosniff");
            assertThat(response.getHeaders().getFirst("Content-Security-Policy")).as(path)
                    .contains("frame-ancestors 'self'");
            assertThat(response.getHeaders().getFirst("Cache-Control")).as(path).isEqualTo("no-store");
        }
    }

    /** The places searched by hand (record of processing: manual sources) hold nothing in these cases. */
    private void searchedByHand(String instance) {
        taskService.createTaskQuery().processInstanceId(instance)
                .taskDefinitionKey(RequestProcess.SEARCH_MANUAL_SOURCES).list()
                .forEach(search -> taskService.complete(search.getId(),
                        Map.of(RequestVariables.MANUAL_SEARCH_OUTCOME, "NOT_FOUND")));
        executeDueJobs(management, instance);
    }

    private String caseAwaitingOfficer() {
        TestCustomers.Customer customer = customers.create();
        String caseNumber = ProvenIntake.receive(intake, new NewRequest(Channel.EMAIL, List.of(Right.ACCESS),
                new NewRequest.Requester("Security Test", customer.email(), null, null), "x", Language.en, null))
                .caseNumber();
        String instance = requests.get(caseNumber).processInstanceId();
        executeDueJobs(management, instance);
        searchedByHand(instance);
        taskService.complete(taskService.createTaskQuery().processInstanceId(instance).singleResult().getId(),
                Map.of("decision", "FULFIL"));
        executeDueJobs(management, instance);
        searchedByHand(instance);
        intake.dissatisfied(caseNumber, "Not enough.");
        return instance;
    }

    private String verifyTask() {
        String caseNumber = intake.receive(new NewRequest(Channel.WEB_FORM, List.of(Right.ACCESS),
                new NewRequest.Requester("Web Form", "someone.else@example.org", null, null), "x", Language.en, null))
                .caseNumber();
        String instance = requests.get(caseNumber).processInstanceId();
        executeDueJobs(management, instance);
        searchedByHand(instance);
        return taskService.createTaskQuery().processInstanceId(instance).singleResult().getId();
    }

    private List<String> filters(String user) throws Exception {
        JsonNode filters = json.readTree(http.withBasicAuth(user, TestStaff.PASSWORD)
                .getForEntity("/engine-rest/filter", String.class).getBody());
        List<String> names = new ArrayList<>();
        filters.forEach(filter -> names.add(filter.get("name").asText()));
        return names;
    }

    private ResponseEntity<String> postFrom(String clientAddress, String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.set("X-Forwarded-For", clientAddress);
        return http.postForEntity("/api/requests", new HttpEntity<>(body, headers), String.class);
    }

    private static HttpEntity<String> json(String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return new HttpEntity<>(body, headers);
    }

    private ResponseEntity<String> post(TestRestTemplate client, String path, String body) {
        return client.postForEntity(path, json(body), String.class);
    }
}
