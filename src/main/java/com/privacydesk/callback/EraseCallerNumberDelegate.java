package com.privacydesk.callback;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Erase caller number": the callback is done or its window passed, so the number has served its purpose. Erases
 * it from the table, records the outcome (the agent's, or WINDOW_PASSED set by the timer's path), and removes any
 * copy a client may have submitted into the instance.
 */
@Component("eraseCallerNumber")
public class EraseCallerNumberDelegate implements JavaDelegate {

    private final DroppedCalls droppedCalls;

    public EraseCallerNumberDelegate(DroppedCalls droppedCalls) {
        this.droppedCalls = droppedCalls;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String callId = (String) execution.getVariable(CallbackVariables.CALL_ID);
        CallbackOutcome outcome = CallbackOutcome.valueOf((String) execution.getVariable(
                CallbackVariables.CALLBACK_OUTCOME));
        droppedCalls.eraseNumber(callId, outcome);
        execution.removeVariable(CallbackVariables.CALLER_NUMBER);
    }
}
