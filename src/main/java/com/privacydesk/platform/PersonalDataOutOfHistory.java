package com.privacydesk.platform;

import com.privacydesk.request.PersonalVariableNames;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoricFormPropertyEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The few variables that must carry personal data through the engine (a rectification's corrected values, typed
 * by the handler in Tasklist; a manual search's note; the requester's details typed when registering or classifying
 * a request) are never written to history: the engine's history is kept for years and erasure cannot reach it. They
 * live in the runtime only until "Carry out the decision" applies and removes them, or until the request is filed.
 * A caller's number after a dropped call never enters the engine; should a client submit one as
 * {@code callerNumber}, it is kept out of history too, and "Erase caller number" removes it.
 *
 * <p>Nor is every change of every variable copied to history (ACT_HI_DETAIL), unless
 * {@code privacy-desk.history.keep-variable-changes} asks for it. History keeps each variable's last value
 * (ACT_HI_VARINST) and who did what (the user operation log); each answer round, letter and package is recorded in
 * the desk's own tables. The copies were a second set of case data kept for three years, and 24 of the 190
 * statements that file a case (BENCHMARKS.md).
 */
@Component
public class PersonalDataOutOfHistory extends AbstractProcessEnginePlugin {

    /** Every capability's personal variables (answer plan's free text, case notes, a manual search's note…). */
    private final Set<String> neverInHistory;
    private final boolean keepVariableChanges;

    public PersonalDataOutOfHistory(List<PersonalVariableNames> personalVariables,
            @Value("${privacy-desk.history.keep-variable-changes}") boolean keepVariableChanges) {
        this.neverInHistory = personalVariables.stream().flatMap(names -> names.names().stream())
                .collect(Collectors.toUnmodifiableSet());
        this.keepVariableChanges = keepVariableChanges;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setHistoryEventHandler(new Filter(neverInHistory, keepVariableChanges
                ? new DbHistoryEventHandler() : new WithoutVariableChanges()));
    }

    Set<String> neverInHistory() {
        return neverInHistory;
    }

    /** Records variables as the engine does with the audit history level: their values, not each change. */
    static final class WithoutVariableChanges extends DbHistoryEventHandler {
        @Override
        protected boolean shouldWriteHistoricDetail(HistoricVariableUpdateEventEntity event) {
            return false;
        }
    }

    static final class Filter implements HistoryEventHandler {

        private final Set<String> neverInHistory;
        private final HistoryEventHandler delegate;

        Filter(Set<String> neverInHistory, HistoryEventHandler delegate) {
            this.neverInHistory = neverInHistory;
            this.delegate = delegate;
        }

        @Override
        public void handleEvent(HistoryEvent event) {
            // A form submitted in Tasklist is recorded twice with full history: as variable updates and as form
            // property events (ACT_HI_DETAIL); both carry the typed values.
            boolean personal = event instanceof HistoricVariableUpdateEventEntity variable
                    && neverInHistory.contains(variable.getVariableName())
                    || event instanceof HistoricFormPropertyEventEntity formProperty
                    && neverInHistory.contains(formProperty.getPropertyId());
            if (!personal) {
                delegate.handleEvent(event);
            }
        }

        @Override
        public void handleEvents(List<HistoryEvent> events) {
            events.forEach(this::handleEvent);
        }
    }
}
