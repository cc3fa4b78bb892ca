package com.privacydesk.authorisation;

import static com.privacydesk.testsupport.ProcessTestSupport.executeDueJobs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.privacydesk.intake.IntakeService;
import com.privacydesk.intake.NewRequest;
import com.privacydesk.request.Channel;
import com.privacydesk.request.Language;
import com.privacydesk.request.RequestProcess;
import com.privacydesk.request.RequestRepository;
import com.privacydesk.request.Right;
import com.privacydesk.testsupport.ProvenIntake;
import com.privacydesk.testsupport.TestStaff;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
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
 * The register of written authorisations (Art. 29, seed 000 §3) over HTTP, and the guard on every task assignment:
 * without a valid authorisation for the task's group, nobody can claim it.
 */
// Shares its context with RecordingConsentApiTest: recording on CONSENT, the register of authorisations enforced.
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:registers;DB_CLOSE_DELAY=-1",
        "camunda.bpm.process-engine-name=registers",
        "privacy-desk.information.call-recording-basis=CONSENT",
        "privacy-desk.authorisations.enforced=true"})
@ActiveProfiles("test")
class AuthorisationRegisterTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Warsaw"));

    @Autowired TestRestTemplate http;
    @Autowired ObjectMapper json;
    @Autowired TestStaff staff;
    @Autowired IntakeService intake;
    @Autowired RequestRepository requests;
    @Autowired TaskService taskService;
    @Autowired ManagementService management;

    @Test
    void aTaskCannotBeClaimedWithoutAValidAuthorisation_withOneItCan_untilRevoked() throws Exception {
        String manager = staff.member("aumanager", RequestProcess.GROUP_MANAGERS);
        String authorised = staff.member("auagent" + suffix(), RequestProcess.GROUP_AGENTS);
        String unauthorised = staff.member("auother" + suffix(), RequestProcess.GROUP_AGENTS);
        String officerOnly = staff.member("auofficer" + suffix(), RequestProcess.GROUP_AGENTS);
        staff.member("auanyofficer", RequestProcess.GROUP_OFFICERS); // the officers' group exists

        ResponseEntity<String> recorded = record(manager, authorised, RequestProcess.GROUP_AGENTS, TODAY, null);
        assertThat(recorded.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        long id = json.readTree(recorded.getBody()).get("id").asLong();
        // An authorisation for another group does not cover the agents' tasks.
        record(manager, officerOnly, RequestProcess.GROUP_OFFICERS, TODAY, null);

        Task task = verifyIdentityTask();
        assertThatThrownBy(() -> taskService.claim(task.getId(), unauthorised))
                .hasRootCauseInstanceOf(AuthorizationException.class).hasMessageContaining("no valid written authorisation");
        assertThatThrownBy(() -> taskService.claim(task.getId(), officerOnly))
                .hasRootCauseInstanceOf(AuthorizationException.class);
        assertThat(taskService.createTaskQuery().taskId(task.getId()).singleResult().getAssignee()).isNull();

        taskService.claim(task.getId(), authorised);
        assertThat(taskService.createTaskQuery().taskId(task.getId()).singleResult().getAssignee()).isEqualTo(authorised);

        taskService.setAssignee(task.getId(), null);
        assertThat(http.withBasicAuth(manager, TestStaff.PASSWORD).postForEntity("/api/authorisations/" + id
                + "/revoke", null, String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThatThrownBy(() -> taskService.claim(task.getId(), authorised))
                .hasRootCauseInstanceOf(AuthorizationException.class);
    }

    @Test
    void anExpiredOrNotYetValidAuthorisation_doesNotCount() {
        String manager = staff.member("aumanager", RequestProcess.GROUP_MANAGERS);
        String expired = staff.member("auexpired" + suffix(), RequestProcess.GROUP_AGENTS);
        String future = staff.member("aufuture" + suffix(), RequestProcess.GROUP_AGENTS);
        record(manager, expired, RequestProcess.GROUP_AGENTS, TODAY.minusYears(1), TODAY.minusDays(1));
        record(manager, future, RequestProcess.GROUP_AGENTS, TODAY.plusDays(1), null);

        Task task = verifyIdentityTask();
        assertThatThrownBy(() -> taskService.claim(task.getId(), expired)).isInstanceOf(ProcessEngineException.class)
                .hasRootCauseInstanceOf(AuthorizationException.class);
        assertThatThrownBy(() -> taskService.claim(task.getId(), future)).isInstanceOf(ProcessEngineException.class)
                .hasRootCauseInstanceOf(AuthorizationException.class);
        assertThat(taskService.createTaskQuery().taskId(task.getId()).singleResult().getAssignee()).isNull();
    }

    @Test
    void theRegister_isKeptByManagers_andShownToAuditors_notToAgents() throws Exception {
        String manager = staff.member("aumanager", RequestProcess.GROUP_MANAGERS);
        String agent = staff.member("aureader" + suffix(), RequestProcess.GROUP_AGENTS);
        record(manager, agent, RequestProcess.GROUP_AGENTS, TODAY, TODAY.plusYears(1));

        assertThat(record(agent, agent, RequestProcess.GROUP_AGENTS, TODAY, null).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(http.withBasicAuth(agent, TestStaff.PASSWORD).getForEntity("/api/authorisations", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

        JsonNode register = json.readTree(http.withBasicAuth(manager, TestStaff.PASSWORD)
                .getForEntity("/api/authorisations", String.class).getBody());
        JsonNode entry = null;
        for (JsonNode row : register) {
            if (row.get("userId").asText().equals(agent)) {
                entry = row;
            }
        }
        assertThat(entry).isNotNull();
        assertThat(entry.get("scope").asText()).isEqualTo(RequestProcess.GROUP_AGENTS);
        assertThat(entry.get("documentReference").asText()).isEqualTo("UPO/2026/" + agent);
        assertThat(entry.get("validFrom").asText()).isEqualTo(TODAY.toString());
        assertThat(entry.get("validUntil").asText()).isEqualTo(TODAY.plusYears(1).toString());
        assertThat(entry.get("grantedBy").asText()).isEqualTo(manager);
    }

    @Test
    void aBadEntry_400_namingTheFields() throws Exception {
        String manager = staff.member("aumanager", RequestProcess.GROUP_MANAGERS);
        ResponseEntity<String> unknown = record(manager, "nobody-" + suffix(), "no-such-group", TODAY, TODAY.minusDays(1));
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(unknown.getBody()).contains("userId", "scope", "validUntil");
    }

    private Task verifyIdentityTask() {
        String caseNumber = ProvenIntake.receive(intake, new NewRequest(Channel.WEB_FORM, List.of(Right.ACCESS),
                new NewRequest.Requester("Test Requester", "unknown-" + suffix() + "@example.org", null, null),
                "Test request.", Language.en, null)).caseNumber();
        String instance = requests.get(caseNumber).processInstanceId();
        executeDueJobs(management, instance);
        Task task = taskService.createTaskQuery().processInstanceId(instance).taskDefinitionKey("VerifyIdentity")
                .singleResult();
        assertThat(task).as("VerifyIdentity of %s", caseNumber).isNotNull();
        return task;
    }

    private ResponseEntity<String> record(String as, String userId, String scope, LocalDate from, LocalDate until) {
        String body = "{\"userId\":\"" + userId + "\",\"scope\":\"" + scope + "\",\"documentReference\":\"UPO/2026/"
                + userId + "\",\"validFrom\":\"" + from + "\"" + (until == null ? "" : ",\"validUntil\":\"" + until + "\"")
                + "}";
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.withBasicAuth(as, TestStaff.PASSWORD).postForEntity("/api/authorisations",
                new HttpEntity<>(body, headers), String.class);
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
