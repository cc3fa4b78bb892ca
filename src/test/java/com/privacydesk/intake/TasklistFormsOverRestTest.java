package com.privacydesk.intake;

import static com.privacydesk.testsupport.ProcessTestSupport.executeDueJobs;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.privacydesk.request.Channel;
import com.privacydesk.request.Language;
import com.privacydesk.request.RequestProcess;
import com.privacydesk.request.RequestRecord;
import com.privacydesk.request.RequestRepository;
import com.privacydesk.request.RequestVariables;
import com.privacydesk.request.Right;
import com.privacydesk.testsupport.TestStaff;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
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
import org.springframework.test.context.ActiveProfiles;

/**
 * The two intake forms as Tasklist submits them, over /engine-rest with an agent's login: "Register request" starts
 * and files a request, "Classify request" classifies an e-mail (its prefilled fields updated in place).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class TasklistFormsOverRestTest {

    @Autowired TestRestTemplate http;
    @Autowired ObjectMapper json;
    @Autowired TestStaff staff;
    @Autowired IntakeService intake;
    @Autowired RequestRepository requests;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired ManagementService management;
    @Autowired java.time.Clock clock;

    @Test
    void startForm_asAgent_filesTheRequest_orNamesTheProblems() throws Exception {
        TestRestTemplate agent = http.withBasicAuth(staff.member("regagent", RequestProcess.GROUP_AGENTS),
                TestStaff.PASSWORD);
        String email = "chat." + UUID.randomUUID() + "@example.org";

        ResponseEntity<String> started = post(agent, "/engine-rest/process-definition/key/data-subject-request/submit-form", """
                {"variables": {
                  "channel": {"value": "CHAT"},
                  "rights": {"value": "[\\"OBJECTION\\"]", "type": "Json"},
                  "language": {"value": "en"},
                  "requesterName": {"value": "Chat Customer"},
                  "requesterEmail": {"value": "%s"},
                  "requestMessage": {"value": "Stop sending me newsletters."}}}""".formatted(email));

        assertThat(started.getStatusCode()).isEqualTo(HttpStatus.OK);
        String instanceId = json.readTree(started.getBody()).path("id").asText();
        String caseNumber = runtimeService.createProcessInstanceQuery().processInstanceId(instanceId).singleResult()
                .getBusinessKey();
        RequestRecord request = requests.get(caseNumber);
        assertThat(request.channel()).isEqualTo(Channel.CHAT);
        assertThat(request.rights()).containsExactly(Right.OBJECTION);
        assertThat(request.requester().email()).isEqualTo(email);
        assertThat(runtimeService.getVariables(instanceId)).doesNotContainKeys(RequestVariables.REQUESTER_EMAIL,
                RequestVariables.REQUESTER_NAME, RequestVariables.REQUEST_MESSAGE);

        ResponseEntity<String> refused = post(agent, "/engine-rest/process-definition/key/data-subject-request/submit-form", """
                {"variables": {
                  "channel": {"value": "LETTER"},
                  "rights": {"value": "[]", "type": "Json"},
                  "language": {"value": "en"},
                  "requesterName": {"value": "Letter Writer"}}}""");
        assertThat(refused.getStatusCode().is2xxSuccessful()).isFalse();
        JsonNode problem = json.readTree(refused.getBody());
        assertThat(problem.path("message").asText()).contains("a letter needs the day it arrived",
                "choose at least one right", "must give at least an e-mail, a phone number or a customer number")
                .doesNotContain("Letter Writer");
    }

    @Test
    void classifyForm_asAgent_updatesThePrefilledFields_andContinues() throws Exception {
        String agentId = staff.member("classagent", RequestProcess.GROUP_AGENTS);
        TestRestTemplate agent = http.withBasicAuth(agentId, TestStaff.PASSWORD);
        String sender = "mail." + UUID.randomUUID() + "@example.org";
        Receipt receipt = intake.receiveUnclassified(new UnclassifiedMessage(Channel.EMAIL, "Sender As Written",
                sender, "Please delete my account.", clock.instant(), Language.en), "imap:test-" + UUID.randomUUID());
        String instanceId = requests.get(receipt.caseNumber()).processInstanceId();
        executeDueJobs(management, instanceId);
        String taskId = taskService.createTaskQuery().processInstanceId(instanceId)
                .taskDefinitionKey(RequestProcess.CLASSIFY_REQUEST).singleResult().getId();

        JsonNode formVariables = json.readTree(agent.getForEntity("/engine-rest/task/" + taskId + "/form-variables",
                String.class).getBody());
        assertThat(formVariables.path("requesterEmail").path("value").asText()).isEqualTo(sender);

        ResponseEntity<String> submitted = post(agent, "/engine-rest/task/" + taskId + "/submit-form", """
                {"variables": {
                  "classifiedRights": {"value": "[\\"ERASURE\\"]", "type": "Json"},
                  "classifiedLanguage": {"value": "nl"},
                  "requesterName": {"value": "Corrected Name"},
                  "requesterEmail": {"value": "%s"},
                  "requesterPhone": {"value": "+31 20 123 4567"}}}""".formatted(sender));

        assertThat(submitted.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        RequestRecord classified = requests.get(receipt.caseNumber());
        assertThat(classified.rights()).containsExactly(Right.ERASURE);
        assertThat(classified.language()).isEqualTo(Language.nl);
        assertThat(classified.requester().name()).isEqualTo("Corrected Name");
        assertThat(classified.requester().phone()).isEqualTo("+31 20 123 4567");
        assertThat(runtimeService.getVariable(instanceId, RequestVariables.RIGHTS)).isEqualTo("ERASURE");
        assertThat(runtimeService.getVariables(instanceId)).doesNotContainKeys(
                RequestVariables.PERSONAL_FORM_FIELDS.toArray(String[]::new));
        assertThat(taskService.createTaskQuery().processInstanceId(instanceId)
                .taskDefinitionKey(RequestProcess.CLASSIFY_REQUEST).count()).isZero();
    }

    private ResponseEntity<String> post(TestRestTemplate client, String path, String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return client.postForEntity(path, new HttpEntity<>(body, headers), String.class);
    }
}
