package com.privacydesk.callback;

import com.privacydesk.testsupport.CallIds;
import static com.privacydesk.testsupport.ProcessTestSupport.advance;
import static com.privacydesk.testsupport.ProcessTestSupport.executeDueJobs;
import static com.privacydesk.testsupport.ProcessTestSupport.setClock;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * Every path of bpmn/dropped-call-callback.bpmn, started as the webhook starts it, with the engine clock moved and
 * jobs run when they fall due. A call dropped at 09:00 UTC; the window (default PT15M) closes at 09:15.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ExtendWith(OutputCaptureExtension.class)
class DroppedCallCallbackProcessTest {

    static final Instant STARTED = Instant.parse("2026-03-02T08:52:00Z");
    static final Instant DROPPED = Instant.parse("2026-03-02T09:00:00Z");
    static final Instant WINDOW_END = DROPPED.plus(Duration.ofMinutes(15));
    static final String AS_DIALLED = "601 234 567";
    static final String E164 = "+48601234567";

    @Autowired ProcessEngine engine;
    @Autowired DroppedCalls droppedCalls;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired HistoryService historyService;
    @Autowired ManagementService management;
    @Autowired JdbcTemplate jdbc;
    @Autowired PurgeDroppedCallsDelegate purgeDroppedCalls;

    @BeforeEach
    void setUp() {
        init(engine);
        setClock(DROPPED.plusSeconds(20)); // the telephony system reports within seconds
    }

    @AfterEach
    void tearDown() {
        ClockUtil.reset();
    }

    @Test
    void inboundVisibleInWindow_agentCallsBack_numberErased(CapturedOutput output) {
        CallReport report = droppedCalls.report(call(CallDirection.INBOUND, AS_DIALLED, true));

        assertThat(report.decision()).isEqualTo(CallbackDecision.CALL_BACK);
        assertThat(report.callbackUntil()).isEqualTo(WINDOW_END);
        assertThat(report.numberHeld()).isTrue();
        assertThat(storedNumber(report.callId())).isEqualTo(E164);
        ProcessInstance instance = instance(report.callId());
        assertThat(instance).isWaitingAt(CallbackProcess.CALL_BACK).hasPassed(CallbackProcess.CALLBACK_ALLOWED);
        assertThat(instance).task().hasCandidateGroup("agents").hasDueDate(Date.from(WINDOW_END));
        // The window is a timer in the diagram, due when it closes (Cockpit shows it).
        Job timer = management.createJobQuery().processInstanceId(instance.getId()).timers().singleResult();
        assertThat(timer.getDuedate()).isEqualTo(Date.from(WINDOW_END));
        Task task = task(instance);
        // The number stays in the table while the task is open: agents open it from the form's link, and nobody
        // who may read the task's variables (managers) finds it there.
        assertThat(taskService.getVariablesLocal(task.getId())).isEmpty();
        assertThat(taskService.getVariables(task.getId())).doesNotContainKey(CallbackVariables.CALLER_NUMBER)
                .allSatisfy((name, value) -> assertThat(String.valueOf(value)).doesNotContain("601"));
        assertThat(droppedCalls.callerNumber(report.callId())).contains(E164);

        advance(Duration.ofMinutes(3));
        taskService.complete(task.getId(), Map.of(CallbackVariables.CALLBACK_OUTCOME, "REACHED"));

        assertThat(instance).isEnded().hasPassed(CallbackProcess.CALL_BACK, CallbackProcess.ERASE_CALLER_NUMBER,
                CallbackProcess.NUMBER_ERASED).hasNotPassed(CallbackProcess.CALLBACK_WINDOW_OVER);
        CallReport after = droppedCalls.find(report.callId()).orElseThrow();
        assertThat(after.outcome()).isEqualTo(CallbackOutcome.REACHED);
        assertThat(after.numberHeld()).isFalse();
        assertThat(after.numberErasedAt()).isEqualTo(DROPPED.plusSeconds(20).plus(Duration.ofMinutes(3)));
        assertThat(storedNumber(report.callId())).isNull();
        assertNumberNowhereInTheEngine(instance, output);
    }

