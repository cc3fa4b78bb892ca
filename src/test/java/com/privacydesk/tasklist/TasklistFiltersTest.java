package com.privacydesk.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import com.privacydesk.callback.CallbackVariables;
import com.privacydesk.request.RequestProcess;
import com.privacydesk.stafflanguage.StaffLanguage;
import com.privacydesk.stafflanguage.StaffLanguageProperties;
import com.privacydesk.stafflanguage.StaffTexts;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class TasklistFiltersTest {

    @Autowired FilterService filterService;
    @Autowired TaskService taskService;
    @Autowired IdentityService identityService;
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

    /** Tasklist selects a user's first filter (lowest priority) at login: it must be the group's queue. */
    @Test
    void everyGroupsFirstFilterIsItsMainQueue_callBacksNextForAgents() {
        assertThat(visibleTo("filters-agent", RequestProcess.GROUP_AGENTS)).containsExactly("Agents' queue",
                "Call backs", "My tasks", "Due within 7 days", "Overdue");
        assertThat(visibleTo("filters-officer", RequestProcess.GROUP_OFFICERS)).containsExactly("Officers' queue",
                "My tasks", "Due within 7 days", "Overdue");
        assertThat(visibleTo("filters-manager", RequestProcess.GROUP_MANAGERS)).containsExactly("Overdue reviews",
                "Due within 7 days", "Overdue");
    }

    /**
     * A desk that changes its staff language keeps its seven filters (found by key, renamed, never duplicated), the
     * groups keep their grants on them, and the agents' queue stays first with the same query in every language.
     */
    @ParameterizedTest
    @EnumSource(StaffLanguage.class)
    void inEveryStaffLanguageTheFiltersAreRenamed_notDuplicated_andTheQueueStaysFirst(StaffLanguage language) {
        StaffTexts texts = new StaffTexts(new StaffLanguageProperties(language));
        TasklistFilters inLanguage = new TasklistFilters(filterService, taskService, texts);
        try {
            inLanguage.createFilters();

            assertThat(filterService.createFilterQuery().count()).isEqualTo(DeskFilter.values().length);
            List<String> agentFilters = visibleTo("filters-agent", RequestProcess.GROUP_AGENTS);
            assertThat(agentFilters).first().isEqualTo(texts.text("filter.agents-queue.name"));
            assertThat(agentFilters.get(1)).isEqualTo(texts.text("filter.call-backs.name"));
            Filter queue = inLanguage.find(DeskFilter.AGENTS_QUEUE).orElseThrow();
            assertThat(queue.getName()).isEqualTo(texts.text("filter.agents-queue.name"));
            assertThat(((TaskQueryImpl) queue.getQuery()).getCandidateGroup()).isEqualTo(RequestProcess.GROUP_AGENTS);
            assertThat(queue.getProperties().get("variables")).asInstanceOf(InstanceOfAssertFactories.LIST)
                    .extracting(column -> (Object) ((Map<?, ?>) column).get("label"))
                    .contains(texts.text("filter.column.case"));
        } finally {
            filters.createFilters(); // back to the context's own language for the other tests
        }
    }

    @Test
    void polishDeskReadsPolishFilterNames() {
        StaffTexts polish = new StaffTexts(new StaffLanguageProperties(StaffLanguage.PL));
        TasklistFilters inPolish = new TasklistFilters(filterService, taskService, polish);
        try {
            inPolish.createFilters();
            assertThat(visibleTo("filters-agent", RequestProcess.GROUP_AGENTS)).containsExactly("Kolejka konsultantów",
                    "Oddzwonienia", "Moje zadania", "Termin w ciągu 7 dni", "Po terminie");
        } finally {
            filters.createFilters();
        }
    }

    /** The filters a member of {@code group} may read, in Tasklist's order (by priority). */
    private List<String> visibleTo(String user, String group) {
        identityService.setAuthentication(user, List.of(group));
        try {
            return filterService.createFilterQuery().list().stream()
                    .sorted(Comparator.comparingInt(f -> ((Number) f.getProperties().get("priority")).intValue()))
                    .map(Filter::getName).toList();
        } finally {
            identityService.clearAuthentication();
        }
    }
}
