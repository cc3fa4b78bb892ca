package com.privacydesk.request;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * The case number of a running step: the process instance's business key, which the intake sets when it starts the
 * instance and nobody can change through a task. Steps read the case record with it ({@link RequestRepository#get});
 * the {@code caseNumber} variable is only a copy for Tasklist and forms.
 */
public final class CaseKey {

    private CaseKey() {
    }

    public static String of(DelegateExecution execution) {
        return required(execution.getProcessBusinessKey(), execution.getProcessInstanceId());
    }

    public static String of(DelegateTask task) {
        DelegateExecution execution = task.getExecution();
        if (execution == null) {
            throw new ProcessEngineException("Task " + task.getId() + " belongs to no case");
        }
        return of(execution);
    }

    /** For code that holds either (a task listener, an execution listener). */
    public static String of(VariableScope scope) {
        if (scope instanceof DelegateTask task) {
            return of(task);
        }
        if (scope instanceof DelegateExecution execution) {
            return of(execution);
        }
        throw new IllegalArgumentException("Neither an execution nor a task: " + scope.getClass().getName());
    }

    /**
     * At the start of an instance, the case number it claims: the business key, or else a {@code caseNumber} a starter
     * passed. Only to refuse a start that names no filed case waiting for its process; never a case to act on.
     */
    public static String claimedAtStart(DelegateExecution start) {
        if (start.getProcessBusinessKey() != null) {
            return start.getProcessBusinessKey();
        }
        Object claimed = start.getVariable(RequestVariables.CASE_NUMBER);
        return claimed == null ? null : claimed.toString();
    }

    private static String required(String businessKey, String processInstanceId) {
        if (businessKey == null || businessKey.isBlank()) {
            throw new ProcessEngineException("Process instance " + processInstanceId
                    + " has no business key: it was not started by the desk's intake");
        }
        return businessKey;
    }
}
