package com.privacydesk.answer;

import com.privacydesk.deadline.DeadlineCalculator;
import com.privacydesk.operations.DeskMetrics;
import com.privacydesk.request.RequestRecord;
import com.privacydesk.request.RequestRepository;
import com.privacydesk.request.RequestVariables;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Ends "Send answer" (the letter itself is the send task's, correspondence.SendLetterDelegate): the case record notes
 * the decision and when it was answered, and the case awaits the customer's reaction for the quiet period.
 */
@Component("recordAnswer")
public class RecordAnswerListener implements ExecutionListener {

    private final AnswerPlans plans;
    private final RequestRepository requests;
    private final DeadlineCalculator calculator;
    private final DeskMetrics metrics;
    private final Clock clock;

    public RecordAnswerListener(AnswerPlans plans, RequestRepository requests,
            DeadlineCalculator calculator, DeskMetrics metrics, Clock clock) {
        this.metrics = metrics;
        this.plans = plans;
        this.requests = requests;
        this.calculator = calculator;
        this.clock = clock;
    }

    @Override
    public void notify(DelegateExecution execution) {
        String caseNumber = execution.getProcessBusinessKey();
        int round = AnswerRound.of(execution);
        AnswerPlan plan = plans.get(caseNumber, round);
        Instant now = clock.instant();
        requests.recordAnswer(caseNumber, plan.decision().name(), now);
        if (round == 1) {
            RequestRecord request = requests.get(caseNumber);
            // Counted once the step has committed: a retried job must not count an answer twice.
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    metrics.recordAnswered(request.receivedAt(), now);
                }
            });
        }
        execution.setVariable(RequestVariables.QUIET_UNTIL, Date.from(calculator.quietUntil(now)));
    }
}
