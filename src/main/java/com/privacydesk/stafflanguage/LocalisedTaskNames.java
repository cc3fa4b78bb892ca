package com.privacydesk.stafflanguage;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.el.FixedValue;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/**
 * Names the desk's user tasks in the staff language ({@code task.<task id>} in i18n/staff*.properties), so that
 * Tasklist lists "Weryfikacja tożsamości" to a Polish desk. The diagrams keep their English names and every id
 * (filters, tests and integrations use the ids), and other people's diagrams stay untouched: the name is set when
 * the engine parses a diagram, as the task's name expression, for tasks the desk has a text for.
 */
@Component
public class LocalisedTaskNames extends AbstractProcessEnginePlugin {

    private final StaffTexts texts;

    public LocalisedTaskNames(StaffTexts texts) {
        this.texts = texts;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (texts.language() == StaffLanguage.SOURCE) {
            return; // the diagrams' own names are the English texts
        }
        List<BpmnParseListener> listeners =
                configuration.getCustomPostBPMNParseListeners();
        if (listeners == null) {
            listeners = new ArrayList<>();
            configuration.setCustomPostBPMNParseListeners(listeners);
        }
        listeners.add(new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
                texts.find("task." + activity.getId()).ifPresent(name -> {
                    ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition()
                            .setNameExpression(new FixedValue(name));
                    activity.setName(name);
                });
            }
        });
    }
}
