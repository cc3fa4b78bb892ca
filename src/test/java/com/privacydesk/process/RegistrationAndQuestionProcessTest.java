package com.privacydesk.process;

import com.privacydesk.testsupport.ProcessTestSupport;
import com.privacydesk.request.ChannelProof;
import com.privacydesk.testsupport.ProvenIntake;
import static com.privacydesk.testsupport.ProcessTestSupport.advance;
import static com.privacydesk.testsupport.ProcessTestSupport.executeDueJobs;
import static com.privacydesk.testsupport.ProcessTestSupport.now;
import static com.privacydesk.testsupport.ProcessTestSupport.setClock;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import com.privacydesk.correspondence.CorrespondenceEntry;
import com.privacydesk.correspondence.CorrespondenceLog;
import com.privacydesk.correspondence.ControllerProfile;
import com.privacydesk.request.Direction;
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
import com.privacydesk.testsupport.ManualSearches;
import com.privacydesk.testsupport.TestCustomers;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * Requests an agent registers with the start form in Tasklist (a call, a letter), and a privacy question or
 * complaint (seed 002) from explanation to the supervisory authority. The engine clock is moved; jobs run by hand.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class RegistrationAndQuestionProcessTest {

    /** Monday 2 March 2026 (Warsaw): the one-month deadline is Thursday 2 April 2026. */
    static final Instant RECEIVED = Instant.parse("2026-03-02T09:00:00Z");
    static final LocalDate DEADLINE = LocalDate.parse("2026-04-02");

    @Autowired ProcessEngine engine;
    @Autowired FormService formService;
    @Autowired RepositoryService repositoryService;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired HistoryService historyService;
    @Autowired ManagementService management;
    @Autowired IdentityService identityService;
    @Autowired IntakeService intake;
    @Autowired RequestRepository requests;
    @Autowired CorrespondenceLog correspondence;
    @Autowired DeadlineCalculator calculator;
    @Autowired ControllerProfile controller;
    @Autowired TestCustomers customers;
    @Autowired JdbcTemplate jdbc;

    @BeforeEach
    void setUp() {
        init(engine);
        setClock(RECEIVED);
    }

    @AfterEach
    void tearDown() {
        identityService.clearAuthentication();
        ClockUtil.reset();
    }

    @Test
    void phoneCall_registeredByAnAgent_filedLikeAnyRequest_personalDataNeitherInVariablesNorHistory() {
        TestCustomers.Customer customer = customers.create();
        ProcessDefinition definition = definition();
        assertThat(formService.getStartFormData(definition.getId()).getCamundaFormRef().getKey())
                .isEqualTo("register-request");

        Map<String, Object> form = registration("PHONE", "[\"ACCESS\"]");
        form.put(RequestVariables.REQUESTER_NAME, "Tomasz Wiśniewski");
        form.put(RequestVariables.REQUESTER_PHONE, customer.phone());
        form.put(RequestVariables.REQUEST_MESSAGE, "Chcę wiedzieć, jakie dane o mnie macie.");
        ProcessInstance instance = asAgent(() -> formService.submitStartForm(definition.getId(), form));

        String caseNumber = instance.getBusinessKey();
        assertThat(caseNumber).matches("DSR-\\d{4}-\\d{6}");
        RequestRecord request = requests.get(caseNumber);
        assertThat(request.processInstanceId()).isEqualTo(instance.getId());
        assertThat(request.channel()).isEqualTo(Channel.PHONE);
        assertThat(request.rights()).containsExactly(Right.ACCESS);
        assertThat(request.language()).isEqualTo(Language.pl);
        assertThat(request.requester().name()).isEqualTo("Tomasz Wiśniewski");
        assertThat(request.requester().phone()).isEqualTo(customer.phone());
        assertThat(request.message()).isEqualTo("Chcę wiedzieć, jakie dane o mnie macie.");
        assertThat(request.receivedAt()).isEqualTo(RECEIVED);
        assertThat(request.deadline()).isEqualTo(DEADLINE);
        assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(instance.getId())
                .singleResult().getBusinessKey()).isEqualTo(caseNumber);

        Map<String, Object> variables = runtimeService.getVariables(instance.getId());
        assertThat(variables).containsEntry(RequestVariables.CASE_NUMBER, caseNumber)
                .containsEntry(RequestVariables.CHANNEL, "PHONE").containsEntry(RequestVariables.RIGHTS, "ACCESS")
                .containsEntry(RequestVariables.DEADLINE, DEADLINE.toString())
                .doesNotContainKeys(RequestVariables.REQUESTER_NAME, RequestVariables.REQUESTER_PHONE,
                        RequestVariables.REQUEST_MESSAGE, RequestVariables.RECEIPT_DATE);
        assertNoPersonalDataInHistory(instance, "Wiśniewski");

        executeDueJobs(management, instance.getId());
        assertThat(instance).hasPassed("AcknowledgeReceipt", "MatchRequester").hasNotPassed("ClassifyRequest");
        assertThat(correspondence.list(caseNumber)).extracting(CorrespondenceEntry::kind, CorrespondenceEntry::channel)
                .startsWith(org.assertj.core.groups.Tuple.tuple("REQUEST", Channel.PHONE));
        // The agent who took the call saw the caller's number and vouches for it: the customer's verified number.
        assertThat(requests.channelProof(caseNumber)).contains(ChannelProof.staff(customer.phone(), "agent1"));
        assertThat(runtimeService.getVariable(instance.getId(), RequestVariables.IDENTITY_MATCH)).isEqualTo("SURE");
    }

    @Test
    void letter_registeredDaysLater_deadlineRunsFromTheDayItArrived() {
        setClock(RECEIVED.plus(Duration.ofDays(6)));
        TestCustomers.Customer customer = customers.create();
        Map<String, Object> form = registration("LETTER", "[\"ERASURE\"]");
        form.put(RequestVariables.LANGUAGE, "de");
        form.put(RequestVariables.RECEIPT_DATE, "2026-03-02");
        form.put(RequestVariables.REQUESTER_NAME, "Lukas Schmidt");
        form.put(RequestVariables.REQUESTER_CUSTOMER_NUMBER, customer.customerNumber());
        ProcessInstance instance = asAgent(() -> formService.submitStartForm(definition().getId(), form));

        RequestRecord request = requests.get(instance.getBusinessKey());
        assertThat(request.channel()).isEqualTo(Channel.LETTER);
        assertThat(requests.channelProof(request.caseNumber())).as("a letter proves nothing").isEmpty();
        assertThat(calculator.receiptDate(request.receivedAt())).isEqualTo(LocalDate.parse("2026-03-02"));
        assertThat(request.deadline()).isEqualTo(DEADLINE);
        executeDueJobs(management, instance.getId());
        Task task = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
        assertThat(task.getDueDate()).isEqualTo(Date.from(calculator.endOfDay(DEADLINE)));
        // The acknowledgement names the day the letter arrived, not the day it was registered.
        CorrespondenceEntry acknowledgement = correspondence.list(request.caseNumber()).stream()
                .filter(entry -> entry.kind().equals("ACKNOWLEDGEMENT")).findFirst().orElseThrow();
        assertThat(acknowledgement.body()).contains("am 2. März 2026 erhalten").contains(request.caseNumber());
    }

    @Test
    void invalidRegistration_isRefusedWithTheProblems_andFilesNothing() {
        int before = jdbc.queryForObject("SELECT COUNT(*) FROM dsr_request", Integer.class);
        String id = definition().getId();

        Map<String, Object> future = registration("LETTER", "[\"ACCESS\"]");
        future.put(RequestVariables.RECEIPT_DATE, "2026-03-03");
        future.put(RequestVariables.REQUESTER_EMAIL, "someone@example.org");
        assertThatThrownBy(() -> asAgent(() -> formService.submitStartForm(id, future)))
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining("receiptDate must not lie in the future");

        Map<String, Object> undated = registration("LETTER", "[\"ACCESS\"]");
        undated.put(RequestVariables.REQUESTER_EMAIL, "someone@example.org");
        assertThatThrownBy(() -> asAgent(() -> formService.submitStartForm(id, undated)))
                .hasMessageContaining("a letter needs the day it arrived");

        Map<String, Object> unreachable = registration("CHAT", "[]");
        unreachable.put(RequestVariables.REQUESTER_NAME, "Nobody Known");
        unreachable.put(RequestVariables.REQUESTER_EMAIL, "not an address");
        unreachable.put(RequestVariables.CHANNEL, "EMAIL");
        assertThatThrownBy(() -> asAgent(() -> formService.submitStartForm(id, unreachable)))
                .hasMessageContaining("channel must be one of PHONE, CHAT, LETTER")
                .hasMessageContaining("choose at least one right")
                .hasMessageContaining("requesterEmail must be a well-formed email address")
                .hasMessageNotContaining("Nobody Known").hasMessageNotContaining("not an address");

        // Bypassing the form with a made-up case number (e.g. over /engine-rest) starts nothing either.
        assertThatThrownBy(() -> asAgent(() -> runtimeService.startProcessInstanceById(id,
                Map.of(RequestVariables.CASE_NUMBER, "DSR-2026-999999"))))
                .hasMessageContaining("Case DSR-2026-999999 is not a filed request");

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM dsr_request", Integer.class)).isEqualTo(before);
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey("DSR-2026-999999").count())
                .isZero();
    }

    @Test
    void question_explained_customerUnhappy_officerSeeksSolution_stillUnhappy_toldOfAuthority_onTheSameDeadlines() {
        TestCustomers.Customer customer = customers.create();
        String caseNumber = ProvenIntake.receive(intake, new NewRequest(Channel.EMAIL, List.of(Right.QUESTION),
                new NewRequest.Requester("Emma Peeters", customer.email(), null, null),
                "Waarom vraagt u mijn geboortedatum?", Language.nl, null)).caseNumber();
        ProcessInstance instance = instance(caseNumber);
        executeDueJobs(management, instance.getId());
        ManualSearches.nothingFound(taskService, instance.getId());
        executeDueJobs(management, instance.getId());

        // The same one-month deadline as every right, with its reminder and escalation timers.
        assertThat(instance).isWaitingAt(RequestProcess.PREPARE_ANSWER);
        assertThat(instance).task().hasDueDate(Date.from(calculator.endOfDay(DEADLINE)));
        assertThat(management.createJobQuery().processInstanceId(instance.getId())
                .activityId(RequestProcess.DEADLINE_PASSED).singleResult().getDuedate())
                .isEqualTo(Date.from(calculator.endOfDay(DEADLINE)));
        assertThat(management.createJobQuery().processInstanceId(instance.getId())
                .activityId(RequestProcess.DEADLINE_APPROACHING).singleResult().getDuedate())
                .isEqualTo(Date.from(calculator.remindAt(DEADLINE)));

        // Explain: a question is answered in the handler's own words.
        advance(Duration.ofDays(5));
        assertThatThrownBy(() -> complete(instance, RequestProcess.PREPARE_ANSWER,
                Map.of(RequestVariables.DECISION, "FULFIL")))
                .hasMessageContaining("a question or a further answer needs your explanation");
        complete(instance, RequestProcess.PREPARE_ANSWER, Map.of(RequestVariables.DECISION, "FULFIL",
                RequestVariables.EXPLANATION, "Wij vragen uw geboortedatum alleen om uw leeftijd te controleren."));
        assertThat(instance).isWaitingAt(RequestProcess.AWAIT_REACTION);
        assertThat(lettersOut(caseNumber)).containsExactly("ACKNOWLEDGEMENT", "ANSWER");

        // Unhappy: the difficult-customer officer looks for a solution with the handler.
        advance(Duration.ofDays(3));
        Instant dissatisfiedAt = now();
        intake.dissatisfied(caseNumber, "Dat is geen goede reden.");
        assertThat(instance).isWaitingAt(RequestProcess.CONSULT_OFFICER);
        assertThat(instance).task().hasCandidateGroup(RequestProcess.GROUP_OFFICERS);
        identityService.setAuthentication("officer", List.of(RequestProcess.GROUP_OFFICERS));
        complete(instance, RequestProcess.CONSULT_OFFICER, Map.of(RequestVariables.OFFICER_ACTION, "ADVISE",
                RequestVariables.GUIDANCE, "Offer to delete the date of birth once the age check is done."));
        identityService.clearAuthentication();

        // The further answer is due one month after the customer's reaction, with the same timers.
        LocalDate furtherDeadline = calculator.oneMonth(dissatisfiedAt).deadline();
        assertThat(instance).isWaitingAt(RequestProcess.PREPARE_ANSWER);
        assertThat(instance).task().hasDueDate(Date.from(calculator.endOfDay(furtherDeadline)));
        assertThat(management.createJobQuery().processInstanceId(instance.getId())
                .activityId(RequestProcess.DEADLINE_PASSED).singleResult().getDuedate())
                .isEqualTo(Date.from(calculator.endOfDay(furtherDeadline)));
        complete(instance, RequestProcess.PREPARE_ANSWER, Map.of(RequestVariables.DECISION, "FULFIL",
                RequestVariables.EXPLANATION, "Wij verwijderen uw geboortedatum na de leeftijdscontrole."));
        assertThat(lettersOut(caseNumber)).containsExactly("ACKNOWLEDGEMENT", "ANSWER", "FURTHER_ANSWER");

        // Still unhappy: the customer is told of the supervisory authority and the case closes.
        advance(Duration.ofDays(2));
        intake.dissatisfied(caseNumber, "Nog steeds niet tevreden.");
        assertThat(instance).isEnded().hasPassed("InformOfAuthority", "CloseRequest", "RequestClosed");
        CorrespondenceEntry closing = correspondence.list(caseNumber).stream()
                .filter(entry -> entry.kind().equals("CLOSING_WITH_AUTHORITY")).findFirst().orElseThrow();
        assertThat(closing.body()).contains(controller.supervisoryAuthority().name(),
                controller.supervisoryAuthority().address(), controller.supervisoryAuthority().website());
        assertThat(requests.get(caseNumber).closedAt()).isNotNull();
    }

    // ---- helpers

    private ProcessDefinition definition() {
        return repositoryService.createProcessDefinitionQuery().processDefinitionKey(RequestProcess.KEY)
                .latestVersion().singleResult();
    }

    /** The start form's fields as Tasklist submits them: strings, the checklist as a Json array. */
    private static Map<String, Object> registration(String channel, String rightsJson) {
        Map<String, Object> form = new HashMap<>();
        form.put(RequestVariables.CHANNEL, channel);
        form.put(RequestVariables.RIGHTS, SpinValues.jsonValue(rightsJson).create());
        form.put(RequestVariables.LANGUAGE, "pl");
        return form;
    }

    private ProcessInstance asAgent(java.util.function.Supplier<ProcessInstance> start) {
        identityService.setAuthentication("agent1", List.of(RequestProcess.GROUP_AGENTS));
        try {
            return start.get();
        } finally {
            identityService.clearAuthentication();
        }
    }

    private void assertNoPersonalDataInHistory(ProcessInstance instance, String name) {
        for (String personal : RequestVariables.PERSONAL_FORM_FIELDS) {
            assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
                    .variableName(personal).count()).as(personal).isZero();
            assertThat(historyService.createHistoricDetailQuery().processInstanceId(instance.getId()).list())
                    .noneMatch(detail -> detail.toString().contains(name));
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ACT_HI_DETAIL WHERE PROC_INST_ID_ = ? AND (NAME_ IN"
                + " ('requesterName', 'requesterPhone', 'requestMessage') OR TEXT_ LIKE ?)", Integer.class,
                instance.getId(), "%" + name + "%")).isZero();
    }

    private ProcessInstance instance(String caseNumber) {
        return runtimeService.createProcessInstanceQuery().processInstanceId(requests.get(caseNumber)
                .processInstanceId()).singleResult();
    }

    private void complete(ProcessInstance instance, String taskKey, Map<String, Object> variables) {
        ProcessTestSupport.completeTask(taskService, management, instance.getId(), taskKey, variables);
        ManualSearches.nothingFound(taskService, instance.getId());
        executeDueJobs(management, instance.getId());
    }

    private List<String> lettersOut(String caseNumber) {
        return correspondence.list(caseNumber).stream().filter(entry -> entry.direction() == Direction.OUT)
                .map(CorrespondenceEntry::kind).toList();
    }
}
