package com.privacydesk.deadline;

import com.privacydesk.correspondence.CaseLetters;
import com.privacydesk.correspondence.LetterKind;
import com.privacydesk.request.CaseKey;
import com.privacydesk.request.RequestRecord;
import com.privacydesk.request.RequestRepository;
import com.privacydesk.request.RequestVariables;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Extend the deadline and notify" (Art. 12(3)): the extended date is set, the notice with the reasons goes out
 * at once, and "Handle the request" is entered again, so its timers aim at the new date and the old ones are gone.
 */
@Component("extendDeadline")
public class ExtendDeadlineDelegate implements JavaDelegate {

    private final RequestRepository requests;
    private final DeadlineCalculator calculator;
    private final CaseDeadlines caseDeadlines;
    private final CaseLetters letters;

    public ExtendDeadlineDelegate(RequestRepository requests, DeadlineCalculator calculator,
            CaseDeadlines caseDeadlines, CaseLetters letters) {
        this.requests = requests;
        this.calculator = calculator;
        this.caseDeadlines = caseDeadlines;
        this.letters = letters;
    }

    @Override
    public void execute(DelegateExecution execution) {
        RequestRecord request = requests.get(CaseKey.of(execution));
        LocalDate extended = calculator.extended(request.receivedAt(), request.daysSuspended());
        requests.extend(request.caseNumber(), extended);
        execution.setVariable(RequestVariables.EXTENDED_DEADLINE, extended.toString());
        execution.setVariables(caseDeadlines.timerVariables(extended));
        letters.send(LetterKind.EXTENSION_NOTICE, execution);
        execution.setVariable(RequestVariables.RESUME_AT, RequestVariables.ResumeAt.ANSWER.name());
        // The handler decides afresh when the case comes back; EXTEND must not stay preselected.
        execution.removeVariables(java.util.List.of(RequestVariables.DECISION, RequestVariables.REASONS,
                RequestVariables.REASON_DETAILS));
    }
}
