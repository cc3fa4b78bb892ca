package com.privacydesk.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.junit.jupiter.api.Test;

/** Every capability's personal variable names are kept out of history, whichever capability declared them. */
class PersonalDataOutOfHistoryTest {

    @Test
    void theNamesOfEveryContributor_areKeptOutOfHistory() {
        PersonalDataOutOfHistory plugin = new PersonalDataOutOfHistory(
                List.of(() -> List.of("requesterName", "requestMessage"), () -> Set.of("manualSearchNote")), false);

        assertThat(plugin.neverInHistory()).containsExactlyInAnyOrder("requesterName", "requestMessage",
                "manualSearchNote");
    }

    @Test
    void theFilter_dropsPersonalVariables_andPassesTheOthers() {
        List<String> recorded = new ArrayList<>();
        HistoryEventHandler recorder = new HistoryEventHandler() {
            @Override
            public void handleEvent(HistoryEvent event) {
                recorded.add(((HistoricVariableUpdateEventEntity) event).getVariableName());
            }

            @Override
            public void handleEvents(List<HistoryEvent> events) {
                events.forEach(this::handleEvent);
            }
        };
        PersonalDataOutOfHistory.Filter filter = new PersonalDataOutOfHistory.Filter(Set.of("requesterName"), recorder);

        filter.handleEvents(List.of(variable("requesterName"), variable("caseNumber")));

        assertThat(recorded).containsExactly("caseNumber");
    }

    private static HistoricVariableUpdateEventEntity variable(String name) {
        HistoricVariableUpdateEventEntity event = new HistoricVariableUpdateEventEntity();
        event.setVariableName(name);
        return event;
    }
}
