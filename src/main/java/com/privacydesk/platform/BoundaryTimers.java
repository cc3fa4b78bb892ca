package com.privacydesk.platform;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.jobexecutor.TimerDeclarationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TimerEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.springframework.stereotype.Component;

/**
 * Arms a boundary timer of a scope that is still active once more, as the engine does when the scope is entered, so
 * a non-interrupting timer that has fired gets a second date without the case leaving the scope. Needs engine.impl:
 * no public API creates a timer job (recalculateJobDuedate only moves one that still exists).
 */
@Component
public class BoundaryTimers {

    /**
     * Creates the timer {@code timerActivityId} attached to {@code scopeActivityId}, on the execution of that scope
     * which {@code execution} runs in; its date expression is evaluated now. Call from a step inside the scope.
     */
    public String arm(DelegateExecution execution, String scopeActivityId, String timerActivityId) {
        ExecutionEntity current = (ExecutionEntity) execution;
        ActivityImpl scope = current.getProcessDefinition().findActivity(scopeActivityId);
        if (scope == null) {
            throw new IllegalStateException("The diagram has no scope " + scopeActivityId);
        }
        TimerDeclarationImpl timer = TimerDeclarationImpl.getDeclarationsForScope(scope).get(timerActivityId);
        if (timer == null) {
            throw new IllegalStateException(scopeActivityId + " has no timer " + timerActivityId);
        }
        ExecutionEntity scopeExecution = (ExecutionEntity) current.findExecutionForFlowScope(scope);
        if (scopeExecution == null) {
            throw new IllegalStateException("Step " + current.getCurrentActivityId() + " does not run inside "
                    + scopeActivityId);
        }
        TimerEntity created = timer.createTimerInstance(scopeExecution);
        return created.getId();
    }
}
