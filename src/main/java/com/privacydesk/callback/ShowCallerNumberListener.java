package com.privacydesk.callback;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Puts the number to dial on "Call back" as a task-local variable, for the form: it lives as long as the task,
 * never reaches history (security.PersonalDataOutOfHistory), and the table keeps the only lasting copy until erasure.
 */
@Component("showCallerNumber")
public class ShowCallerNumberListener implements TaskListener {

    private final DroppedCalls droppedCalls;

    public ShowCallerNumberListener(DroppedCalls droppedCalls) {
        this.droppedCalls = droppedCalls;
    }

    @Override
    public void notify(DelegateTask task) {
        String callId = (String) task.getVariable(CallbackVariables.CALL_ID);
        String number = droppedCalls.callerNumber(callId).orElseThrow(() -> new ProcessEngineException(
                "Dropped call " + callId + ": no caller number held for the callback"));
        task.setVariableLocal(CallbackVariables.CALLER_NUMBER, number);
    }
}
