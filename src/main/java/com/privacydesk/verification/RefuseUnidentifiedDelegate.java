package com.privacydesk.verification;

import com.privacydesk.answer.Decision;
import com.privacydesk.answer.ReasonCode;
import com.privacydesk.answer.Reasons;
import com.privacydesk.deadline.IdentityQuestion;
import com.privacydesk.deadline.IdentityWaits;
import com.privacydesk.request.RequestVariables;
import java.time.Clock;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The requester could not be identified (Art. 11(2), 12(6)): the answer is a refusal with that reason. When no
 * reply came to the question for identity information, the wait ends here, and the stored deadline shows it.
 */
@Component("refuseUnidentified")
public class RefuseUnidentifiedDelegate implements JavaDelegate {

    private final IdentityWaits waits;
    private final Clock clock;

    public RefuseUnidentifiedDelegate(IdentityWaits waits, Clock clock) {
        this.waits = waits;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        waits.end(RequestVariables.caseNumber(execution), clock.instant(), IdentityQuestion.Outcome.NO_REPLY);
        execution.setVariable(RequestVariables.DECISION, Decision.REFUSE.name());
        execution.setVariable(RequestVariables.REASONS, Reasons.toJson(List.of(ReasonCode.IDENTITY_NOT_ESTABLISHED)));
    }
}
