package com.privacydesk.verification;

import com.privacydesk.deadline.CaseDeadline;
import com.privacydesk.deadline.CaseDeadlines;
import com.privacydesk.deadline.DeadlineCalculator;
import com.privacydesk.deadline.IdentityQuestion;
import com.privacydesk.deadline.IdentityWaits;
import com.privacydesk.request.CaseKey;
import com.privacydesk.request.RequestRecord;
import com.privacydesk.request.RequestVariables;
import com.privacydesk.request.RequestRepository;
import java.time.Clock;
import java.util.Date;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Resume the deadline" and "Resume the deadline: no reply": the wait for identity information ends (its input
 * parameter {@code outcome} says how), the stored deadline moves by the days waited if the question suspended it
 * (and stays put if not), and the timers of "Handle the request within the deadline" aim at it when it is entered
 * again. After a reply the agent verifies again; without one, {@code verification} becomes NO_REPLY and the request
 * is refused on the one refusal path.
 */
@Component("resumeAfterInformation")
public class ResumeAfterInformationDelegate implements JavaDelegate {

    /** The task's input parameter: {@link IdentityQuestion.Outcome}. */
    public static final String OUTCOME = "outcome";

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
        IdentityQuestion.Outcome outcome = outcome(execution.getVariableLocal(OUTCOME), execution.getCurrentActivityId());
        String caseNumber = CaseKey.of(execution);
        Optional<CaseDeadline> ended = waits.end(caseNumber, clock.instant(), outcome);
        CaseDeadline resumed = ended.orElseGet(() -> resumeUnrecorded(execution, requests.get(caseNumber)));
        execution.setVariable(RequestVariables.DEADLINE, resumed.deadline().toString());
        execution.setVariables(caseDeadlines.timerVariables(resumed.deadline()));
        if (outcome == IdentityQuestion.Outcome.NO_REPLY) {
            execution.setVariable(RequestVariables.VERIFICATION, Verification.NO_REPLY.name());
        }
    }

    static IdentityQuestion.Outcome outcome(Object value, String activityId) {
        if (value == null) {
            throw new IllegalStateException("Task " + activityId + " has no input parameter " + OUTCOME);
        }
        try {
            return IdentityQuestion.Outcome.valueOf(value.toString().trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("Task " + activityId + ": unknown outcome '" + value + "'; expected REPLIED"
                    + " or NO_REPLY");
        }
    }

    /**
     * A case that was already waiting before questions were recorded (V30): the policy alone decides, as before,
     * from the moment the record kept (or, older still, the variable's copy) to the reply or to now.
     */
    private CaseDeadline resumeUnrecorded(DelegateExecution execution, RequestRecord request) {
        java.time.Instant suspendedSince = request.suspendedSince() != null ? request.suspendedSince()
                : ((Date) execution.getVariable(RequestVariables.INFORMATION_REQUESTED_AT)).toInstant();
        Object repliedAt = execution.getVariable(RequestVariables.REPLIED_AT);
        java.time.Instant until = repliedAt instanceof Date replied ? replied.toInstant() : clock.instant();
        CaseDeadline resumed = calculator.suspend(caseDeadlines.current(request), suspendedSince, until);
        requests.resume(request.caseNumber(), resumed.deadline(), resumed.daysSuspended());
        return resumed;
    }
}
