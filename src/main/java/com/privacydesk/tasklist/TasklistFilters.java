package com.privacydesk.tasklist;

import com.privacydesk.callback.CallbackProcess;
import com.privacydesk.callback.CallbackVariables;
import com.privacydesk.request.RequestProcess;
import com.privacydesk.request.RequestVariables;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The Tasklist filters the desk's people need (Tasklist shows nothing without one), created at start-up and
 * kept as defined here: a filter with the same name is updated, never duplicated, so every node may run this.
 */
@Component
public class TasklistFilters {

    /** Shown as columns in Tasklist's list, so a handler sees case, rights and deadline without opening a task. */
    private static final List<Map<String, String>> CASE_COLUMNS = List.of(
            Map.of("name", RequestVariables.CASE_NUMBER, "label", "Case"),
            Map.of("name", RequestVariables.RIGHTS, "label", "Rights"),
            Map.of("name", RequestVariables.DEADLINE, "label", "Deadline"),
            Map.of("name", RequestVariables.EXTENDED_DEADLINE, "label", "Extended deadline"));

    private final FilterService filterService;
    private final TaskService taskService;

    public TasklistFilters(FilterService filterService, TaskService taskService) {
        this.filterService = filterService;
        this.taskService = taskService;
    }

    @Order(5)
    @EventListener(ApplicationReadyEvent.class)
    public void createFilters() {
        define(1, "Agents' queue", "Requests waiting for the agents, earliest deadline first",
                query().taskCandidateGroup(RequestProcess.GROUP_AGENTS).includeAssignedTasks());
        define(2, "My tasks", "Tasks assigned to me, earliest deadline first",
                query().taskAssigneeExpression("${currentUser()}"));
        define(3, "Due within 7 days", "Open tasks whose deadline is less than a week away",
                query().dueBeforeExpression("${dateTime().plusDays(7)}"));
        define(4, "Overdue", "Open tasks past their deadline",
                query().dueBeforeExpression("${now()}"));
        define(5, "Officers' queue", "Dissatisfied customers and cases taken over by the difficult-customer officer",
                query().taskCandidateGroup(RequestProcess.GROUP_OFFICERS).includeAssignedTasks());
        define(6, "Overdue reviews", "Requests that passed their deadline, for the managers",
                query().taskCandidateGroup(RequestProcess.GROUP_MANAGERS).includeAssignedTasks());
        // Before the queue: a callback is lawful only minutes after the drop (seed 003).
        define(0, "Call backs", "Customers whose call dropped: call back before the window closes",
                taskService.createTaskQuery().processDefinitionKey(CallbackProcess.KEY)
                        .taskCandidateGroup(RequestProcess.GROUP_AGENTS).includeAssignedTasks().orderByDueDate().asc(),
                CALLBACK_COLUMNS);
    }

    private TaskQuery query() {
        return taskService.createTaskQuery().processDefinitionKey(RequestProcess.KEY).orderByDueDate().asc();
    }

    private static final List<Map<String, String>> CALLBACK_COLUMNS = List.of(
            Map.of("name", CallbackVariables.CALL_ID, "label", "Call"),
            Map.of("name", CallbackVariables.CALLBACK_UNTIL, "label", "Call back until"));

    private void define(int priority, String name, String description, TaskQuery query) {
        define(priority, name, description, query, CASE_COLUMNS);
    }

    private void define(int priority, String name, String description, TaskQuery query,
            List<Map<String, String>> columns) {
        Filter filter = filterService.createFilterQuery().filterName(name).singleResult();
        if (filter == null) {
            filter = filterService.newTaskFilter(name);
        }
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("description", description);
        properties.put("priority", priority);
        properties.put("refresh", true);
        properties.put("showUndefinedVariable", false);
        properties.put("variables", columns);
        filter.setProperties(properties);
        filter.setQuery(query);
        filterService.saveFilter(filter);
    }
}
