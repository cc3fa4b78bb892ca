package com.privacydesk.security;

import com.privacydesk.answer.CarryOutDecisionDelegate;
import com.privacydesk.callback.CallbackVariables;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import com.privacydesk.lookup.ManualSearchVariables;
import com.privacydesk.request.RequestVariables;
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

    static final Set<String> NEVER_IN_HISTORY = Stream.concat(Stream.concat(
            com.privacydesk.answer.AnswerPlanForm.FREE_TEXT_VARIABLES.stream(),
            // Staff's own words about a case: kept as case notes (request.CaseNotes), never in the engine's history.
            com.privacydesk.request.CaseNotes.VARIABLES.stream()),
            // What a searcher found in a spreadsheet or paper file is kept in the desk's table, not in history.
            Stream.concat(Stream.of(ManualSearchVariables.NOTE, ManualSearchVariables.DATA_FOUND,
                    CallbackVariables.CALLER_NUMBER),
                    // The requester's details an agent types in "Register request" or "Classify request".
                    RequestVariables.PERSONAL_FORM_FIELDS.stream())).collect(Collectors.toUnmodifiableSet());

    private final boolean keepVariableChanges;

    public PersonalDataOutOfHistory(@Value("${privacy-desk.history.keep-variable-changes}") boolean keepVariableChanges) {
        this.keepVariableChanges = keepVariableChanges;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setHistoryEventHandler(new Filter(keepVariableChanges ? new DbHistoryEventHandler()
                : new WithoutVariableChanges()));
    }

    /** Records variables as the engine does with the audit history level: their values, not each change. */
    static final class WithoutVariableChanges extends DbHistoryEventHandler {
        @Override
        protected boolean shouldWriteHistoricDetail(HistoricVariableUpdateEventEntity event) {
            return false;
        }
    }

    static final class Filter implements HistoryEventHandler {

        private final HistoryEventHandler delegate;

        Filter(HistoryEventHandler delegate) {
            this.delegate = delegate;
        }

        @Override
        public void handleEvent(HistoryEvent event) {
            // A form submitted in Tasklist is recorded twice with full history: as variable updates and as form
            // property events (ACT_HI_DETAIL); both carry the typed values.
            boolean personal = event instanceof HistoricVariableUpdateEventEntity variable
                    && NEVER_IN_HISTORY.contains(variable.getVariableName())
                    || event instanceof HistoricFormPropertyEventEntity formProperty
                    && NEVER_IN_HISTORY.contains(formProperty.getPropertyId());
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
