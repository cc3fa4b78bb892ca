package com.privacydesk.platform;

import java.util.ArrayList;
import java.util.List;
// The engine's parse listeners are its only way to add listeners to every user task of every diagram.
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.el.FixedValue;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/** Applies every capability's {@link UserTaskHook} when the engine parses a diagram's user task. */
@Component
public class UserTaskHooks extends AbstractProcessEnginePlugin {

    private final List<UserTaskHook> hooks;

    public UserTaskHooks(List<UserTaskHook> hooks) {
        this.hooks = List.copyOf(hooks);
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPostBPMNParseListeners());
        listeners.add(new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
                if (!(activity.getActivityBehavior() instanceof UserTaskActivityBehavior userTask)) {
                    return;
                }
                String processKey = activity.getProcessDefinition() instanceof ProcessDefinitionEntity definition
                        ? definition.getKey() : null;
                for (UserTaskHook hook : hooks) {
                    hook.listeners(processKey, activity.getId()).forEach(
                            (event, listener) -> userTask.getTaskDefinition().addTaskListener(event, listener));
                    hook.name(processKey, activity.getId()).ifPresent(name -> {
                        userTask.getTaskDefinition().setNameExpression(new FixedValue(name));
                        activity.setName(name);
                    });
                }
            }
        });
        configuration.setCustomPostBPMNParseListeners(listeners);
    }
}
