package com.privacydesk.answer;

import com.privacydesk.correspondence.CaseLetters;
import com.privacydesk.deadline.DeadlineCalculator;
import com.privacydesk.operations.DeskMetrics;
import com.privacydesk.request.RequestRecord;
import com.privacydesk.request.RequestRepository;
import com.privacydesk.request.RequestVariables;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * "Send answer" / "Send refusal": the letter written from the round's plan and what carrying it out logged; from
 * then on the case awaits the customer's reaction for the quiet period.
 */
@Component("sendAnswer")
public class SendAnswerDelegate implements JavaDelegate {

    private final CaseLetters letters;
    private final AnswerPlans plans;
    private final RequestRepository requests;
    private final DeadlineCalculator calculator;
    private final DeskMetrics metrics;
    private final Clock clock;

    public SendAnswerDelegate(CaseLetters letters, AnswerPlans plans, RequestRepository requests,
            DeadlineCalculator calculator, DeskMetrics metrics, Clock clock) {
        this.metrics = metrics;
        this.letters = letters;
        this.plans = plans;
        this.requests = requests;
        this.calculator = calculator;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String caseNumber = execution.getProcessBusinessKey();
        int round = AnswerRound.of(execution);
        AnswerPlan plan = plans.get(caseNumber, round);
        letters.sendAnswer(execution, round, plan);
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
