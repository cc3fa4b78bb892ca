package com.privacydesk.security;

import com.privacydesk.answer.CarryOutDecisionDelegate;
import com.privacydesk.callback.CallbackVariables;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import com.privacydesk.lookup.ManualSearchVariables;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.springframework.stereotype.Component;

/**
 * The few variables that must carry personal data through the engine (a rectification's corrected values, typed
 * by the handler in Tasklist; a manual search's note; the number to call back after a dropped call) are never
 * written to history: the engine's history is kept for years and erasure cannot reach it. They live in the runtime
 * only until "Carry out the decision" applies and removes them, or (the caller's number, task-local) until "Call
 * back" ends.
 */
@Component
public class PersonalDataOutOfHistory extends AbstractProcessEnginePlugin {

    static final Set<String> NEVER_IN_HISTORY = Stream.concat(CarryOutDecisionDelegate.CORRECTION_VARIABLES.stream(),
            // What a searcher found in a spreadsheet or paper file is kept in the desk's table, not in history.
            Stream.of(ManualSearchVariables.NOTE, CallbackVariables.CALLER_NUMBER)).collect(Collectors.toUnmodifiableSet());

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setHistoryEventHandler(new Filter(new DbHistoryEventHandler()));
    }

    static final class Filter implements HistoryEventHandler {

        private final HistoryEventHandler delegate;

        Filter(HistoryEventHandler delegate) {
            this.delegate = delegate;
        }

        @Override
        public void handleEvent(HistoryEvent event) {
            if (!(event instanceof HistoricVariableUpdateEventEntity variable)
                    || !NEVER_IN_HISTORY.contains(variable.getVariableName())) {
                delegate.handleEvent(event);
            }
        }

        @Override
        public void handleEvents(List<HistoryEvent> events) {
            events.forEach(this::handleEvent);
        }
    }
}