    @Test
    void inboundVisible_windowPassesUnanswered_timerFires_numberErased_taskGone(CapturedOutput output) {
        CallReport report = droppedCalls.report(call(CallDirection.INBOUND, "+48 601-234-567", true));
        ProcessInstance instance = instance(report.callId());

        advance(Duration.ofMinutes(14)); // 09:14:20: the window is still open
        assertThat(executeDueJobs(management, instance.getId())).isZero();
        assertThat(instance).isWaitingAt(CallbackProcess.CALL_BACK);

        advance(Duration.ofMinutes(1)); // 09:15:20: closed
        assertThat(executeDueJobs(management, instance.getId())).isEqualTo(1);

        assertThat(instance).isEnded().hasPassed(CallbackProcess.CALLBACK_WINDOW_OVER,
                CallbackProcess.ERASE_CALLER_NUMBER, CallbackProcess.NUMBER_ERASED);
        assertThat(taskService.createTaskQuery().processInstanceId(instance.getId()).count()).isZero();
        CallReport after = droppedCalls.find(report.callId()).orElseThrow();
        assertThat(after.outcome()).isEqualTo(CallbackOutcome.WINDOW_PASSED);
        assertThat(after.numberHeld()).isFalse();
        assertThat(storedNumber(report.callId())).isNull();
        assertNumberNowhereInTheEngine(instance, output);
    }

    @Test
    void outboundCall_noTask_reasonRecorded_numberNeverStored() {
        CallReport report = droppedCalls.report(call(CallDirection.OUTBOUND, AS_DIALLED, true));

        assertThat(report.decision()).isEqualTo(CallbackDecision.OUTBOUND_CALL);
        assertNoCallback(report);
    }

    @Test
    void hiddenNumber_noTask_reasonRecorded_numberNeverStored() {
        // Some exchanges pass the number on even when the caller withheld it: it must not be used.
        CallReport report = droppedCalls.report(call(CallDirection.INBOUND, AS_DIALLED, false));

        assertThat(report.decision()).isEqualTo(CallbackDecision.NUMBER_HIDDEN);
        assertNoCallback(report);
    }

    @Test
    void callerHungUp_noTask_reasonRecorded_numberNeverStored() {
        // Seed 003: the customer ended the conversation; there is nothing of theirs to complete.
        DroppedCall hungUp = withEnd(call(CallDirection.INBOUND, AS_DIALLED, true), true, DropReason.CALLER_HUNG_UP);
        CallReport report = droppedCalls.report(hungUp);

        assertThat(report.decision()).isEqualTo(CallbackDecision.NOT_TECHNICAL_DROP);
        assertThat(report.dropReason()).isEqualTo(DropReason.CALLER_HUNG_UP);
        assertNoCallback(report);
    }

    @Test
    void abandonedInTheQueue_noAgentHadAnswered_noTask_numberNeverStored() {
        DroppedCall abandoned = withEnd(call(CallDirection.INBOUND, AS_DIALLED, true), false,
                DropReason.ABANDONED_IN_QUEUE);
        CallReport report = droppedCalls.report(abandoned);

        assertThat(report.decision()).isEqualTo(CallbackDecision.NOT_ANSWERED);
        assertThat(report.answeredByAgent()).isFalse();
        assertNoCallback(report);
    }

