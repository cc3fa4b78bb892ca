package com.privacydesk.callback;

import com.privacydesk.testsupport.CallIds;
import static com.privacydesk.testsupport.ProcessTestSupport.setClock;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.privacydesk.request.RequestProcess;
import com.privacydesk.testsupport.TestStaff;
import com.privacydesk.testsupport.WebappLogin;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * The telephony webhook and the staff's view of a call over HTTP on a real port: the shared secret, validation,
 * idempotency, who may see and work "Call back" (agents work it; nobody starts it by hand), and who may see the
 * number to call (agents on /calls/{callId}/number while the callback is allowed; it is in no engine variable).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ExtendWith(OutputCaptureExtension.class)
class DroppedCallWebhookTest {

    static final String SECRET = "test-telephony-webhook-secret"; // application-test.yaml
    static final Instant DROPPED = Instant.parse("2026-03-02T09:00:00Z");
    static final String NUMBER = "+48 601 234 567";

    @LocalServerPort int port;
    @Autowired TestRestTemplate http;
    @Autowired ObjectMapper json;
    @Autowired TestStaff staff;
    @Autowired TaskService taskService;
    @Autowired RuntimeService runtimeService;
    @Autowired JdbcTemplate jdbc;

    @BeforeEach
    void setUp() {
        setClock(DROPPED.plusSeconds(5));
    }

    @AfterEach
    void tearDown() {
        ClockUtil.reset();
    }

