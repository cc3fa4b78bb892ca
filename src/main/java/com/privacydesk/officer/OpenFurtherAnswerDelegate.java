package com.privacydesk.officer;

import com.privacydesk.deadline.CaseDeadlines;
import com.privacydesk.deadline.DeadlineCalculator;
import com.privacydesk.request.RequestVariables;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Open the further answer": the customer's further demand is answered like a request, within one month of
 * its receipt (Art. 12(3)), through the same answer and refusal path.
 */
@Component("openFurtherAnswer")
public class OpenFurtherAnswerDelegate implements JavaDelegate {

    private final DeadlineCalculator calculator;
    private final CaseDeadlines caseDeadlines;

    public OpenFurtherAnswerDelegate(DeadlineCalculator calculator, CaseDeadlines caseDeadlines) {
        this.calculator = calculator;
        this.caseDeadlines = caseDeadlines;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Date dissatisfiedAt = (Date) execution.getVariable(RequestVariables.DISSATISFIED_AT);
        execution.setVariables(caseDeadlines.timerVariables(calculator.oneMonth(dissatisfiedAt.toInstant()).deadline()));
        execution.setVariable(RequestVariables.FURTHER_ANSWER, true);
        execution.removeVariables(List.of(RequestVariables.DECISION, RequestVariables.REASONS,
                RequestVariables.REASON_DETAILS));
    }
}