    @Test
    void droppedCallRows_areDeletedAfterTheirRetention_neverWhileTheNumberIsHeld() {
        CallReport hungUp = droppedCalls.report(withEnd(call(CallDirection.INBOUND, AS_DIALLED, true), true,
                DropReason.CALLER_HUNG_UP));
        CallReport callBack = droppedCalls.report(call(CallDirection.INBOUND, AS_DIALLED, true));

        setClock(DROPPED.plus(Duration.ofDays(30)).minusSeconds(1)); // privacy-desk.telephony.dropped-call-retention
        purgeDroppedCalls.purge();
        assertThat(droppedCalls.find(hungUp.callId())).isPresent();

        setClock(DROPPED.plus(Duration.ofDays(30)).plusSeconds(1));
        purgeDroppedCalls.purge();
        assertThat(droppedCalls.find(hungUp.callId())).isEmpty();
        // Its number is still held (the callback's timer has not run here): erased first, purged the night after.
        assertThat(droppedCalls.find(callBack.callId())).isPresent();
    }

    @Test
    void webhookAfterTheWindow_noTask_reasonRecorded_numberNeverStored() {
        setClock(WINDOW_END.plusSeconds(1));
        CallReport report = droppedCalls.report(call(CallDirection.INBOUND, AS_DIALLED, true));

        assertThat(report.decision()).isEqualTo(CallbackDecision.REPORTED_AFTER_WINDOW);
        assertNoCallback(report);
    }

    @Test
    void webhookAtTheLastMomentOfTheWindow_stillGivesTheTask_andTheTimerFiresAtOnce() {
        setClock(WINDOW_END);
        CallReport report = droppedCalls.report(call(CallDirection.INBOUND, AS_DIALLED, true));
        ProcessInstance instance = instance(report.callId());

        assertThat(report.decision()).isEqualTo(CallbackDecision.CALL_BACK);
        assertThat(instance).isWaitingAt(CallbackProcess.CALL_BACK);
        assertThat(executeDueJobs(management, instance.getId())).isEqualTo(1);
        assertThat(instance).isEnded().hasPassed(CallbackProcess.CALLBACK_WINDOW_OVER);
        assertThat(storedNumber(report.callId())).isNull();
    }

    @Test
    void duplicateWebhook_sameResult_noSecondInstanceOrTask() {
        DroppedCall call = call(CallDirection.INBOUND, AS_DIALLED, true);
        CallReport first = droppedCalls.report(call);
        advance(Duration.ofSeconds(30));
        CallReport retry = droppedCalls.report(call);

        assertThat(first.replayed()).isFalse();
        assertThat(retry.replayed()).isTrue();
        assertThat(retry.decision()).isEqualTo(first.decision());
        assertThat(retry.reportedAt()).isEqualTo(first.reportedAt());
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(call.callId()).count())
                .isEqualTo(1);
        assertThat(taskService.createTaskQuery().processInstanceBusinessKey(call.callId()).count()).isEqualTo(1);

