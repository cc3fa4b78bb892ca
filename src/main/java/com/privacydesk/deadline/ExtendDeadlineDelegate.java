package com.privacydesk.deadline;

import com.privacydesk.request.CaseKey;
import com.privacydesk.request.RequestRecord;
import com.privacydesk.request.RequestRepository;
import com.privacydesk.request.RequestVariables;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Extend the deadline" (Art. 12(3)): the extended date is stored and the timers of "Handle the request within the
 * deadline" aim at it; the notice with the reasons is the next step, "Send extension notice", and the case goes back
 * to "Prepare answer" without leaving the scope.
 */
@Component("extendDeadline")
public class ExtendDeadlineDelegate implements JavaDelegate {

    private final RequestRepository requests;
    private final DeadlineCalculator calculator;
    private final CaseDeadlines caseDeadlines;
    private final DeadlineTimers timers;

    public ExtendDeadlineDelegate(RequestRepository requests, DeadlineCalculator calculator,
            CaseDeadlines caseDeadlines, DeadlineTimers timers) {
        this.requests = requests;
        this.calculator = calculator;
        this.caseDeadlines = caseDeadlines;
        this.timers = timers;
    }

    @Override
    public void execute(DelegateExecution execution) {
        RequestRecord request = requests.get(CaseKey.of(execution));
        LocalDate extended = calculator.extended(request.receivedAt(), request.daysSuspended());
        requests.extend(request.caseNumber(), extended);
        execution.setVariable(RequestVariables.EXTENDED_DEADLINE, extended.toString());
        execution.setVariables(caseDeadlines.timerVariables(extended));
        timers.reaim(execution);
    }
}
