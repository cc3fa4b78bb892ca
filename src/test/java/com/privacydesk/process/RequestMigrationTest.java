package com.privacydesk.process;

import com.privacydesk.testsupport.ManualSearches;
import com.privacydesk.testsupport.ProcessTestSupport;
import static com.privacydesk.testsupport.ProcessTestSupport.advance;
import static com.privacydesk.testsupport.ProcessTestSupport.executeDueJobs;
import static com.privacydesk.testsupport.ProcessTestSupport.setClock;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import com.privacydesk.intake.IntakeService;
import com.privacydesk.intake.NewRequest;
import com.privacydesk.operations.RequestMigration;
import com.privacydesk.request.Channel;
import com.privacydesk.request.Language;
import com.privacydesk.request.RequestProcess;
import com.privacydesk.request.RequestRepository;
import com.privacydesk.request.RequestVariables;
import com.privacydesk.request.Right;
import com.privacydesk.testsupport.ProvenIntake;
import com.privacydesk.testsupport.TestCustomers;
import com.privacydesk.testsupport.TestStaff;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

/**
 * Requests running on the diagram as it was before the redraw (src/test/resources/migration, today's copy) are moved
 * by {@link RequestMigration} onto the redrawn one while they wait at each of its wait states, then completed there.
 * The old version is deployed for the test only and deleted afterwards, so the application's version stays the latest.
 * Old instances are placed at their wait states through the old diagram itself (intake, matching, tasks) or, where
 * the old path ran delegates that no longer exist, by process-instance modification.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class RequestMigrationTest {

    static final Instant RECEIVED = Instant.parse("2026-03-02T09:00:00Z");

    @Autowired ProcessEngine engine;
    @Autowired RepositoryService repositoryService;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired ManagementService management;
    @Autowired IdentityService identityService;
    @Autowired IntakeService intake;
    @Autowired RequestRepository requests;
    @Autowired TestCustomers customers;
    @Autowired RequestMigration migration;
    @Autowired TestRestTemplate http;
    @Autowired TestStaff staff;

    private ProcessDefinition current;
    private ProcessDefinition old;
    /** A deployment made newer than the application's own by a test, removed after it. */
    private String newest;

    @BeforeEach
    void deployTheOldVersion() {
        init(engine);
        setClock(RECEIVED);
        current = latest();
        String deployment = repositoryService.createDeployment().name("before the redraw")
                .addClasspathResource("migration/data-subject-request-before-redraw.bpmn").deploy().getId();
        old = repositoryService.createProcessDefinitionQuery().deploymentId(deployment).singleResult();
        assertThat(latest().getId()).isEqualTo(old.getId());
    }

    @AfterEach
    void removeTheOldVersion() {
        if (newest != null) {
            repositoryService.deleteDeployment(newest, true);
        }
        repositoryService.deleteDeployment(old.getDeploymentId(), true);
        identityService.clearAuthentication();
        ClockUtil.reset();
    }

    @Test
    void waitingInVerifyIdentity_migrates_thenAskedForMore_replies_andIsAnswered() {
        ProcessInstance instance = oldInstanceMatched(Channel.WEB_FORM, "nobody-" + System.nanoTime() + "@example.org");
        assertThat(instance).isWaitingAt(RequestProcess.VERIFY_IDENTITY);

        migrate(instance);

        complete(instance, RequestProcess.VERIFY_IDENTITY, Map.of(RequestVariables.VERIFICATION, "MORE_INFO_NEEDED",
                RequestVariables.INFORMATION_NEEDED, "Your customer number."));
        assertThat(instance).isWaitingAt(RequestProcess.AWAIT_INFORMATION)
                .hasPassed("RequestIdentityInformation", "AskForIdentityInformation");
        advance(Duration.ofDays(3));
        intake.reply(caseNumber(instance), "My customer number is 42.");
        executeDueJobs(management, instance.getId());
        assertThat(instance).isWaitingAt(RequestProcess.VERIFY_IDENTITY).hasPassed("ResumeAfterInformation");
        complete(instance, RequestProcess.VERIFY_IDENTITY, Map.of(RequestVariables.VERIFICATION, "CONFIRMED"));
        answerAndClose(instance);
    }

    @Test
    void waitingForTheRequestersReply_migratesIntoTheWait_andTheReplyResumes() {
        ProcessInstance instance = oldInstanceMatched(Channel.WEB_FORM, "nobody-" + System.nanoTime() + "@example.org");
        // The old diagram asks for more and waits outside its deadline scope, at its own event-based gateway.
        complete(instance, RequestProcess.VERIFY_IDENTITY, Map.of(RequestVariables.VERIFICATION, "MORE_INFO_NEEDED",
                RequestVariables.INFORMATION_NEEDED, "Your customer number."));
        assertThat(instance).isWaitingAt(RequestProcess.AWAIT_INFORMATION);
        assertThat(runtimeService.getActivityInstance(instance.getId()).getChildActivityInstances())
                .extracting(a -> a.getActivityId()).contains(RequestProcess.AWAIT_INFORMATION);

        migrate(instance);

        assertThat(runtimeService.getActivityInstance(instance.getId()).getChildActivityInstances())
                .extracting(a -> a.getActivityId()).containsExactly(RequestProcess.AWAIT_IDENTITY_INFORMATION);
        assertThat(management.createJobQuery().processInstanceId(instance.getId())
                .activityId(RequestProcess.INFORMATION_OVERDUE).count()).as("the no-reply timer moved along").isOne();
        intake.reply(caseNumber(instance), "My customer number is 42.");
        executeDueJobs(management, instance.getId());
        assertThat(instance).isWaitingAt(RequestProcess.VERIFY_IDENTITY);
        complete(instance, RequestProcess.VERIFY_IDENTITY, Map.of(RequestVariables.VERIFICATION, "CONFIRMED"));
        answerAndClose(instance);
    }

    @Test
    void waitingInPrepareAnswer_migrates_extendsInsideTheScope_andIsAnswered() {
        ProcessInstance instance = oldInstanceMatched(Channel.EMAIL, customers.create().email());
        assertThat(instance).isWaitingAt(RequestProcess.PREPARE_ANSWER);
        Date dueAt = jobDue(instance, RequestProcess.DEADLINE_PASSED);

        migrate(instance);

        assertThat(jobDue(instance, RequestProcess.DEADLINE_PASSED)).as("the deadline timer kept").isEqualTo(dueAt);
        complete(instance, RequestProcess.PREPARE_ANSWER, Map.of(RequestVariables.DECISION, "EXTEND",
                RequestVariables.REASONS, "COMPLEX_REQUEST", RequestVariables.REASON_DETAILS,
                "Several systems must be searched."));
        assertThat(instance).isWaitingAt(RequestProcess.PREPARE_ANSWER).hasPassed("ExtendDeadline",
                "SendExtensionNotice");
        assertThat(jobDue(instance, RequestProcess.DEADLINE_PASSED)).as("re-aimed at the extended date")
                .isAfter(dueAt);
        answerAndClose(instance);
    }

    @Test
    void waitingForTheCustomersReaction_migrates_dissatisfied_officerAdvises_furtherAnswer() {
        ProcessInstance instance = oldInstanceMatched(Channel.EMAIL, customers.create().email());
        // The old diagram's answer ran a delegate that no longer exists: the instance is placed after it.
        runtimeService.createProcessInstanceModification(instance.getId())
                .cancelAllForActivity("HandleRequest")
                .startBeforeActivity(RequestProcess.AWAIT_REACTION)
                .setVariable(RequestVariables.QUIET_UNTIL, Date.from(RECEIVED.plus(Duration.ofDays(30))))
                .execute(true, true);
        assertThat(instance).isWaitingAt(RequestProcess.AWAIT_REACTION);

        migrate(instance);

        intake.dissatisfied(caseNumber(instance), "That is not all you hold.");
        executeDueJobs(management, instance.getId());
        assertThat(instance).isWaitingAt(RequestProcess.CONSULT_OFFICER);
        asOfficer(() -> complete(instance, RequestProcess.CONSULT_OFFICER, Map.of(RequestVariables.OFFICER_ACTION,
                "ADVISE", RequestVariables.GUIDANCE, "Name the order history as well.")));
        assertThat(instance).isWaitingAt(RequestProcess.PREPARE_ANSWER).hasPassed("OpenFurtherAnswer");
        complete(instance, RequestProcess.PREPARE_ANSWER, Map.of(RequestVariables.DECISION, "FULFIL",
                RequestVariables.EXPLANATION, "We also hold your order history; the copy is attached."));
        assertThat(instance).isWaitingAt(RequestProcess.AWAIT_REACTION);
        intake.dissatisfied(caseNumber(instance), "Still not all.");
        assertThat(instance).isEnded().hasPassed("InformOfAuthority", "CloseRequest", "RequestClosed");
    }

    @Test
    void waitingAtEveryUserTask_migratesToTheSameTask() {
        for (String task : List.of(RequestProcess.CLASSIFY_REQUEST, RequestProcess.VERIFY_IDENTITY,
                RequestProcess.PREPARE_ANSWER, RequestProcess.CONSULT_OFFICER, RequestProcess.REVIEW_OVERDUE_REQUEST)) {
            ProcessInstance instance = oldInstanceMatched(Channel.EMAIL, customers.create().email());
            runtimeService.createProcessInstanceModification(instance.getId())
                    .cancelAllForActivity("HandleRequest")
                    .startBeforeActivity(task)
                    .setVariable(RequestVariables.DISSATISFIED_AT, Date.from(RECEIVED))
                    .execute(true, true);
            assertThat(instance).as(task).isWaitingAt(task);

            migrate(instance);

            assertThat(instance).as(task).isWaitingAt(task);
            assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instance.getId()).singleResult()
                    .getProcessDefinitionId()).isEqualTo(current.getId());
            runtimeService.deleteProcessInstance(instance.getId(), "test: migrated to " + task);
        }
    }

    @Test
    void operatorEndpoint_managersMoveEveryOlderRequestToTheNewest_agentsMayNot() {
        ProcessInstance instance = oldInstanceMatched(Channel.EMAIL, customers.create().email());
        assertThat(instance).isWaitingAt(RequestProcess.PREPARE_ANSWER);
        // The application's version is older than the one under test here: deploy it again as the newest.
        newest = repositoryService.createDeployment().name("the redrawn diagram, again")
                .addClasspathResource("bpmn/data-subject-request.bpmn").deploy().getId();
        String target = latest().getId();
        String agent = staff.member("miagent", RequestProcess.GROUP_AGENTS);
        String manager = staff.member("mimanager", RequestProcess.GROUP_MANAGERS);

        assertThat(http.withBasicAuth(agent, TestStaff.PASSWORD).postForEntity("/api/operations/request-migration",
                null, String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(definitionOf(instance)).isEqualTo(old.getId());

        ResponseEntity<String> moved = http.withBasicAuth(manager, TestStaff.PASSWORD)
                .postForEntity("/api/operations/request-migration", null, String.class);
        assertThat(moved.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(moved.getBody()).contains("\"fromVersion\":" + old.getVersion());
        assertThat(definitionOf(instance)).isEqualTo(target);
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionId(old.getId()).count()).isZero();
        assertThat(instance).isWaitingAt(RequestProcess.PREPARE_ANSWER);

        assertThat(http.withBasicAuth(manager, TestStaff.PASSWORD).postForEntity("/api/operations/request-migration",
                null, String.class).getBody()).as("nothing left to move").doesNotContain("\"fromVersion\":"
                + old.getVersion());
    }

    // ---- helpers

    private String definitionOf(ProcessInstance instance) {
        return runtimeService.createProcessInstanceQuery().processInstanceId(instance.getId()).singleResult()
                .getProcessDefinitionId();
    }

    /** A request on the old version, filed through the intake and matched by the old diagram's own steps. */
    private ProcessInstance oldInstanceMatched(Channel channel, String email) {
        String caseNumber = ProvenIntake.receive(intake, new NewRequest(channel, List.of(Right.ACCESS),
                new NewRequest.Requester("Test Requester", email, null, null), "Test request.", Language.en, null))
                .caseNumber();
        ProcessInstance instance = runtimeService.createProcessInstanceQuery()
                .processInstanceId(requests.get(caseNumber).processInstanceId()).singleResult();
        assertThat(instance.getProcessDefinitionId()).isEqualTo(old.getId());
        // The old "Acknowledge receipt" delegate is gone: start where the old diagram matches the requester. The
        // variables the old intake and matching set, which the routing and identity-evidence tables set now, are
        // given as a request running on the old diagram has them.
        runtimeService.createProcessInstanceModification(instance.getId())
                .cancelAllForActivity("AcknowledgeReceipt")
                .startBeforeActivity("MatchRequester")
                .setVariable(RequestVariables.HANDLER_GROUP, RequestProcess.GROUP_AGENTS)
                .setVariable(RequestVariables.IDENTITY_MATCH, channel == Channel.EMAIL ? "SURE" : "PROBABLE")
                .execute();
        searchedByHand(instance);
        return instance;
    }

    private void migrate(ProcessInstance instance) {
        runtimeService.newMigration(migration.plan(old.getId(), current.getId()))
                .processInstanceIds(instance.getId()).execute();
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instance.getId()).singleResult()
                .getProcessDefinitionId()).isEqualTo(current.getId());
    }

    private void answerAndClose(ProcessInstance instance) {
        complete(instance, RequestProcess.PREPARE_ANSWER, Map.of(RequestVariables.DECISION, "FULFIL"));
        assertThat(instance).isWaitingAt(RequestProcess.AWAIT_REACTION).hasPassed("SendAnswer");
        advance(Duration.ofDays(120));
        executeDueJobs(management, instance.getId());
        assertThat(instance).isEnded().hasPassed("CloseRequest", "RequestClosed");
    }

    private void complete(ProcessInstance instance, String taskKey, Map<String, Object> variables) {
        ProcessTestSupport.completeTask(taskService, management, instance.getId(), taskKey, variables);
        searchedByHand(instance);
        ManualSearches.allDoneByHand(taskService, instance.getId());
        executeDueJobs(management, instance.getId());
    }

    private void searchedByHand(ProcessInstance instance) {
        ManualSearches.nothingFound(taskService, instance.getId());
        executeDueJobs(management, instance.getId());
    }

    private void asOfficer(Runnable action) {
        identityService.setAuthentication("officer", List.of(RequestProcess.GROUP_OFFICERS));
        try {
            action.run();
        } finally {
            identityService.clearAuthentication();
        }
    }

    private Date jobDue(ProcessInstance instance, String activityId) {
        return management.createJobQuery().processInstanceId(instance.getId()).activityId(activityId).singleResult()
                .getDuedate();
    }

    private String caseNumber(ProcessInstance instance) {
        return instance.getBusinessKey();
    }

    private ProcessDefinition latest() {
        return repositoryService.createProcessDefinitionQuery().processDefinitionKey(RequestProcess.KEY)
                .latestVersion().singleResult();
    }
}
