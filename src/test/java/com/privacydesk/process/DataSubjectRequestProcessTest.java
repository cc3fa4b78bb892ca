package com.privacydesk.process;

import com.privacydesk.testsupport.ManualSearches;
import com.privacydesk.testsupport.ProcessTestSupport;
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
import com.privacydesk.answer.ReasonCode;
import com.privacydesk.correspondence.CorrespondenceLog;
import com.privacydesk.request.Direction;
import com.privacydesk.deadline.DeadlineCalculator;
import com.privacydesk.request.CaseNotWaitingException;
import com.privacydesk.intake.IntakeService;
import com.privacydesk.intake.NewRequest;
import com.privacydesk.casefile.CaseView;
import com.privacydesk.casefile.CaseViews;
import com.privacydesk.request.Channel;
import com.privacydesk.request.Language;
import com.privacydesk.request.RequestProcess;
import com.privacydesk.request.RequestRepository;
import com.privacydesk.lookup.ManualSearchVariables;
import com.privacydesk.request.RequestVariables;
import com.privacydesk.request.Right;
import com.privacydesk.request.Stage;
import com.privacydesk.testsupport.TestCustomers;
import com.privacydesk.deadline.IdentityQuestion;
import com.privacydesk.deadline.IdentityWaitVariables;
import com.privacydesk.deadline.IdentityWaits;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * Every path of bpmn/data-subject-request.bpmn, driven as the desk drives it: requests enter through the intake,
 * tasks are completed with the variables Tasklist submits, jobs run when the engine clock says they are due.
 * Received Monday 2 March 2026 (Warsaw): deadline Thursday 2 April 2026.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class DataSubjectRequestProcessTest {

    static final Instant RECEIVED = Instant.parse("2026-03-02T09:00:00Z");
    static final LocalDate DEADLINE = LocalDate.parse("2026-04-02");

    @Autowired ProcessEngine engine;
    @Autowired IntakeService intake;
    @Autowired RequestRepository requests;
    @Autowired CorrespondenceLog correspondence;
    @Autowired CaseViews caseViews;
    @Autowired DeadlineCalculator calculator;
    @Autowired TestCustomers customers;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired ManagementService management;
    @Autowired IdentityService identityService;
    @Autowired JdbcTemplate jdbc;
    @Autowired com.privacydesk.answer.AnswerPlans plans;
    @Autowired IdentityWaits identityWaits;

    /** Most paths are not about the places searched by hand: their search tasks are completed as "nothing found". */
    private boolean nothingFoundByHand = true;

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
    void sureMatchByEmail_fulfilAccess_answerSent_noReaction_closed() {
        TestCustomers.Customer customer = customers.create();
        Case request = receive(Channel.EMAIL, List.of(Right.ACCESS), customer.email(), null);

        assertThat(request.instance()).isWaitingAt("PrepareAnswer").hasPassed("AcknowledgeReceipt", "MatchRequester",
                "CollectPersonalData").hasNotPassed("VerifyIdentity");
        // Routed by bpmn/routing.dmn; the match's facts judged by bpmn/identity-evidence.dmn.
        assertThat(request.instance()).hasPassed(RequestProcess.ROUTE_REQUEST, RequestProcess.DECIDE_IDENTITY_EVIDENCE)
                .variables().containsEntry(RequestVariables.HANDLER_GROUP, RequestProcess.GROUP_AGENTS)
                .containsEntry(RequestVariables.MATCH_CONFIDENCE, "EXACT")
                .containsEntry(RequestVariables.CONTACT_PROVEN, true)
                .containsEntry(RequestVariables.IDENTITY_MATCH, "SURE");
        assertThat(request.instance()).task().hasCandidateGroup(RequestProcess.GROUP_AGENTS)
                .hasDueDate(Date.from(calculator.endOfDay(DEADLINE)));
        assertThat(taskService.createTaskQuery().processInstanceId(request.id()).singleResult().getFollowUpDate())
                .isEqualTo(Date.from(calculator.remindAt(DEADLINE)));
        assertThat(request.variable(RequestVariables.LOOKUP_SUMMARY).toString()).contains("Order history: 2");

        complete(request, "PrepareAnswer", Map.of(RequestVariables.DECISION, "FULFIL"));
        assertThat(jdbc.queryForList("SELECT kind FROM subject_package WHERE case_number = ? AND answer_round = 1"
                + " ORDER BY kind", String.class, request.caseNumber())).containsExactly("ACCESS_HTML", "ACCESS_JSON");
        assertThat(request.instance()).isWaitingAt("AwaitReaction").hasPassed("CarryOutDecision", "SendAnswer");
        assertThat(lettersOut(request)).containsExactly("ACKNOWLEDGEMENT", "ANSWER");
        assertThat(caseViews.view(request.caseNumber()).stage()).isEqualTo(Stage.AWAITING_REACTION);

        advance(Duration.ofDays(15));
        executeDueJobs(management, request.id());
        assertThat(request.instance()).isEnded().hasPassed("QuietPeriodOver", "CloseRequest", "RequestClosed");
        assertThat(requests.get(request.caseNumber()).closedAt()).isNotNull();
        assertThat(caseViews.view(request.caseNumber()).stage()).isEqualTo(Stage.CLOSED);
    }

    @Test
    void manualSources_oneSearchTaskPerSourceForItsOwnerGroup_answerWaitsForAll() {
        nothingFoundByHand = false;
        TestCustomers.Customer customer = customers.create();
        Case request = receive(Channel.EMAIL, List.of(Right.ERASURE), customer.email(), null);

        assertThat(request.instance()).isWaitingAt("SearchManualSources").hasPassed("CollectPersonalData");
        List<Task> searches = taskService.createTaskQuery().processInstanceId(request.id())
                .taskDefinitionKey("SearchManualSources").orderByTaskName().asc().list();
        assertThat(searches).extracting(Task::getName).containsExactly(
                "Search Complaints spreadsheet of the customer-service team",
                "Search E-mail address books of the customer-service mailboxes",
                "Search Outsourced weekend call centre (supplier system without an API)",
                "Search Paper return slips and signed delivery notes");
        // The record gives the supplier to the managers, but managers watch and work no case (issue 16): agents ask.
        assertThat(taskService.createTaskQuery().processInstanceId(request.id()).taskCandidateGroup("managers")
                .taskDefinitionKey("SearchManualSources").count()).isZero();
        assertThat(taskService.createTaskQuery().processInstanceId(request.id())
                .taskCandidateGroup(RequestProcess.GROUP_AGENTS).taskDefinitionKey("SearchManualSources").count())
                .isEqualTo(3);
        assertThat(taskService.createTaskQuery().processInstanceId(request.id())
                .taskCandidateGroup(RequestProcess.GROUP_OFFICERS).taskDefinitionKey("SearchManualSources").count()).isEqualTo(1);

        // Before the decision a place is only searched: nothing is changed there yet.
        taskService.complete(searches.get(0).getId(), Map.of(RequestVariables.MANUAL_SEARCH_OUTCOME, "FOUND",
                RequestVariables.MANUAL_SEARCH_NOTE, "2 rows in sheet 2024"));
        taskService.complete(searches.get(1).getId(), Map.of(RequestVariables.MANUAL_SEARCH_OUTCOME, "NOT_FOUND"));
        taskService.complete(searches.get(2).getId(), Map.of(RequestVariables.MANUAL_SEARCH_OUTCOME, "NOT_FOUND"));
        assertThat(request.instance()).isWaitingAt("SearchManualSources").hasNotPassed("PrepareAnswer");
        // Each search's answer stays on its own task: none overwrote another on the process instance.
        assertThat(request.variable(RequestVariables.MANUAL_SEARCH_OUTCOME)).isNull();

        taskService.complete(searches.get(3).getId(), Map.of(RequestVariables.MANUAL_SEARCH_OUTCOME, "NOT_FOUND"));

        assertThat(request.instance()).isWaitingAt("PrepareAnswer");
        assertThat(request.variable(RequestVariables.MANUAL_SEARCH_SUMMARY).toString())
                .contains("Complaints spreadsheet of the customer-service team: FOUND",
                        "Paper return slips and signed delivery notes: NOT_FOUND");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM manual_source_search WHERE case_number = ?",
                Integer.class, request.caseNumber())).isEqualTo(4);

        // After the decision, the erasure in the spreadsheet is a task for its owner group, and the answer waits.
        taskService.complete(taskService.createTaskQuery().processInstanceId(request.id())
                .taskDefinitionKey("PrepareAnswer").singleResult().getId(), Map.of(RequestVariables.DECISION, "FULFIL"));
        executeDueJobs(management, request.id());
        List<Task> byHand = taskService.createTaskQuery().processInstanceId(request.id())
                .taskDefinitionKey("CarryOutByHand").taskCandidateGroup(RequestProcess.GROUP_AGENTS).orderByTaskName()
                .asc().list();
        // The erasure in the spreadsheet, and the parcel carriers (no address) told of it under Art. 19.
        assertThat(byHand).extracting(Task::getName).containsExactly(
                "Apply erasure in Complaints spreadsheet of the customer-service team",
                "Notify Parcel carriers (independent controllers)");
        Task apply = byHand.get(0);
        assertThat(lettersOut(request)).containsExactly("ACKNOWLEDGEMENT");
        assertThatThrownBy(() -> taskService.complete(apply.getId(), Map.of("manualActionDone", false)))
                .hasMessageContaining("confirm that it was done");
        taskService.complete(apply.getId(), Map.of("manualActionDone", true));
        doneByHand(request);
        assertThat(request.instance()).isWaitingAt("AwaitReaction");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM execution_log WHERE case_number = ? AND action ="
                + " 'APPLIED_BY_HAND' AND target = 'complaints-spreadsheet'", Integer.class, request.caseNumber()))
                .isEqualTo(1);
        assertThat(correspondence.list(request.caseNumber()).stream().filter(e -> e.kind().equals("PARTIAL_REFUSAL"))
                .findFirst().orElseThrow().body()).contains("Complaints spreadsheet of the customer-service team")
                .contains("\n-- \n");
        // Art. 19 notices go to companies, not to the data subject: no customer e-mail footer (issue 18).
        assertThat(correspondence.list(request.caseNumber()).stream().filter(e -> e.kind().equals("RECIPIENT_NOTICE")))
                .isNotEmpty().allSatisfy(e -> assertThat(e.body()).doesNotContain("\n-- \n"));
    }

    /**
     * Issue 18: for an access request the searcher enters the data as found; the answer shows them under the place's
     * name. They are kept with the case (manual_source_search), never in the engine's history.
     */
    @Test
    void accessWithDataFoundByHand_answerShowsThemAsFound_historyNeverHoldsThem() {
        nothingFoundByHand = false;
        TestCustomers.Customer customer = customers.create();
        Case request = receive(Channel.EMAIL, List.of(Right.ACCESS), customer.email(), null);
        List<Task> searches = taskService.createTaskQuery().processInstanceId(request.id())
                .taskDefinitionKey("SearchManualSources").orderByTaskName().asc().list();
        assertThat(searches.get(0).getName()).isEqualTo("Search Complaints spreadsheet of the customer-service team");

        // Found, but not what: the copy could not show it, so the completion is refused with what to do.
        assertThatThrownBy(() -> taskService.complete(searches.get(0).getId(),
                Map.of(RequestVariables.MANUAL_SEARCH_OUTCOME, "FOUND")))
                .hasMessageContaining("enter the data found");
        String found = "Row 17, sheet 2024: Test Requester, complaint about order ZAM-1001";
        taskService.complete(searches.get(0).getId(), Map.of(RequestVariables.MANUAL_SEARCH_OUTCOME, "FOUND",
                ManualSearchVariables.DATA_FOUND, found));
        searches.stream().skip(1).forEach(task -> taskService.complete(task.getId(),
                Map.of(RequestVariables.MANUAL_SEARCH_OUTCOME, "NOT_FOUND")));
        executeDueJobs(management, request.id());

        complete(request, "PrepareAnswer", Map.of(RequestVariables.DECISION, "FULFIL"));

        assertThat(lettersOut(request)).containsExactly("ACKNOWLEDGEMENT", "ANSWER");
        assertThat(correspondence.list(request.caseNumber()).stream().filter(e -> e.kind().equals("ANSWER"))
                .findFirst().orElseThrow().body())
                .contains("This is your data as we found it there:",
                        "Complaints spreadsheet of the customer-service team:\n" + found);
        assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery()
                .processInstanceId(request.id()).variableName(ManualSearchVariables.DATA_FOUND).count()).isZero();
        assertThat(engine.getHistoryService().createHistoricDetailQuery().processInstanceId(request.id()).list())
                .noneMatch(detail -> detail.toString().contains("ZAM-1001"));
        assertThat(runtimeService.createVariableInstanceQuery().variableName(ManualSearchVariables.DATA_FOUND)
                .list()).noneMatch(v -> found.equals(v.getValue()));
    }

    @Test
    void erasureWithInvoicesKept_becomesPartialRefusalWithRetentionReason() {
        TestCustomers.Customer customer = customers.create();
        Case request = receive(Channel.EMAIL, List.of(Right.ERASURE), customer.email(), null);

        complete(request, "PrepareAnswer", Map.of(RequestVariables.DECISION, "FULFIL"));

        assertThat(request.instance()).isWaitingAt("AwaitReaction");
        assertThat(lettersOut(request)).containsExactly("ACKNOWLEDGEMENT", "PARTIAL_REFUSAL");
        assertThat(customers.exists(customer.id(), "support_ticket")).isFalse();
        assertThat(customers.exists(customer.id(), "invoice")).isTrue();
    }

    @Test
    void planWithheldSource_needsTheHandlersWords_thenPartialRefusalLetter() {
        TestCustomers.Customer customer = customers.create();
        Case request = receive(Channel.EMAIL, List.of(Right.ACCESS), customer.email(), null);

        assertThatThrownBy(() -> complete(request, "PrepareAnswer", Map.of(RequestVariables.DECISION, "ANSWER")))
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining("ACCESS needs an outcome");
        assertThat(request.instance()).isWaitingAt("PrepareAnswer");
        assertThatThrownBy(() -> complete(request, "PrepareAnswer", Map.of(RequestVariables.DECISION, "ANSWER",
                "accessOutcome", "FULFIL", "accessKept", "chat_sessions")))
                .hasMessageContaining("keeping chat_sessions on the ground RIGHTS_OF_OTHERS needs your own words");
        assertThatThrownBy(() -> complete(request, "PrepareAnswer", Map.of(RequestVariables.DECISION, "ANSWER",
                "accessOutcome", "FULFIL", "accessKept", "chat_session", "accessDetails", "Another person's words.")))
                .hasMessageContaining("chat_session is not a source of the record of processing");
        assertThatThrownBy(() -> complete(request, "PrepareAnswer", Map.of(RequestVariables.DECISION, "ANSWER",
                "accessOutcome", "REFUSE", "accessReasons", "LEGAL_CLAIMS", "accessDetails", "A dispute.")))
                .hasMessageContaining("LEGAL_CLAIMS is not a ground for refusing ACCESS");
        // Tasklist submits the checklist as a Json array.
        complete(request, "PrepareAnswer", Map.of(RequestVariables.DECISION, "ANSWER", "accessOutcome", "FULFIL",
                "accessDetails", "Chat transcripts also hold another person's words.",
                "accessKept", org.camunda.spin.plugin.variable.SpinValues.jsonValue(
                        org.camunda.spin.Spin.JSON(List.of("chat_sessions"))).create()));
        assertThat(lettersOut(request)).containsExactly("ACKNOWLEDGEMENT", "PARTIAL_REFUSAL");
        assertThat(request.variable("accessDetails")).as("the handler's words leave the engine").isNull();
        assertThat(requests.get(request.caseNumber()).decision()).isEqualTo("PARTIAL");
        // Art. 15(4): what is withheld is not in the copy, and the copy says that something was left out.
        String copy = new String(jdbc.queryForObject("SELECT content FROM subject_package WHERE case_number = ?"
                + " AND answer_round = 1 AND kind = 'ACCESS_JSON'", byte[].class, request.caseNumber()), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(copy).doesNotContain("192.0.2.10").contains("Chat sessions (with IP address)");
    }

    @Test
    void refuse_withReasons_refusalLetter_andNothingCarriedOut() {
        TestCustomers.Customer customer = customers.create();
        Case request = receive(Channel.EMAIL, List.of(Right.ERASURE), customer.email(), null);

        complete(request, "PrepareAnswer", Map.of(RequestVariables.DECISION, "REFUSE",
                RequestVariables.REASONS, "LEGAL_CLAIMS",
                RequestVariables.REASON_DETAILS, "A court case about the last order is pending."));

        assertThat(lettersOut(request)).containsExactly("ACKNOWLEDGEMENT", "REFUSAL");
        assertThat(customers.exists(customer.id(), "support_ticket")).isTrue();
        assertThat(requests.get(request.caseNumber()).decision()).isEqualTo("REFUSE");
    }

    @Test
    void reasonOther_needsTheHandlersOwnWords() {
        TestCustomers.Customer customer = customers.create();
        Case request = receive(Channel.EMAIL, List.of(Right.ACCESS), customer.email(), null);

        assertThatThrownBy(() -> complete(request, "PrepareAnswer", Map.of(RequestVariables.DECISION, "REFUSE",
                RequestVariables.REASONS, "OTHER"))).hasMessageContaining("ACCESS: the reason OTHER needs your own words");
    }

    @Test
    void unknownRequester_erasure_identityEvidenceAsksForMore_agentVerifies() {
        Case request = receive(Channel.EMAIL, List.of(Right.ERASURE), "nobody." + System.nanoTime() + "@example.org", null);

        assertThat(request.instance()).isWaitingAt(RequestProcess.VERIFY_IDENTITY)
                .hasPassed(RequestProcess.DECIDE_IDENTITY_EVIDENCE).hasNotPassed("CollectPersonalData");
        assertThat(request.instance()).variables().containsEntry(RequestVariables.MATCH_CONFIDENCE, "NONE")
                .containsEntry(RequestVariables.CONTACT_PROVEN, false)
                .containsEntry(RequestVariables.IDENTITY_MATCH, "ASK_FOR_MORE");
        assertThat(request.instance()).task().hasCandidateGroup(RequestProcess.GROUP_AGENTS);
    }

    @Test
    void webForm_agentRejectsIdentity_refusalIdentityNotEstablished() {
        TestCustomers.Customer customer = customers.create();
        Case request = receive(Channel.WEB_FORM, List.of(Right.ACCESS), customer.email(), null);

        assertThat(request.instance()).isWaitingAt("VerifyIdentity");
        assertThat(request.variable(RequestVariables.IDENTITY_MATCH)).isEqualTo("VERIFY");
        complete(request, "VerifyIdentity", Map.of(RequestVariables.VERIFICATION, "REJECTED"));

        assertThat(request.instance()).isWaitingAt("AwaitReaction").hasPassed("RefuseUnidentified", "SendAnswer")
                .hasNotPassed("CollectPersonalData", "PrepareAnswer");
        assertThat(lettersOut(request)).containsExactly("ACKNOWLEDGEMENT", "REFUSAL");
    }

    @Test
    void moreInformationNeeded_replyAfterTenDays_deadlineSuspended_thenConfirmed() {
        TestCustomers.Customer customer = customers.create();
        Case request = receive(Channel.LETTER, List.of(Right.ACCESS), null, customer.customerNumber());

        complete(request, "VerifyIdentity", Map.of(RequestVariables.VERIFICATION, "MORE_INFO_NEEDED",
                RequestVariables.INFORMATION_NEEDED, "A copy of a recent invoice addressed to you."));
        assertThat(request.instance()).isWaitingAt("AwaitInformation").hasPassed("RequestIdentityInformation");
        // The agent's words reach the letter from the case's notes; the engine no longer holds them.
        assertThat(request.variable(RequestVariables.INFORMATION_NEEDED)).isNull();
        assertThat(correspondence.list(request.caseNumber()).stream()
                .filter(e -> e.kind().equals("IDENTITY_INFORMATION_REQUEST")).findFirst().orElseThrow().body())
                .contains("A copy of a recent invoice addressed to you.");
        assertThat(caseViews.view(request.caseNumber()).stage()).isEqualTo(Stage.AWAITING_INFORMATION);
        assertThat(lettersOut(request)).containsExactly("ACKNOWLEDGEMENT", "IDENTITY_INFORMATION_REQUEST");
        // The record keeps when the deadline stopped; the variable is only its copy (a candidate could write it).
        Instant asked = requests.get(request.caseNumber()).suspendedSince();
        assertThat(asked).isEqualTo(((Date) request.variable(RequestVariables.INFORMATION_REQUESTED_AT)).toInstant());
        runtimeService.setVariable(request.id(), RequestVariables.INFORMATION_REQUESTED_AT,
                Date.from(asked.plus(Duration.ofDays(9))));

        advance(Duration.ofDays(10));
        assertThat(intake.reply(request.caseNumber(), "Attached is my invoice.")).isTrue();
        assertThat(requests.get(request.caseNumber()).suspendedSince()).as("resumed").isNull();

        // 2 April + 10 days suspended = Sunday 12 April, rolled to Monday 13 April (Reg. 1182/71 Art. 3(4)).
        LocalDate suspended = LocalDate.parse("2026-04-13");
        assertThat(request.instance()).isWaitingAt("VerifyIdentity").hasPassed("ResumeAfterInformation");
        assertThat(request.instance()).task().hasDueDate(Date.from(calculator.endOfDay(suspended)));
        CaseView view = caseViews.view(request.caseNumber());
        assertThat(view.originalDeadline()).isEqualTo(DEADLINE);
        assertThat(view.daysSuspended()).isEqualTo(10);
        assertThat(view.deadline()).isEqualTo(suspended);
        assertThat(deadlineTimer(request, RequestProcess.DEADLINE_PASSED).getDuedate())
                .isEqualTo(Date.from(calculator.endOfDay(suspended)));

        complete(request, "VerifyIdentity", Map.of(RequestVariables.VERIFICATION, "CONFIRMED"));
        assertThat(request.instance()).isWaitingAt("PrepareAnswer").hasPassed("CollectPersonalData");
    }

    @Test
    void moreInformationNeeded_noReplyInAMonth_refusedIdentityNotEstablished() {
        Case request = receive(Channel.WEB_FORM, List.of(Right.ACCESS), "nobody@example.org", null);
        complete(request, "VerifyIdentity", Map.of(RequestVariables.VERIFICATION, "MORE_INFO_NEEDED",
                RequestVariables.INFORMATION_NEEDED, "Your customer number."));

        Date informationDueAt = (Date) request.variable(RequestVariables.INFORMATION_DUE_AT);
        // Suspended from the day it was asked: the deadline moves with the wait, so no reminder comes due in it.
        setClock(informationDueAt.toInstant().minusSeconds(60));
        assertThat(executeDueJobs(management, request.id())).isZero();
        assertThat(request.instance()).hasNotPassed("RemindHandlerWhileWaiting");
        setClock(informationDueAt.toInstant().plusSeconds(1));
        executeDueJobs(management, request.id());

        assertThat(request.instance()).isWaitingAt("AwaitReaction")
                .hasPassed("InformationOverdue", "ResumeWithoutReply", "RefuseUnidentified", "SendAnswer");
        assertThat(lettersOut(request)).containsExactly("ACKNOWLEDGEMENT", "IDENTITY_INFORMATION_REQUEST", "REFUSAL");
        assertThat(plans.get(request.caseNumber(), 1).rights()).allSatisfy(plan -> assertThat(plan.reasons())
                .containsExactly(ReasonCode.IDENTITY_NOT_ESTABLISHED));
    }

    @Test
    void moreInformationNeeded_noReply_refusal_storedDeadlineShowsTheDaysWaited() {
        Case request = receive(Channel.WEB_FORM, List.of(Right.ACCESS), "nobody@example.org", null);
        complete(request, "VerifyIdentity", Map.of(RequestVariables.VERIFICATION, "MORE_INFO_NEEDED",
                RequestVariables.INFORMATION_NEEDED, "Your customer number."));
        assertThat(request.variable(IdentityWaitVariables.DEADLINE_SUSPENDED)).isEqualTo(true);

        Date informationDueAt = (Date) request.variable(RequestVariables.INFORMATION_DUE_AT);
        setClock(informationDueAt.toInstant().plusSeconds(1));
        executeDueJobs(management, request.id());

        // Asked 2 March, refused 3 April 00:00 (Warsaw): 32 days suspended; 2 April + 32 = Monday 4 May 2026.
        assertThat(request.instance()).hasPassed("ResumeWithoutReply", "RefuseUnidentified", "SendAnswer");
        CaseView view = caseViews.view(request.caseNumber());
        assertThat(view.daysSuspended()).isEqualTo(32);
        assertThat(view.deadline()).isEqualTo(LocalDate.parse("2026-05-04"));
        assertThat(identityWaits.questions(request.caseNumber())).singleElement().satisfies(question -> {
            assertThat(question.suspends()).isTrue();
            assertThat(question.outcome()).isEqualTo(IdentityQuestion.Outcome.NO_REPLY);
            assertThat(question.daysSuspended()).isEqualTo(32);
        });
    }

    @Test
    void moreInformationAskedTooLate_suspendsNothing_waitEndsAtTheDeadline_replyKeepsTheDeadline() {
        Case request = receive(Channel.WEB_FORM, List.of(Right.ACCESS), "late@example.org", null);
        // Asked on day 10: later than the 7 days of privacy-desk.deadlines.suspension.asked-within.
        advance(Duration.ofDays(10));
        complete(request, "VerifyIdentity", Map.of(RequestVariables.VERIFICATION, "MORE_INFO_NEEDED",
                RequestVariables.INFORMATION_NEEDED, "Your customer number."));

        assertThat(request.variable(IdentityWaitVariables.DEADLINE_SUSPENDED)).isEqualTo(false);
        // A month after 12 March would be 12 April: the wait stops as the deadline day (2 April) begins instead.
        assertThat(request.variable(RequestVariables.INFORMATION_DUE_AT))
                .isEqualTo(Date.from(calculator.endOfDay(DEADLINE.minusDays(1))));

        advance(Duration.ofDays(5));
        assertThat(intake.reply(request.caseNumber(), "My customer number follows.")).isTrue();
        assertThat(request.instance()).isWaitingAt("VerifyIdentity").hasPassed("ResumeAfterInformation");
        CaseView view = caseViews.view(request.caseNumber());
        assertThat(view.daysSuspended()).isZero();
        assertThat(view.deadline()).isEqualTo(DEADLINE);
        assertThat(deadlineTimer(request, RequestProcess.DEADLINE_PASSED).getDuedate())
                .isEqualTo(Date.from(calculator.endOfDay(DEADLINE)));
        assertThat(identityWaits.questions(request.caseNumber())).singleElement().satisfies(question -> {
            assertThat(question.suspends()).isFalse();
            assertThat(question.outcome()).isEqualTo(IdentityQuestion.Outcome.REPLIED);
            assertThat(question.daysSuspended()).isZero();
        });
    }

    @Test
    void moreInformationAskedTooLate_noReply_refusedOnTheDeadlineDay_notAfterIt() {
        Case request = receive(Channel.WEB_FORM, List.of(Right.ACCESS), "silent@example.org", null);
        advance(Duration.ofDays(20));
        complete(request, "VerifyIdentity", Map.of(RequestVariables.VERIFICATION, "MORE_INFO_NEEDED",
                RequestVariables.INFORMATION_NEEDED, "Your customer number."));

        Instant deadlineDayBegins = calculator.endOfDay(DEADLINE.minusDays(1));
        // Nothing is suspended, so the deadline runs on during the wait and its reminder fires in it (issue 18).
        setClock(calculator.remindAt(DEADLINE).minusSeconds(60));
        assertThat(executeDueJobs(management, request.id())).isZero();
        setClock(calculator.remindAt(DEADLINE).plusSeconds(1));
        assertThat(executeDueJobs(management, request.id())).isOne();
        assertThat(request.instance()).isWaitingAt("AwaitInformation").hasPassed("RemindHandlerWhileWaiting");
        setClock(deadlineDayBegins.minusSeconds(60));
        assertThat(executeDueJobs(management, request.id())).isZero();
        setClock(deadlineDayBegins.plusSeconds(1));
        executeDueJobs(management, request.id());
        assertThat(calculator.dateOf(deadlineDayBegins.plusSeconds(1))).isEqualTo(DEADLINE);

        assertThat(request.instance()).hasPassed("InformationOverdue", "ResumeWithoutReply", "RefuseUnidentified", "SendAnswer");
        assertThat(caseViews.view(request.caseNumber()).deadline()).isEqualTo(DEADLINE);
        assertThat(caseViews.view(request.caseNumber()).daysSuspended()).isZero();
    }

    @Test
    void extend_beforeDeadline_timersAimAtExtendedDeadline_oldOnesNeverFire() {
        TestCustomers.Customer customer = customers.create();
        Case request = receive(Channel.EMAIL, List.of(Right.ACCESS), customer.email(), null);
        advance(Duration.ofDays(10));

        complete(request, "PrepareAnswer", Map.of(RequestVariables.DECISION, "EXTEND",
                RequestVariables.REASONS, "COMPLEX_REQUEST",
                RequestVariables.REASON_DETAILS, "Your data sits in four systems, two kept by suppliers."));

        LocalDate extended = LocalDate.parse("2026-06-02");
        assertThat(request.instance()).isWaitingAt("PrepareAnswer").hasPassed("ExtendDeadline");
        assertThat(request.instance()).task().hasDueDate(Date.from(calculator.endOfDay(extended)));
        assertThat(lettersOut(request)).containsExactly("ACKNOWLEDGEMENT", "EXTENSION_NOTICE");
        // The handler's reason reaches the notice from the case's notes, and leaves the engine.
        assertThat(correspondence.list(request.caseNumber()).stream().filter(e -> e.kind().equals("EXTENSION_NOTICE"))
                .findFirst().orElseThrow().body()).contains("Your data sits in four systems, two kept by suppliers.");
        assertThat(request.variable(RequestVariables.REASON_DETAILS)).isNull();
        assertThat(caseViews.view(request.caseNumber()).extendedDeadline()).isEqualTo(extended);
        assertThat(management.createJobQuery().processInstanceId(request.id()).timers().count()).isEqualTo(2);
        assertThat(deadlineTimer(request, RequestProcess.DEADLINE_PASSED).getDuedate())
                .isEqualTo(Date.from(calculator.endOfDay(extended)));
        assertThat(deadlineTimer(request, RequestProcess.DEADLINE_APPROACHING).getDuedate())
                .isEqualTo(Date.from(calculator.remindAt(extended)));

        // Past the one-month date: nothing fires, since the old timers are gone.
        setClock(calculator.endOfDay(DEADLINE).plusSeconds(3600));
        assertThat(executeDueJobs(management, request.id())).isZero();
        assertThat(request.variable(RequestVariables.OVERDUE)).isEqualTo(false);

        assertThatThrownBy(() -> complete(request, "PrepareAnswer", Map.of(RequestVariables.DECISION, "EXTEND",
                RequestVariables.REASONS, "COMPLEX_REQUEST", RequestVariables.REASON_DETAILS, "Still complex.")))
                .hasMessageContaining("only once");
    }

    @Test
    void extend_afterTheReminderFired_theExtendedDeadlineGetsItsOwnReminder() {
        TestCustomers.Customer customer = customers.create();
        Case request = receive(Channel.EMAIL, List.of(Right.ACCESS), customer.email(), null);
        setClock(calculator.remindAt(DEADLINE).plusSeconds(1));
        assertThat(executeDueJobs(management, request.id())).isOne();
        assertThat(deadlineTimer(request, RequestProcess.DEADLINE_APPROACHING)).as("fired").isNull();

        complete(request, "PrepareAnswer", Map.of(RequestVariables.DECISION, "EXTEND",
                RequestVariables.REASONS, "COMPLEX_REQUEST",
                RequestVariables.REASON_DETAILS, "Your data sits in four systems, two kept by suppliers."));

        LocalDate extended = LocalDate.parse("2026-06-02");
        Job reminder = deadlineTimer(request, RequestProcess.DEADLINE_APPROACHING);
        assertThat(reminder.getDuedate()).isEqualTo(Date.from(calculator.remindAt(extended)));
        // On the scope's own execution, like the timer the scope created on entry: it goes when the scope ends.
        assertThat(reminder.getExecutionId())
                .isEqualTo(deadlineTimer(request, RequestProcess.DEADLINE_PASSED).getExecutionId());
        setClock(calculator.remindAt(extended).plusSeconds(1));
        assertThat(executeDueJobs(management, request.id())).isOne();
        assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(request.id())
                .activityId("RemindHandler").count()).isEqualTo(2);

        complete(request, "PrepareAnswer", Map.of(RequestVariables.DECISION, "FULFIL"));
        assertThat(request.instance()).isWaitingAt("AwaitReaction");
        assertThat(management.createJobQuery().processInstanceId(request.id())
                .activityId(RequestProcess.DEADLINE_APPROACHING).count()).as("gone with the scope").isZero();
    }

    @Test
    void extend_afterTheOneMonthDeadline_isRefused() {
        TestCustomers.Customer customer = customers.create();
        Case request = receive(Channel.EMAIL, List.of(Right.ACCESS), customer.email(), null);
        setClock(calculator.endOfDay(DEADLINE).plusSeconds(1));

        assertThatThrownBy(() -> complete(request, "PrepareAnswer", Map.of(RequestVariables.DECISION, "EXTEND",
                RequestVariables.REASONS, "COMPLEX_REQUEST", RequestVariables.REASON_DETAILS, "Complex.")))
                .hasMessageContaining("deadline has passed");
        assertThat(request.instance()).isWaitingAt("PrepareAnswer");
    }

    @Test
    void reminder_firesAtLeadTime_raisesPriority_andCommentsTheTask() {
        TestCustomers.Customer customer = customers.create();
        Case request = receive(Channel.EMAIL, List.of(Right.ACCESS), customer.email(), null);

        setClock(calculator.remindAt(DEADLINE).minusSeconds(60));
        assertThat(executeDueJobs(management, request.id())).isZero();
        setClock(calculator.remindAt(DEADLINE).plusSeconds(1));
        assertThat(executeDueJobs(management, request.id())).isEqualTo(1);

        Task task = taskService.createTaskQuery().processInstanceId(request.id()).singleResult();
        assertThat(task.getPriority()).isEqualTo(80);
        assertThat(taskService.getTaskComments(task.getId())).hasSize(1);
        assertThat(taskService.getTaskComments(task.getId()).get(0).getFullMessage()).contains("2026-04-02");
        assertThat(request.instance()).hasPassed("RemindHandler").isWaitingAt("PrepareAnswer");
    }

    @Test
    void deadlinePasses_withoutAnswer_markedOverdue_managersReview() {
        TestCustomers.Customer customer = customers.create();
        Case request = receive(Channel.EMAIL, List.of(Right.ACCESS), customer.email(), null);

        setClock(calculator.endOfDay(DEADLINE).plusSeconds(1));
        executeDueJobs(management, request.id());

        assertThat(request.instance()).hasPassed("DeadlinePassed", "MarkOverdue").isWaitingAt("PrepareAnswer",
                "ReviewOverdueRequest");
        Task review = taskService.createTaskQuery().processInstanceId(request.id())
                .taskDefinitionKey("ReviewOverdueRequest").singleResult();
        assertThat(review).isNotNull();
        assertThat(taskService.getIdentityLinksForTask(review.getId())).anyMatch(
                link -> RequestProcess.GROUP_MANAGERS.equals(link.getGroupId()));
        assertThat(request.variable(RequestVariables.OVERDUE)).isEqualTo(true);
        CaseView view = caseViews.view(request.caseNumber());
        assertThat(view.overdue()).isTrue();
        assertThat(view.daysLeft()).isEqualTo(-1);
        assertThat(requests.overdueCaseNumbers()).contains(request.caseNumber());

        complete(request, "PrepareAnswer", Map.of(RequestVariables.DECISION, "FULFIL"));
        assertThat(requests.overdueCaseNumbers()).doesNotContain(request.caseNumber());
        assertThat(caseViews.view(request.caseNumber()).overdue()).as("the breach stays on record").isTrue();
    }

    @Test
    void answerSentInTime_escalationNeverFires() {
        TestCustomers.Customer customer = customers.create();
        Case request = receive(Channel.EMAIL, List.of(Right.ACCESS), customer.email(), null);
        complete(request, "PrepareAnswer", Map.of(RequestVariables.DECISION, "FULFIL"));

        assertThat(management.createJobQuery().processInstanceId(request.id()).activityId("DeadlinePassed").count())
                .isZero();
        setClock(calculator.endOfDay(DEADLINE).plusSeconds(1));
        executeDueJobs(management, request.id());
        assertThat(request.instance()).hasNotPassed("MarkOverdue");
        assertThat(caseViews.view(request.caseNumber()).overdue()).isFalse();
    }

    @Test
    void dissatisfied_officerAdvises_handlerAnswersAgainWithGuidance() {
        Case request = answered();
        intake.dissatisfied(request.caseNumber(), "That is not everything you hold.");

        assertThat(request.instance()).isWaitingAt("ConsultOfficer");
        assertThat(request.instance()).task().hasCandidateGroup(RequestProcess.GROUP_OFFICERS);
        asOfficer(() -> complete(request, "ConsultOfficer", Map.of(RequestVariables.OFFICER_ACTION, "ADVISE",
                RequestVariables.GUIDANCE, "Add the chat sessions and explain the IP addresses.")));

        assertThat(request.instance()).isWaitingAt("PrepareAnswer").hasPassed("OpenFurtherAnswer")
                .hasNotPassed("TakeOverCase");
        assertThat(request.instance()).task().hasCandidateGroup(RequestProcess.GROUP_AGENTS).isNotAssigned();
        // The officer's words are a note of the case, shown on the handler's task alone, never a process variable.
        Task handler = taskService.createTaskQuery().processInstanceId(request.id()).taskDefinitionKey("PrepareAnswer")
                .singleResult();
        assertThat((String) taskService.getVariableLocal(handler.getId(), RequestVariables.GUIDANCE))
                .contains("chat sessions");
        assertThat(request.variable(RequestVariables.GUIDANCE)).isNull();
        assertThat(jdbc.queryForObject("SELECT note FROM case_note WHERE case_number = ? AND kind = 'OFFICER_GUIDANCE'",
                String.class, request.caseNumber())).contains("chat sessions");
        assertThatThrownBy(() -> complete(request, "PrepareAnswer", Map.of(RequestVariables.DECISION, "FULFIL")))
                .hasMessageContaining("needs your explanation");
        complete(request, "PrepareAnswer", Map.of(RequestVariables.DECISION, "FULFIL",
                RequestVariables.EXPLANATION, "We also hold two chat sessions; their IP addresses are listed."));
        assertThat(lettersOut(request)).containsExactly("ACKNOWLEDGEMENT", "ANSWER", "FURTHER_ANSWER");
        assertThat(request.instance()).isWaitingAt("AwaitReaction");
    }

    @Test
    void dissatisfied_officerTakesOver_laterTasksGoToOfficer() {
        Case request = answered();
        intake.dissatisfied(request.caseNumber(), "I want to speak to someone responsible.");

        asOfficer(() -> complete(request, "ConsultOfficer", Map.of(RequestVariables.OFFICER_ACTION, "TAKE_OVER")));

        assertThat(request.instance()).isWaitingAt("PrepareAnswer").hasPassed("TakeOverCase");
        Task prepare = taskService.createTaskQuery().processInstanceId(request.id()).singleResult();
        assertThat(prepare.getAssignee()).isEqualTo("officer");
        assertThat(taskService.getIdentityLinksForTask(prepare.getId())).extracting(link -> link.getGroupId())
                .contains(RequestProcess.GROUP_OFFICERS).doesNotContain(RequestProcess.GROUP_AGENTS);
        assertThat(caseViews.view(request.caseNumber()).handler()).isEqualTo("officer");

        // A reminder after the takeover reaches the officer's task.
        setClock(calculator.remindAt(calculator.oneMonth(now()).deadline()).plusSeconds(1));
        executeDueJobs(management, request.id());
        Task task = taskService.createTaskQuery().processInstanceId(request.id()).singleResult();
        assertThat(task.getAssignee()).isEqualTo("officer");
        assertThat(task.getPriority()).isEqualTo(80);
    }

    @Test
    void stillDissatisfiedAfterFurtherAnswer_informedOfAuthority_closed() {
        Case request = answered();
        intake.dissatisfied(request.caseNumber(), "Not satisfied.");
        asOfficer(() -> complete(request, "ConsultOfficer", Map.of(RequestVariables.OFFICER_ACTION, "ADVISE",
                RequestVariables.GUIDANCE, "Explain the retention of invoices.")));
        complete(request, "PrepareAnswer", Map.of(RequestVariables.DECISION, "FULFIL",
                RequestVariables.EXPLANATION, "Invoices are kept for five years under tax law."));

        intake.dissatisfied(request.caseNumber(), "Still not satisfied.");

        assertThat(request.instance()).isEnded().hasPassed("InformOfAuthority", "CloseRequest", "RequestClosed");
        assertThat(lettersOut(request)).containsExactly("ACKNOWLEDGEMENT", "ANSWER", "FURTHER_ANSWER",
                "CLOSING_WITH_AUTHORITY");
        assertThat(requests.get(request.caseNumber()).closedAt()).isNotNull();
        assertThatThrownBy(() -> intake.dissatisfied(request.caseNumber(), "Again."))
                .isInstanceOf(CaseNotWaitingException.class);
    }

    @Test
    void dissatisfaction_whileNotAwaitingReaction_isRefused_andNotRecorded() {
        TestCustomers.Customer customer = customers.create();
        Case request = receive(Channel.EMAIL, List.of(Right.ACCESS), customer.email(), null);

        assertThatThrownBy(() -> intake.dissatisfied(request.caseNumber(), "Too slow."))
                .isInstanceOf(CaseNotWaitingException.class);
        assertThat(correspondence.list(request.caseNumber())).extracting(CorrespondenceEntry::kind)
                .containsExactly("REQUEST", "ACKNOWLEDGEMENT");
    }

    // ---- helpers

    /** A request under test: its case number and the process instance (kept, so ended ones can be asserted). */
    record Case(String caseNumber, ProcessInstance instance, RuntimeService runtime) {
        String id() {
            return instance.getId();
        }

        Object variable(String name) {
            return runtime.getVariable(instance.getId(), name);
        }
    }

    /** Filed by staff, who vouch for the address: an EMAIL from a customer's verified address is a sure match. */
    private Case receive(Channel channel, List<Right> rights, String email, String customerNumber) {
        String caseNumber = ProvenIntake.receive(intake, new NewRequest(channel, rights,
                new NewRequest.Requester("Test Requester", email, null, customerNumber), "Test request.",
                Language.en, null)).caseNumber();
        ProcessInstance instance = runtimeService.createProcessInstanceQuery()
                .processInstanceId(requests.get(caseNumber).processInstanceId()).singleResult();
        Case request = new Case(caseNumber, instance, runtimeService);
        executeDueJobs(management, request.id());
        searchedByHand(request);
        return request;
    }

    private Case answered() {
        TestCustomers.Customer customer = customers.create();
        Case request = receive(Channel.EMAIL, List.of(Right.ACCESS), customer.email(), null);
        complete(request, "PrepareAnswer", Map.of(RequestVariables.DECISION, "FULFIL"));
        return request;
    }

    private void complete(Case request, String taskKey, Map<String, Object> variables) {
        ProcessTestSupport.completeTask(taskService, management, request.id(), taskKey, variables);
        searchedByHand(request);
        doneByHand(request);
    }

    /** The recipients the desk has no address for are told by their team ("Carry out by hand"). */
    private void doneByHand(Case request) {
        ManualSearches.allDoneByHand(taskService, request.id());
        executeDueJobs(management, request.id());
    }

    private void searchedByHand(Case request) {
        if (!nothingFoundByHand) {
            return;
        }
        ManualSearches.nothingFound(taskService, request.id());
        executeDueJobs(management, request.id());
    }

    private void asOfficer(Runnable action) {
        identityService.setAuthentication("officer", List.of(RequestProcess.GROUP_OFFICERS));
        try {
            action.run();
        } finally {
            identityService.clearAuthentication();
        }
    }

    private List<String> lettersOut(Case request) {
        // Letters to the requester; the Art. 19 notices to recipients are checked on their own.
        return correspondence.list(request.caseNumber()).stream()
                .filter(entry -> entry.direction() == Direction.OUT && !entry.kind().equals("RECIPIENT_NOTICE"))
                .map(CorrespondenceEntry::kind).toList();
    }

    private Job deadlineTimer(Case request, String activityId) {
        return management.createJobQuery().processInstanceId(request.id()).activityId(activityId).singleResult();
    }
}
