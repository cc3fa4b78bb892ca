package com.privacydesk.platform;

import com.privacydesk.request.ProtectedVariables;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.core.variable.CoreVariableInstance;
import org.camunda.bpm.engine.impl.db.DbEntity;
import org.camunda.bpm.engine.impl.db.entitymanager.cache.CachedDbEntity;
import org.camunda.bpm.engine.impl.db.entitymanager.cache.DbEntityState;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/**
 * The engine's line behind {@link ProtectedVariablesFilter}: every user task, of every diagram, refuses a completion
 * that writes a protected variable, whoever completes it and through whichever API (REST, Java, a form), and so does
 * the update that ends resolving a delegated task. It runs as the first listener of "complete", before the desk's
 * own listeners set their variables, and looks only at what this command changed: the completion's variables (or a
 * form's fields), not what the process's steps set earlier.
 */
@Component
public class ProtectedVariablesGuard extends AbstractProcessEnginePlugin {

    static final TaskListener REFUSE_PROTECTED_WRITES = ProtectedVariablesGuard::refuseProtectedWrites;

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomPreBPMNParseListeners() == null) {
            configuration.setCustomPreBPMNParseListeners(new java.util.ArrayList<>());
        }
        configuration.getCustomPreBPMNParseListeners().add(new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
                if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior userTask) {
                    // Built-in listeners run before the diagram's own, and also when custom listeners are skipped.
                    userTask.getTaskDefinition().addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE,
                            REFUSE_PROTECTED_WRITES);
                    // Resolving a delegated task sets its variables and ends with an update instead.
                    userTask.getTaskDefinition().addBuiltInTaskListener(TaskListener.EVENTNAME_UPDATE,
                            REFUSE_PROTECTED_WRITES);
                }
            }
        });
    }

    static void refuseProtectedWrites(DelegateTask task) {
        CommandContext command = Context.getCommandContext();
        if (command == null) {
            return;
        }
        for (String name : ProtectedVariables.NAMES) {
            if (writtenInThisCommand(command, task, name)) {
                throw ProtectedVariables.refusal(name);
            }
        }
    }

    /** Whether the variable, as the task sees it (task-local first, then up the scopes), was set in this command. */
    private static boolean writtenInThisCommand(CommandContext command, DelegateTask task, String name) {
        if (task instanceof TaskEntity entity && changed(command, entity.getVariableInstanceLocal(name))) {
            return true;
        }
        ExecutionEntity scope = (ExecutionEntity) task.getExecution();
        while (scope != null) {
            CoreVariableInstance variable = scope.getVariableInstanceLocal(name);
            if (variable != null) {
                return changed(command, variable);
            }
            scope = scope.getParent();
        }
        return false;
    }

    private static boolean changed(CommandContext command, CoreVariableInstance variable) {
        if (!(variable instanceof DbEntity entity)) {
            return false;
        }
        CachedDbEntity cached = command.getDbEntityManager().getDbEntityCache().getCachedEntity(entity);
        return cached != null && (cached.getEntityState() == DbEntityState.TRANSIENT || cached.isDirty());
    }
}