    @Test
    void withoutOrWithAWrongSecret_401ProblemJson_andNothingRecorded() {
        String callId = newCallId();
        ResponseEntity<String> without = webhook(null, body(callId, "INBOUND", NUMBER, true));
        ResponseEntity<String> wrong = webhook("test-telephony-webhook-secreT", body(callId, "INBOUND", NUMBER, true));
        // Even an invalid body is answered 401 first: its validation is nothing for strangers to learn from.
        ResponseEntity<String> wrongAndInvalid = webhook("guess", "{}");

        for (ResponseEntity<String> response : List.of(without, wrong, wrongAndInvalid)) {
            assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
            assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .isTrue();
            assertThat(response.getBody()).contains("X-Telephony-Secret");
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM dropped_call WHERE call_id = ?", Integer.class, callId))
                .isZero();
    }

    @Test
    void badBody_400ProblemJson_namingTheFields_withoutEchoingTheNumber() throws Exception {
        ResponseEntity<String> missing = webhook(SECRET, "{\"callId\":\"x-1\"}");
        assertThat(missing.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(missing.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
        assertThat(fields(missing)).containsExactly("answeredByAgent", "direction", "dropReason", "droppedAt",
                "numberVisible", "startedAt");

        ResponseEntity<String> notANumber = webhook(SECRET, body(newCallId(), "INBOUND", "call me maybe 4711", true));
        assertThat(notANumber.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(fields(notANumber)).containsExactly("callerNumber");
        assertThat(notANumber.getBody()).doesNotContain("4711");

        ResponseEntity<String> visibleWithoutNumber = webhook(SECRET, body(newCallId(), "INBOUND", null, true));
        assertThat(fields(visibleWithoutNumber)).containsExactly("callerNumber");

        String droppedBeforeStart = "{\"callId\":\"" + newCallId() + "\",\"direction\":\"INBOUND\",\"callerNumber\":\""
                + NUMBER + "\",\"numberVisible\":true,\"startedAt\":\"2026-03-02T09:00:00Z\","
                + "\"droppedAt\":\"2026-03-02T08:59:00Z\",\"answeredByAgent\":true,\"dropReason\":\"TECHNICAL\"}";
        assertThat(fields(webhook(SECRET, droppedBeforeStart))).containsExactly("droppedAt");

        ResponseEntity<String> unknownDirection = webhook(SECRET, body(newCallId(), "SIDEWAYS", NUMBER, true));
        assertThat(fields(unknownDirection)).containsExactly("direction");
        assertThat(webhook(SECRET, "not json").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(fields(webhook(SECRET, body("no spaces allowed", "OUTBOUND", null, false))))
                .containsExactly("callId");
    }

    @Test
    void inboundVisible_201_retry200SameResult_noSecondTask_otherDetails409() throws Exception {
        String callId = newCallId();
        String body = body(callId, "INBOUND", NUMBER, true);

        ResponseEntity<String> first = webhook(SECRET, body);
        ResponseEntity<String> retry = webhook(SECRET, body);

        assertThat(first.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(first.getHeaders().getLocation()).hasToString("/api/calls/" + callId);
        assertThat(retry.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(retry.getHeaders().getFirst("Idempotent-Replayed")).isEqualTo("true");
        JsonNode firstBody = json.readTree(first.getBody());
        JsonNode retryBody = json.readTree(retry.getBody());
        assertThat(firstBody.get("decision").asText()).isEqualTo("CALL_BACK");
        assertThat(retryBody).isEqualTo(firstBody);
        assertThat(firstBody.has("replayed")).isFalse();
        assertThat(retryBody.get("callbackUntil").asText()).isEqualTo("2026-03-02T09:15:00Z");
        assertThat(first.getBody()).doesNotContain("601");
        assertThat(taskService.createTaskQuery().processInstanceBusinessKey(callId).count()).isEqualTo(1);
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(callId).count())
                .isEqualTo(1);

        ResponseEntity<String> otherDetails = webhook(SECRET, body(callId, "OUTBOUND", NUMBER, true));
        assertThat(otherDetails.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(taskService.createTaskQuery().processInstanceBusinessKey(callId).count()).isEqualTo(1);
    }

    @Test
    void decisionIsVisibleToStaff_withoutTheNumber_andNotToAnyoneElse() throws Exception {
        String callId = newCallId();
        webhook(SECRET, body(callId, "OUTBOUND", NUMBER, true));
        String manager = staff.member("cbmanager", RequestProcess.GROUP_MANAGERS);

        ResponseEntity<String> anonymous = http.getForEntity("/api/calls/" + callId, String.class);
        ResponseEntity<String> asManager = http.withBasicAuth(manager, TestStaff.PASSWORD)
                .getForEntity("/api/calls/" + callId, String.class);
        ResponseEntity<String> unknown = http.withBasicAuth(manager, TestStaff.PASSWORD)
                .getForEntity("/api/calls/no-such-call", String.class);
        // Only POSTing the webhook is public, not reading that path.
        ResponseEntity<String> readWebhookPath = http.getForEntity("/api/calls/dropped", String.class);

        assertThat(anonymous.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(readWebhookPath.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(asManager.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode call = json.readTree(asManager.getBody());
        assertThat(call.get("decision").asText()).isEqualTo("OUTBOUND_CALL");
        assertThat(call.get("numberHeld").asBoolean()).isFalse();
        assertThat(asManager.getBody()).doesNotContain("601");
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void agent_seesAndWorksCallBack_butCannotStartTheProcess_officerDoesNotSeeIt_nobodyReadsTheNumberInTheEngine()
            throws Exception {
        String agent = staff.member("cbagent", RequestProcess.GROUP_AGENTS);
        String officer = staff.member("cbofficer", RequestProcess.GROUP_OFFICERS);
        String manager = staff.member("cbmanager2", RequestProcess.GROUP_MANAGERS);
        String callId = newCallId();
        assertThat(webhook(SECRET, body(callId, "INBOUND", NUMBER, true)).getStatusCode())
                .isEqualTo(HttpStatus.CREATED);
        String taskId = taskService.createTaskQuery().processInstanceBusinessKey(callId).singleResult().getId();
        String instanceId = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(callId)
                .singleResult().getId();
        TestRestTemplate asAgent = http.withBasicAuth(agent, TestStaff.PASSWORD);
        TestRestTemplate asManager = http.withBasicAuth(manager, TestStaff.PASSWORD);

        List<String> agentSees = taskIds(asAgent);
        List<String> officerSees = taskIds(http.withBasicAuth(officer, TestStaff.PASSWORD));
        ResponseEntity<String> formVariables = asAgent.getForEntity("/engine-rest/task/" + taskId
                + "/form-variables", String.class);
        // Managers hold TASK READ and read instances: whatever they can read of the open task holds no number.
        List<ResponseEntity<String>> managerReads = List.of(
                asManager.getForEntity("/engine-rest/task/" + taskId + "/variables", String.class),
                asManager.getForEntity("/engine-rest/task/" + taskId + "/localVariables", String.class),
                asManager.getForEntity("/engine-rest/task/" + taskId + "/form-variables", String.class),
                asManager.getForEntity("/engine-rest/process-instance/" + instanceId + "/variables", String.class),
                asManager.getForEntity("/engine-rest/variable-instance?processInstanceIdIn=" + instanceId,
                        String.class));
        ResponseEntity<String> start = asAgent.postForEntity("/engine-rest/process-definition/key/"
                + CallbackProcess.KEY + "/start", jsonBody("{\"businessKey\":\"by-hand\"}"), String.class);
        JsonNode startable = json.readTree(asAgent.getForEntity(
                "/engine-rest/process-definition?startableInTasklist=true&startablePermissionCheck=true",
                String.class).getBody());

        assertThat(agentSees).contains(taskId);
        assertThat(officerSees).doesNotContain(taskId);
        assertThat(formVariables.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(json.readTree(formVariables.getBody()).has(CallbackVariables.CALLER_NUMBER)).isFalse();
        assertThat(formVariables.getBody()).contains(callId).doesNotContain("601");
        for (ResponseEntity<String> read : managerReads) {
            assertThat(read.getStatusCode()).isEqualTo(HttpStatus.OK);
            assertThat(read.getBody()).doesNotContain("601").doesNotContain(CallbackVariables.CALLER_NUMBER);
        }
        assertThat(managerReads.get(0).getBody()).contains(callId); // the reads did reach the task
        assertThat(start.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        List<String> startableKeys = new ArrayList<>();
        startable.forEach(definition -> startableKeys.add(definition.get("key").asText()));
        assertThat(startableKeys).doesNotContain(CallbackProcess.KEY);

        ResponseEntity<String> completed = asAgent.postForEntity("/engine-rest/task/" + taskId + "/complete",
                jsonBody("{\"variables\":{\"callbackOutcome\":{\"value\":\"REACHED\"}}}"), String.class);
        assertThat(completed.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(jdbc.queryForObject("SELECT caller_number FROM dropped_call WHERE call_id = ?", String.class,
                callId)).isNull();
        assertThat(jdbc.queryForObject("SELECT outcome FROM dropped_call WHERE call_id = ?", String.class, callId))
                .isEqualTo("REACHED");
    }

    @Test
    void numberPage_showsTheNumberToAgentsOnly_whileTheCallbackIsAllowed_andLogsWhoViewedIt(CapturedOutput output)
            throws Exception {
        String agent = staff.member("cbpageagent", RequestProcess.GROUP_AGENTS);
        String manager = staff.member("cbpagemanager", RequestProcess.GROUP_MANAGERS);
        String officer = staff.member("cbpageofficer", RequestProcess.GROUP_OFFICERS);
        String outsider = staff.member("cbpageoutsider", "canteen");
        String callId = newCallId();
        assertThat(webhook(SECRET, body(callId, "INBOUND", NUMBER, true)).getStatusCode())
                .isEqualTo(HttpStatus.CREATED);
        String page = "/calls/" + callId + "/number";

        // From Tasklist: the agent's webapp session opens the form's link without a second login.
        HttpResponse<String> inSession = new WebappLogin(port).login(agent, TestStaff.PASSWORD).get(page);
        ResponseEntity<String> byBasic = http.withBasicAuth(agent, TestStaff.PASSWORD).getForEntity(page, String.class);
        ResponseEntity<String> asManager = http.withBasicAuth(manager, TestStaff.PASSWORD).getForEntity(page,
                String.class);
        ResponseEntity<String> asOfficer = http.withBasicAuth(officer, TestStaff.PASSWORD).getForEntity(page,
                String.class);
        ResponseEntity<String> asOutsider = http.withBasicAuth(outsider, TestStaff.PASSWORD).getForEntity(page,
                String.class);
        ResponseEntity<String> anonymous = http.getForEntity(page, String.class);
        // Not the agent with a wrong password: the engine would lock the agent out for the seconds that follow.
        ResponseEntity<String> wrongPassword = http.withBasicAuth("cbnobody", "wrong").getForEntity(page, String.class);
        // Refusals come before the look-up: a stranger cannot tell a real call id from an invented one.
        ResponseEntity<String> unknownAsManager = http.withBasicAuth(manager, TestStaff.PASSWORD)
                .getForEntity("/calls/no-such-call/number", String.class);
        ResponseEntity<String> unknownAsAgent = http.withBasicAuth(agent, TestStaff.PASSWORD)
                .getForEntity("/calls/no-such-call/number", String.class);

        assertThat(inSession.statusCode()).isEqualTo(200);
        assertThat(inSession.body()).contains("href=\"tel:+48601234567\"").contains("Art. 6(1)(f)")
                .contains("the interrupted conversation only");
        assertThat(inSession.headers().firstValue("Cache-Control")).contains("no-store");
        assertThat(byBasic.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(byBasic.getHeaders().getContentType().isCompatibleWith(MediaType.TEXT_HTML)).isTrue();
        assertThat(byBasic.getBody()).contains("href=\"tel:+48601234567\"").contains("until 09:15:00 UTC, 2026-03-02");
        assertThat(byBasic.getHeaders().getFirst("Cache-Control")).isEqualTo("no-store");
        assertThat(byBasic.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(byBasic.getHeaders().getFirst("Referrer-Policy")).isEqualTo("no-referrer");
        for (ResponseEntity<String> refused : List.of(asManager, asOfficer, asOutsider, unknownAsManager)) {
            assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(refused.getBody()).doesNotContain("601");
            assertThat(refused.getHeaders().getFirst("Cache-Control")).isEqualTo("no-store");
        }
        for (ResponseEntity<String> refused : List.of(anonymous, wrongPassword)) {
            assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
            assertThat(refused.getBody()).doesNotContain("601");
        }
        assertThat(unknownAsAgent.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        // Two views by the agent, each logged by call id and user id; refusals show nothing and log no view.
        assertThat(output.getAll().split("\n")).filteredOn(line -> line.contains("Caller number of dropped call "
                + callId + " shown to " + agent)).hasSize(2);
        assertThat(output.getAll()).doesNotContain("shown to " + manager).doesNotContain("shown to " + officer)
                .doesNotContain("+48601234567").doesNotContain(NUMBER).doesNotContain("601 234 567");

        String taskId = taskService.createTaskQuery().processInstanceBusinessKey(callId).singleResult().getId();
        assertThat(http.withBasicAuth(agent, TestStaff.PASSWORD).postForEntity("/engine-rest/task/" + taskId
                        + "/complete", jsonBody("{\"variables\":{\"callbackOutcome\":{\"value\":\"NOT_REACHED\"}}}"),
                String.class).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

        ResponseEntity<String> afterCompletion = http.withBasicAuth(agent, TestStaff.PASSWORD).getForEntity(page,
                String.class);
        assertThat(afterCompletion.getStatusCode()).isEqualTo(HttpStatus.GONE);
        assertThat(afterCompletion.getBody()).doesNotContain("601").contains("erased");
        assertThat(http.withBasicAuth(manager, TestStaff.PASSWORD).getForEntity(page, String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void numberPage_goneOnceTheWindowPassed_evenBeforeTheTimerRan_andNotFoundForACallWithoutCallback() {
        String agent = staff.member("cbpageagent2", RequestProcess.GROUP_AGENTS);
        TestRestTemplate asAgent = http.withBasicAuth(agent, TestStaff.PASSWORD);
        String callBack = newCallId();
        String outbound = newCallId();
        String hidden = newCallId();
        webhook(SECRET, body(callBack, "INBOUND", NUMBER, true));
        webhook(SECRET, body(outbound, "OUTBOUND", NUMBER, true));
        webhook(SECRET, body(hidden, "INBOUND", NUMBER, false));

        setClock(DROPPED.plusSeconds(15 * 60)); // the window's last moment
        assertThat(asAgent.getForEntity("/calls/" + callBack + "/number", String.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        setClock(DROPPED.plusSeconds(15 * 60 + 1)); // passed; the job executor is off in tests, the timer waits
        ResponseEntity<String> late = asAgent.getForEntity("/calls/" + callBack + "/number", String.class);

        assertThat(jdbc.queryForObject("SELECT caller_number FROM dropped_call WHERE call_id = ?", String.class,
                callBack)).as("not yet erased").isNotNull();
        assertThat(late.getStatusCode()).isEqualTo(HttpStatus.GONE);
        assertThat(late.getBody()).doesNotContain("601");
        for (String noCallback : List.of(outbound, hidden)) {
            ResponseEntity<String> response = asAgent.getForEntity("/calls/" + noCallback + "/number", String.class);
            assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
            assertThat(response.getBody()).doesNotContain("601");
        }
    }

    // ------------------------------------------------------------------ helpers

    private static String newCallId() {
        return CallIds.fresh();
    }

    private static String body(String callId, String direction, String number, boolean visible) {
        return "{\"callId\":\"" + callId + "\",\"direction\":\"" + direction + "\","
                + (number == null ? "" : "\"callerNumber\":\"" + number + "\",")
                + "\"numberVisible\":" + visible + ",\"startedAt\":\"2026-03-02T09:52:00+01:00\","
                + "\"droppedAt\":\"2026-03-02T10:00:00+01:00\",\"answeredByAgent\":true,\"dropReason\":\"TECHNICAL\"}";
    }

    private ResponseEntity<String> webhook(String secret, String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        if (secret != null) {
            headers.set("X-Telephony-Secret", secret);
        }
        return http.postForEntity("/api/calls/dropped", new HttpEntity<>(body, headers), String.class);
    }

    private List<String> fields(ResponseEntity<String> response) throws Exception {
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        List<String> fields = new ArrayList<>();
        json.readTree(response.getBody()).get("errors").forEach(error -> fields.add(error.get("field").asText()));
        return fields;
    }

    private List<String> taskIds(TestRestTemplate client) throws Exception {
        List<String> ids = new ArrayList<>();
        json.readTree(client.getForEntity("/engine-rest/task?processDefinitionKey=" + CallbackProcess.KEY,
                String.class).getBody()).forEach(task -> ids.add(task.get("id").asText()));
        return ids;
    }

    private static HttpEntity<String> jsonBody(String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return new HttpEntity<>(body, headers);
    }
}
