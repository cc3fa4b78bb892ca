package com.privacydesk.verification;

import com.privacydesk.deadline.CaseDeadline;
import com.privacydesk.deadline.CaseDeadlines;
import com.privacydesk.deadline.DeadlineCalculator;
import com.privacydesk.request.CaseKey;
import com.privacydesk.request.RequestRecord;
import com.privacydesk.request.RequestRepository;
import com.privacydesk.request.RequestVariables;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Resume the deadline": the requester's information arrived; the deadline moves by the days the desk waited
 * (per the configured identity-clarification policy), and the agent verifies again.
 */
@Component("resumeAfterInformation")
public class ResumeAfterInformationDelegate implements JavaDelegate {

    private final RequestRepository requests;
    private final DeadlineCalculator calculator;
    private final CaseDeadlines caseDeadlines;

    public ResumeAfterInformationDelegate(RequestRepository requests, DeadlineCalculator calculator,
            CaseDeadlines caseDeadlines) {
        this.requests = requests;
        this.calculator = calculator;
        this.caseDeadlines = caseDeadlines;
    }

    @Override
    public void execute(DelegateExecution execution) {
        RequestRecord request = requests.get(CaseKey.of(execution));
        CaseDeadline current = caseDeadlines.current(request);
        // Cases that were waiting before the record kept the moment have it only in the variable.
        Instant suspendedSince = request.suspendedSince() != null ? request.suspendedSince()
                : ((Date) execution.getVariable(RequestVariables.INFORMATION_REQUESTED_AT)).toInstant();
        CaseDeadline resumed = calculator.suspend(current, suspendedSince,
                ((Date) execution.getVariable(RequestVariables.REPLIED_AT)).toInstant());
        requests.resume(request.caseNumber(), resumed.deadline(), resumed.daysSuspended());
        execution.setVariable(RequestVariables.DEADLINE, resumed.deadline().toString());
        execution.setVariables(caseDeadlines.timerVariables(resumed.deadline()));
        execution.setVariable(RequestVariables.RESUME_AT, RequestVariables.ResumeAt.INFORMATION_RECEIVED.name());
    }
}
