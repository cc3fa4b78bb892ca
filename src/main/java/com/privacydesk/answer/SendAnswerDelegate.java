package com.privacydesk.answer;

import com.privacydesk.correspondence.CaseLetters;
import com.privacydesk.correspondence.LetterKind;
import com.privacydesk.deadline.DeadlineCalculator;
import com.privacydesk.operations.DeskMetrics;
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
 * "Send answer" / "Send refusal": the letter that matches the decision and what was carried out; from then
 * on the case awaits the customer's reaction for the quiet period.
 */
@Component("sendAnswer")
public class SendAnswerDelegate implements JavaDelegate {

    private final CaseLetters letters;
    private final AnswerOutcomes outcomes;
    private final RequestRepository requests;
    private final DeadlineCalculator calculator;
    private final DeskMetrics metrics;
    private final Clock clock;

    public SendAnswerDelegate(CaseLetters letters, AnswerOutcomes outcomes, RequestRepository requests,
            DeadlineCalculator calculator, DeskMetrics metrics, Clock clock) {
        this.metrics = metrics;
        this.letters = letters;
        this.outcomes = outcomes;
        this.requests = requests;
        this.calculator = calculator;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String caseNumber = RequestVariables.caseNumber(execution);
        Decision decision = RequestVariables.decision(execution);
        AnswerOutcome outcome = outcomes.find(caseNumber, CarryOutDecisionDelegate.round(execution))
                .orElse(AnswerOutcome.nothingDone());
        letters.send(letterKind(decision, outcome, RequestVariables.furtherAnswer(execution)), execution, outcome);
        Instant now = clock.instant();
        requests.setDecision(caseNumber, decision.name());
        requests.markAnswered(caseNumber, now);
        if (!RequestVariables.furtherAnswer(execution)) {
            Instant receivedAt = RequestVariables.receivedAt(execution);
            // Counted once the step has committed: a retried job must not count an answer twice.
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    metrics.recordAnswered(receivedAt, now);
                }
            });
        }
        execution.setVariable(RequestVariables.QUIET_UNTIL, Date.from(calculator.quietUntil(now)));
    }

    /** Data kept under a legal duty makes a fulfilled erasure a partial refusal (Art. 17(3)), stated as such. */
    public static LetterKind letterKind(Decision decision, AnswerOutcome outcome, boolean furtherAnswer) {
        if (decision == Decision.REFUSE) {
            return LetterKind.REFUSAL;
        }
        if (decision == Decision.PARTIAL || !outcome.retained().isEmpty()) {
            return LetterKind.PARTIAL_REFUSAL;
        }
        return furtherAnswer ? LetterKind.FURTHER_ANSWER : LetterKind.ANSWER;
    }
}
