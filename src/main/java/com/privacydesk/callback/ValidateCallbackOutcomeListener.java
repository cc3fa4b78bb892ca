package com.privacydesk.callback;

import java.util.Set;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** "Call back" is done only with its outcome, whichever client completes it (Tasklist or /engine-rest). */
@Component("validateCallbackOutcome")
public class ValidateCallbackOutcomeListener implements TaskListener {

    static final Set<String> AGENT_OUTCOMES = Set.of(CallbackOutcome.REACHED.name(), CallbackOutcome.NOT_REACHED.name());

    @Override
    public void notify(DelegateTask task) {
        Object outcome = task.getVariable(CallbackVariables.CALLBACK_OUTCOME);
        if (!(outcome instanceof String value) || !AGENT_OUTCOMES.contains(value)) {
            throw new ProcessEngineException("Dropped call " + task.getVariable(CallbackVariables.CALL_ID)
                    + ": callbackOutcome must be REACHED or NOT_REACHED");
        }
    }
}
