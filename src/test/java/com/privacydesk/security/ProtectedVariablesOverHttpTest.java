package com.privacydesk.security;

import static com.privacydesk.testsupport.ProcessTestSupport.executeDueJobs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.privacydesk.deadline.DeadlineCalculator;
import com.privacydesk.intake.IntakeService;
import com.privacydesk.intake.NewRequest;
import com.privacydesk.request.Channel;
import com.privacydesk.request.Language;
import com.privacydesk.request.RequestProcess;
import com.privacydesk.request.RequestRecord;
import com.privacydesk.request.RequestRepository;
import com.privacydesk.request.RequestVariables;
import com.privacydesk.request.Right;
import com.privacydesk.testsupport.ProcessTestSupport;
import com.privacydesk.testsupport.ProvenIntake;
import com.privacydesk.testsupport.TestCustomers;
import com.privacydesk.testsupport.TestStaff;
import com.privacydesk.testsupport.WebappLogin;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

/**
 * An agent or a manager who tries to re-point a case (its subject, rights, routing, deadlines) is refused on every
 * way in that /engine-rest offers a candidate, and the case keeps showing its own customer. Through the Java API the
 * engine refuses a completion that writes one, naming the variable.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ProtectedVariablesOverHttpTest {

    @Autowired TestRestTemplate http;
    @Autowired TestStaff staff;
    @Autowired TestCustomers customers;
    @Autowired IntakeService intake;
    @Autowired RequestRepository requests;
    @Autowired TaskService taskService;
    @Autowired FormService formService;
    @Autowired RuntimeService runtimeService;
    @Autowired ManagementService management;
    @Autowired DeadlineCalculator calculator;
    @LocalServerPort int port;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void agent_writesProtectedVariables_everyWayIn_403_andThePreviewStillShowsTheCasesOwnCustomer() {
        TestRestTemplate agent = http.withBasicAuth(staff.member("guardagent", RequestProcess.GROUP_AGENTS),
                TestStaff.PASSWORD);
        TestCustomers.Customer customer = customers.create();
        TestCustomers.Customer other = customers.create();
        Case request = caseAwaitingAnswer(customer, List.of(Right.ACCESS));
        String otherId = "{\"value\":" + other.id() + ",\"type\":\"Long\"}";
        String task = "/engine-rest/task/" + request.task();
        String instance = "/engine-rest/process-instance/" + request.instance();

        Map<String, ResponseEntity<String>> attempts = new LinkedHashMap<>();
        attempts.put("PUT task variable", exchange(agent, HttpMethod.PUT, task + "/variables/dataSubjectId", otherId));
        attempts.put("PUT task variable as binary", exchange(agent, HttpMethod.POST,
                task + "/variables/dataSubjectId/data", ""));
        attempts.put("POST task variables", exchange(agent, HttpMethod.POST, task + "/variables",
                "{\"modifications\":{\"rights\":{\"value\":\"ERASURE\"}}}"));
        attempts.put("delete task variable", exchange(agent, HttpMethod.DELETE, task + "/variables/caseNumber", null));
        attempts.put("delete through modify", exchange(agent, HttpMethod.POST, task + "/variables",
                "{\"deletions\":[\"handlerGroup\"]}"));
        attempts.put("PUT task-local variable", exchange(agent, HttpMethod.PUT, task + "/localVariables/dataSubjectId",
                otherId));
        attempts.put("POST task-local variables", exchange(agent, HttpMethod.POST, task + "/localVariables",
                "{\"modifications\":{\"takenOverBy\":{\"value\":\"guardagent\"}}}"));
        attempts.put("complete", exchange(agent, HttpMethod.POST, task + "/complete",
                "{\"variables\":{\"decision\":{\"value\":\"FULFIL\"},\"dataSubjectId\":" + otherId + "}}"));
        attempts.put("submit-form", exchange(agent, HttpMethod.POST, task + "/submit-form",
                "{\"variables\":{\"decision\":{\"value\":\"FULFIL\"},\"rights\":{\"value\":\"ERASURE\"}}}"));
        attempts.put("resolve", exchange(agent, HttpMethod.POST, task + "/resolve",
                "{\"variables\":{\"deadline\":{\"value\":\"2099-01-01\"}}}"));
        attempts.put("bpmn error", exchange(agent, HttpMethod.POST, task + "/bpmnError",
                "{\"errorCode\":\"x\",\"variables\":{\"caseNumber\":{\"value\":\"DSR-2026-000001\"}}}"));
        attempts.put("PUT instance variable", exchange(agent, HttpMethod.PUT, instance + "/variables/dataSubjectId",
                otherId));
        attempts.put("POST instance variables", exchange(agent, HttpMethod.POST, instance + "/variables",
                "{\"modifications\":{\"handlerGroup\":{\"value\":\"managers\"}}}"));
        attempts.put("execution-local variable", exchange(agent, HttpMethod.PUT, "/engine-rest/execution/"
                + request.instance() + "/localVariables/rights", "{\"value\":\"ERASURE\"}"));
        attempts.put("modification", exchange(agent, HttpMethod.POST, instance + "/modification",
                "{\"instructions\":[{\"type\":\"startBeforeActivity\",\"activityId\":\"CarryOutDecision\","
                        + "\"variables\":{\"dataSubjectId\":{\"value\":" + other.id() + ",\"local\":false}}}]}"));
        attempts.put("message", exchange(agent, HttpMethod.POST, "/engine-rest/message",
                "{\"messageName\":\"RequesterReplied\",\"businessKey\":\"" + request.caseNumber() + "\","
                        + "\"processVariables\":{\"dataSubjectId\":" + otherId + "}}"));
        attempts.put("start", exchange(agent, HttpMethod.POST,
                "/engine-rest/process-definition/key/data-subject-request/start",
                "{\"variables\":{\"dataSubjectId\":" + otherId + "}}"));

        assertThat(attempts).allSatisfy((way, response) -> {
            assertThat(response.getStatusCode()).as(way).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(response.getBody()).as(way).contains("is protected")
                    .doesNotContain(String.valueOf(other.id()));
        });
        assertThat(attempts.get("PUT task variable").getBody()).contains("'dataSubjectId'");
        assertThat(attempts.get("submit-form").getBody()).contains("'rights'");

        // Nothing moved: the instance, the record and the preview still show the case's own customer.
        assertThat(runtimeService.getVariable(request.instance(), RequestVariables.DATA_SUBJECT_ID))
                .isEqualTo(customer.id());
        assertThat(runtimeService.getVariable(request.instance(), RequestVariables.RIGHTS)).isEqualTo("ACCESS");
        assertThat(runtimeService.getVariable(request.instance(), RequestVariables.HANDLER_GROUP))
                .isEqualTo(RequestProcess.GROUP_AGENTS);
        assertThat(taskService.getVariablesLocal(request.task())).doesNotContainKeys(RequestVariables.DATA_SUBJECT_ID,
                RequestVariables.TAKEN_OVER_BY);
        assertThat(requests.get(request.caseNumber()).dataSubjectId()).isEqualTo(customer.id());
        ResponseEntity<String> preview = agent.getForEntity("/cases/" + request.caseNumber()
                + "/packages/preview/ACCESS_JSON", String.class);
        assertThat(preview.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(preview.getBody()).contains(customer.customerNumber()).doesNotContain(other.customerNumber());

        // The agent's own work goes through: a variable of the answer, then the completion.
        assertThat(exchange(agent, HttpMethod.PUT, task + "/variables/reasonDetails", "{\"value\":\"draft\"}")
                .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(exchange(agent, HttpMethod.POST, task + "/complete",
                "{\"variables\":{\"decision\":{\"value\":\"FULFIL\"}}}").getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
    }

    @Test
    void agentLoggedIntoTasklist_writesProtectedVariablesThroughTheWebappsApi_403() throws Exception {
        String agentId = staff.member("guardagent2", RequestProcess.GROUP_AGENTS);
        WebappLogin tasklist = new WebappLogin(port).login(agentId, TestStaff.PASSWORD);
        TestCustomers.Customer customer = customers.create();
        Case request = caseAwaitingAnswer(customer, List.of(Right.ACCESS));
        String task = "/camunda/api/engine/engine/default/task/" + request.task();

        HttpResponse<String> put = tasklist.send("PUT", task + "/variables/dataSubjectId",
                "{\"value\":1,\"type\":\"Long\"}");
        HttpResponse<String> submit = tasklist.send("POST", task + "/submit-form",
                "{\"variables\":{\"decision\":{\"value\":\"FULFIL\"},\"rights\":{\"value\":\"ERASURE\"}}}");
        HttpResponse<String> ownWork = tasklist.send("PUT", task + "/variables/reasonDetails",
                "{\"value\":\"draft\"}");

        assertThat(put.statusCode()).isEqualTo(403);
        assertThat(put.body()).contains("'dataSubjectId' is protected");
        assertThat(submit.statusCode()).isEqualTo(403);
        assertThat(submit.body()).contains("'rights' is protected");
        assertThat(ownWork.statusCode()).as("the session and its CSRF token are accepted: " + ownWork.body())
                .isEqualTo(204);
        assertThat(runtimeService.getVariable(request.instance(), RequestVariables.DATA_SUBJECT_ID))
                .isEqualTo(customer.id());
        assertThat(runtimeService.getVariable(request.instance(), RequestVariables.RIGHTS)).isEqualTo("ACCESS");
    }

    @Test
    void manager_writesProtectedVariableThroughTheOverdueReview_403_butRecordsTheReview() {
        TestRestTemplate manager = http.withBasicAuth(staff.member("guardmanager", RequestProcess.GROUP_MANAGERS),
                TestStaff.PASSWORD);
        TestCustomers.Customer customer = customers.create();
        Case request = caseAwaitingAnswer(customer, List.of(Right.ACCESS));
        RequestRecord record = requests.get(request.caseNumber());
        ProcessTestSupport.setClock(calculator.endOfDay(record.effectiveDeadline()).plusSeconds(1));
        executeDueJobs(management, request.instance());
        Task review = taskService.createTaskQuery().processInstanceId(request.instance())
                .taskDefinitionKey(RequestProcess.REVIEW_OVERDUE_REQUEST).singleResult();
        String task = "/engine-rest/task/" + review.getId();

        assertThat(exchange(manager, HttpMethod.PUT, task + "/variables/dataSubjectId",
                "{\"value\":1,\"type\":\"Long\"}").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(exchange(manager, HttpMethod.POST, task + "/complete", "{\"variables\":{\"overdueReviewNote\":"
                + "{\"value\":\"Asked the agents\"},\"extendedDeadline\":{\"value\":\"2099-01-01\"}}}")
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        // Managers work no one else's task: the handler's "Prepare answer" is not theirs to change.
        assertThat(exchange(manager, HttpMethod.POST, "/engine-rest/task/" + request.task() + "/complete",
                "{\"variables\":{\"decision\":{\"value\":\"REFUSE\"}}}").getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);

        assertThat(exchange(manager, HttpMethod.POST, task + "/complete",
                "{\"variables\":{\"overdueReviewNote\":{\"value\":\"Asked the agents\"}}}").getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(runtimeService.getVariable(request.instance(), RequestVariables.DATA_SUBJECT_ID))
                .isEqualTo(customer.id());
        assertThat(runtimeService.getVariable(request.instance(), RequestVariables.EXTENDED_DEADLINE)).isNull();
        assertThat(taskService.createTaskQuery().taskId(request.task()).count()).isEqualTo(1);
    }

    @Test
    void managers_areCandidatesOfNoTaskButTheOverdueReview() {
        TestCustomers.Customer customer = customers.create();
        // Erasure reaches every manual source, also the supplier the record of processing gives to the managers.
        Case request = caseWaitingForManualSearches(customer, List.of(Right.ERASURE));

        List<Task> offered = taskService.createTaskQuery().processInstanceId(request.instance())
                .taskCandidateGroup(RequestProcess.GROUP_MANAGERS).list();
        List<String> searchedBy = taskService.createTaskQuery().processInstanceId(request.instance())
                .taskDefinitionKey(RequestProcess.SEARCH_MANUAL_SOURCES).list().stream()
                .flatMap(task -> taskService.getIdentityLinksForTask(task.getId()).stream())
                .map(link -> link.getGroupId()).filter(group -> group != null).distinct().toList();

        assertThat(offered).isEmpty();
        assertThat(searchedBy).containsOnly(RequestProcess.GROUP_AGENTS, RequestProcess.GROUP_OFFICERS);
    }

    @Test
    void javaApi_completionWritingAProtectedVariable_refusedNamingIt_deskStepsStillSetThem() {
        TestCustomers.Customer customer = customers.create();
        TestCustomers.Customer other = customers.create();
        Case request = caseAwaitingAnswer(customer, List.of(Right.ACCESS));

        assertThatThrownBy(() -> taskService.complete(request.task(), Map.of(RequestVariables.DECISION, "FULFIL",
                RequestVariables.DATA_SUBJECT_ID, other.id())))
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining("'dataSubjectId' is protected")
                .hasMessageNotContaining(String.valueOf(other.id()));
        assertThatThrownBy(() -> formService.submitTaskForm(request.task(), Map.of(RequestVariables.DECISION,
                "FULFIL", RequestVariables.RIGHTS, "ERASURE")))
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining("'rights' is protected");
        taskService.delegateTask(request.task(), "guardcolleague");
        assertThatThrownBy(() -> taskService.resolveTask(request.task(), Map.of(RequestVariables.HANDLER_GROUP,
                RequestProcess.GROUP_MANAGERS)))
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining("'handlerGroup' is protected");
        taskService.resolveTask(request.task(), Map.of(RequestVariables.REASON_DETAILS, "checked"));
        assertThat(runtimeService.getVariable(request.instance(), RequestVariables.DATA_SUBJECT_ID))
                .isEqualTo(customer.id());
        assertThat(runtimeService.getVariable(request.instance(), RequestVariables.HANDLER_GROUP))
                .isEqualTo(RequestProcess.GROUP_AGENTS);
        assertThat(taskService.createTaskQuery().taskId(request.task()).count()).isEqualTo(1);

        // Unchanged copies and the desk's own steps pass: the answer is carried out and the case moves on.
        taskService.complete(request.task(), Map.of(RequestVariables.DECISION, "FULFIL"));
        executeDueJobs(management, request.instance());
        assertThat(requests.get(request.caseNumber()).answeredAt()).isNotNull();
    }

    /** A case of the customer whose manual searches are done, waiting in "Prepare answer". */
    private Case caseAwaitingAnswer(TestCustomers.Customer customer, List<Right> rights) {
        Case request = caseWaitingForManualSearches(customer, rights);
        taskService.createTaskQuery().processInstanceId(request.instance())
                .taskDefinitionKey(RequestProcess.SEARCH_MANUAL_SOURCES).list()
                .forEach(search -> taskService.complete(search.getId(),
                        Map.of(RequestVariables.MANUAL_SEARCH_OUTCOME, "NOT_FOUND")));
        executeDueJobs(management, request.instance());
        String prepare = taskService.createTaskQuery().processInstanceId(request.instance())
                .taskDefinitionKey(RequestProcess.PREPARE_ANSWER).singleResult().getId();
        return new Case(request.caseNumber(), request.instance(), prepare);
    }

    private Case caseWaitingForManualSearches(TestCustomers.Customer customer, List<Right> rights) {
        String caseNumber = ProvenIntake.receive(intake, new NewRequest(Channel.EMAIL, rights,
                new NewRequest.Requester("Guard Test", customer.email(), null, null), "x", Language.en, null))
                .caseNumber();
        String instance = requests.get(caseNumber).processInstanceId();
        executeDueJobs(management, instance);
        return new Case(caseNumber, instance, null);
    }

    private record Case(String caseNumber, String instance, String task) {
    }

    private static ResponseEntity<String> exchange(TestRestTemplate client, HttpMethod method, String path,
            String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return client.exchange(path, method, new HttpEntity<>(body, headers), String.class);
    }
}
