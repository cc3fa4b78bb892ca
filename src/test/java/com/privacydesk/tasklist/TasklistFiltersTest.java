package com.privacydesk.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import com.privacydesk.callback.CallbackVariables;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class TasklistFiltersTest {

    @Autowired FilterService filterService;
    @Autowired TasklistFilters filters;

    @Test
    void filtersExistAfterStartUp_andAreNotDuplicatedWhenCreatedAgain() {
        filters.createFilters();

        List<String> names = filterService.createFilterQuery().list().stream().map(Filter::getName).toList();
        assertThat(names).containsExactlyInAnyOrder("Agents' queue", "My tasks", "Due within 7 days", "Overdue",
                "Officers' queue", "Overdue reviews", "Call backs");
        Filter agents = filterService.createFilterQuery().filterName("Agents' queue").singleResult();
        TaskQueryImpl query = agents.getQuery();
        assertThat(query.getCandidateGroup()).isEqualTo("agents");
        assertThat(query.getOrderingProperties()).hasSize(1);
        assertThat(query.getOrderingProperties().get(0).getQueryProperty().getName()).isEqualTo("DUE_DATE_");
        assertThat(agents.getProperties()).containsKey("variables");
        Filter callBacks = filterService.createFilterQuery().filterName("Call backs").singleResult();
        TaskQueryImpl callbacks = callBacks.getQuery();
        assertThat(callbacks.getProcessDefinitionKey()).isEqualTo("dropped-call-callback");
        assertThat(callbacks.getCandidateGroup()).isEqualTo("agents");
        // The list shows the call id and the window's end; the number is no variable, and no column may ask for it.
        assertThat(callBacks.getProperties().get("variables")).asInstanceOf(InstanceOfAssertFactories.LIST)
                .extracting(column -> (Object) ((Map<?, ?>) column).get("name"))
                .containsExactly(CallbackVariables.CALL_ID, CallbackVariables.CALLBACK_UNTIL)
                .doesNotContain(CallbackVariables.CALLER_NUMBER);
    }
}
