package com.privacydesk.answer;

import com.privacydesk.request.RequestVariables;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Ends "Send extension notice", whose letter still read the extension's reasons: the handler decides afresh when
 * "Prepare answer" comes back, so EXTEND and its reasons must not stay preselected in the form.
 */
@Component("clearDecision")
public class ClearDecisionListener implements ExecutionListener {

    @Override
    public void notify(DelegateExecution execution) {
        execution.removeVariables(List.of(RequestVariables.DECISION, RequestVariables.REASONS,
                RequestVariables.REASON_DETAILS));
    }
}
