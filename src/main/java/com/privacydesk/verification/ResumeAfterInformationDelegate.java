package com.privacydesk.verification;

import com.privacydesk.deadline.CaseDeadline;
import com.privacydesk.deadline.CaseDeadlines;
import com.privacydesk.deadline.DeadlineCalculator;
import com.privacydesk.deadline.IdentityQuestion;
import com.privacydesk.deadline.IdentityWaits;
import com.privacydesk.request.RequestRecord;
import com.privacydesk.request.RequestRepository;
import com.privacydesk.request.CaseKey;
import com.privacydesk.request.RequestVariables;
import java.time.Clock;
import java.util.Date;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Resume the deadline": the requester's information arrived; the wait ends, the stored deadline moves by the days
 * waited if the question suspended it (and stays put if not), the timers aim at it, and the agent verifies again.
 */
@Component("resumeAfterInformation")
public class ResumeAfterInformationDelegate implements JavaDelegate {

    private final RequestRepository requests;
    private final DeadlineCalculator calculator;
    private final CaseDeadlines caseDeadlines;
    private final IdentityWaits waits;
    private final Clock clock;

    public ResumeAfterInformationDelegate(RequestRepository requests, DeadlineCalculator calculator,
            CaseDeadlines caseDeadlines, IdentityWaits waits, Clock clock) {
        this.requests = requests;
        this.calculator = calculator;
        this.caseDeadlines = caseDeadlines;
        this.waits = waits;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String caseNumber = CaseKey.of(execution);
        Optional<CaseDeadline> ended = waits.end(caseNumber, clock.instant(), IdentityQuestion.Outcome.REPLIED);
        CaseDeadline resumed = ended.orElseGet(() -> resumeUnrecorded(execution, requests.get(caseNumber)));
        execution.setVariable(RequestVariables.DEADLINE, resumed.deadline().toString());
        execution.setVariables(caseDeadlines.timerVariables(resumed.deadline()));
        execution.setVariable(RequestVariables.RESUME_AT, RequestVariables.ResumeAt.INFORMATION_RECEIVED.name());
    }

    /**
     * A case that was already waiting before questions were recorded (V30): the policy alone decides, as before,
     * from the moment the record kept (or, older still, the variable's copy).
     */
    private CaseDeadline resumeUnrecorded(DelegateExecution execution, RequestRecord request) {
        java.time.Instant suspendedSince = request.suspendedSince() != null ? request.suspendedSince()
                : ((Date) execution.getVariable(RequestVariables.INFORMATION_REQUESTED_AT)).toInstant();
        CaseDeadline resumed = calculator.suspend(caseDeadlines.current(request), suspendedSince,
                ((Date) execution.getVariable(RequestVariables.REPLIED_AT)).toInstant());
        requests.resume(request.caseNumber(), resumed.deadline(), resumed.daysSuspended());
        return resumed;
    }
}