        DroppedCall otherDetails = new DroppedCall(call.callId(), CallDirection.OUTBOUND, null, true,
                call.startedAt(), call.droppedAt(), true, DropReason.TECHNICAL);
        assertThatThrownBy(() -> droppedCalls.report(otherDetails))
                .isInstanceOf(CallAlreadyReportedException.class);
    }

    @Test
    void callBack_cannotBeCompletedWithoutItsOutcome() {
        CallReport report = droppedCalls.report(call(CallDirection.INBOUND, AS_DIALLED, true));
        ProcessInstance instance = instance(report.callId());
        Task task = task(instance);

        assertThatThrownBy(() -> taskService.complete(task.getId())).isInstanceOf(ProcessEngineException.class)
                .hasMessageContaining(report.callId()).hasMessageContaining("REACHED or NOT_REACHED");
        assertThatThrownBy(() -> taskService.complete(task.getId(),
                Map.of(CallbackVariables.CALLBACK_OUTCOME, "WINDOW_PASSED")))
                .isInstanceOf(ProcessEngineException.class);
        assertThat(instance).isWaitingAt(CallbackProcess.CALL_BACK);
        assertThat(storedNumber(report.callId())).isEqualTo(E164);
    }

    @Test
    void numberSubmittedBackByAClient_isRemovedWithEverythingElse(CapturedOutput output) {
        CallReport report = droppedCalls.report(call(CallDirection.INBOUND, AS_DIALLED, true));
        ProcessInstance instance = instance(report.callId());

        // A client that echoes every variable it read (as a careless integration might) sends the number back.
        taskService.complete(task(instance).getId(), Map.of(CallbackVariables.CALLBACK_OUTCOME, "NOT_REACHED",
                CallbackVariables.CALLER_NUMBER, E164));

        assertThat(instance).isEnded();
        assertThat(droppedCalls.find(report.callId()).orElseThrow().outcome()).isEqualTo(CallbackOutcome.NOT_REACHED);
        assertNumberNowhereInTheEngine(instance, output);
    }

    // ------------------------------------------------------------------ helpers

    private void assertNoCallback(CallReport report) {
        // The instance ended at once: what it passed is in its history.
        String instanceId = jdbc.queryForObject("SELECT process_instance_id FROM dropped_call WHERE call_id = ?",
                String.class, report.callId());
        assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(instanceId).finished()
                .count()).isEqualTo(1);
        assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(instanceId).list())
                .extracting(HistoricActivityInstance::getActivityId)
                .contains(CallbackProcess.CALLBACK_ALLOWED, CallbackProcess.NO_CALLBACK)
                .doesNotContain(CallbackProcess.CALL_BACK, CallbackProcess.ERASE_CALLER_NUMBER);
        assertThat(report.numberHeld()).isFalse();
        assertThat(report.callbackUntil()).isNull();
        assertThat(storedNumber(report.callId())).isNull();
        assertThat(taskService.createTaskQuery().processInstanceBusinessKey(report.callId()).count()).isZero();
        assertThat(jdbc.queryForObject("SELECT decision FROM dropped_call WHERE call_id = ?", String.class,
                report.callId())).isEqualTo(report.decision().name());
    }

    private void assertNumberNowhereInTheEngine(ProcessInstance instance, CapturedOutput output) {
        assertThat(runtimeService.createVariableInstanceQuery().processInstanceIdIn(instance.getId()).count()).isZero();
        assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
                .variableName(CallbackVariables.CALLER_NUMBER).count()).isZero();
        assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(instance.getId()).list())
                .isNotEmpty().noneMatch(variable -> String.valueOf(variable.getValue()).contains("601"));
        for (HistoricDetail detail : historyService.createHistoricDetailQuery().processInstanceId(instance.getId())
                .list()) {
            if (detail instanceof HistoricVariableUpdate update) {
                assertThat(update.getVariableName()).isNotEqualTo(CallbackVariables.CALLER_NUMBER);
                assertThat(String.valueOf(update.getValue())).doesNotContain("601");
            }
        }
        assertThat(output.getAll()).doesNotContain(E164).doesNotContain(AS_DIALLED).doesNotContain("601-234-567");
    }

    private static DroppedCall withEnd(DroppedCall call, boolean answeredByAgent, DropReason reason) {
        return new DroppedCall(call.callId(), call.direction(), call.callerNumber(), call.numberVisible(),
                call.startedAt(), call.droppedAt(), answeredByAgent, reason);
    }

    private DroppedCall call(CallDirection direction, String number, boolean visible) {
        return new DroppedCall(CallIds.fresh(), direction, number, visible,
                OffsetDateTime.ofInstant(STARTED, ZoneOffset.ofHours(1)),
                OffsetDateTime.ofInstant(DROPPED, ZoneOffset.ofHours(1)), true, DropReason.TECHNICAL);
    }

    private String storedNumber(String callId) {
        return jdbc.queryForObject("SELECT caller_number FROM dropped_call WHERE call_id = ?", String.class, callId);
    }

    private ProcessInstance instance(String callId) {
        return runtimeService.createProcessInstanceQuery().processDefinitionKey(CallbackProcess.KEY)
                .processInstanceBusinessKey(callId).singleResult();
    }

    private Task task(ProcessInstance instance) {
        return taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
    }
}
