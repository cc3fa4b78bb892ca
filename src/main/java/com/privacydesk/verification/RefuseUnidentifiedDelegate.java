package com.privacydesk.verification;

import com.privacydesk.answer.Decision;
import com.privacydesk.answer.ReasonCode;
import com.privacydesk.answer.Reasons;
import com.privacydesk.request.RequestVariables;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The requester could not be identified (Art. 11(2), 12(6)): the answer is a refusal with that reason. */
@Component("refuseUnidentified")
public class RefuseUnidentifiedDelegate implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable(RequestVariables.DECISION, Decision.REFUSE.name());
        execution.setVariable(RequestVariables.REASONS, Reasons.toJson(List.of(ReasonCode.IDENTITY_NOT_ESTABLISHED)));
    }
}
