package com.privacydesk.tasklist;

import com.privacydesk.callback.CallbackProcess;
import com.privacydesk.callback.CallbackVariables;
import com.privacydesk.request.RequestProcess;
import com.privacydesk.request.RequestVariables;
import com.privacydesk.stafflanguage.StaffLanguage;
import com.privacydesk.stafflanguage.StaffTexts;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
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
 * kept as defined here, named in the staff language. A filter is found by its {@link DeskFilter} key (a filter
 * property), or by any of its names in any staff language (filters made before the key, or before the language
 * changed): it is updated, never duplicated, so every node may run this.
 */
@Component
public class TasklistFilters {

    /** The filter property holding the {@link DeskFilter} key. */
    static final String KEY_PROPERTY = "deskFilter";

    private final FilterService filterService;
    private final TaskService taskService;
    private final StaffTexts texts;

    public TasklistFilters(FilterService filterService, TaskService taskService, StaffTexts texts) {
        this.filterService = filterService;
        this.taskService = taskService;
        this.texts = texts;
    }

    @Order(5)
    @EventListener(ApplicationReadyEvent.class)
    public void createFilters() {
        define(DeskFilter.AGENTS_QUEUE, query().taskCandidateGroup(RequestProcess.GROUP_AGENTS).includeAssignedTasks());
        define(DeskFilter.OFFICERS_QUEUE,
                query().taskCandidateGroup(RequestProcess.GROUP_OFFICERS).includeAssignedTasks());
        define(DeskFilter.OVERDUE_REVIEWS,
                query().taskCandidateGroup(RequestProcess.GROUP_MANAGERS).includeAssignedTasks());
        define(DeskFilter.CALL_BACKS, taskService.createTaskQuery().processDefinitionKey(CallbackProcess.KEY)
                .taskCandidateGroup(RequestProcess.GROUP_AGENTS).includeAssignedTasks().orderByDueDate().asc(),
                callbackColumns());
        define(DeskFilter.MY_TASKS, query().taskAssigneeExpression("${currentUser()}"));
        define(DeskFilter.DUE_WITHIN_7_DAYS, query().dueBeforeExpression("${dateTime().plusDays(7)}"));
        define(DeskFilter.OVERDUE, query().dueBeforeExpression("${now()}"));
    }

    /** The engine's filter of {@code filter}, once created. */
    public Optional<Filter> find(DeskFilter filter) {
        Set<String> names = Arrays.stream(StaffLanguage.values())
                .map(language -> texts.text(language, nameKey(filter))).collect(Collectors.toSet());
        List<Filter> all = filterService.createFilterQuery().list();
        return all.stream().filter(f -> f.getProperties() != null
                        && filter.key().equals(f.getProperties().get(KEY_PROPERTY))).findFirst()
                .or(() -> all.stream().filter(f -> (f.getProperties() == null
                        || f.getProperties().get(KEY_PROPERTY) == null) && names.contains(f.getName())).findFirst());
    }

    private TaskQuery query() {
        return taskService.createTaskQuery().processDefinitionKey(RequestProcess.KEY).orderByDueDate().asc();
    }

    /** Shown as columns in Tasklist's list, so a handler sees case, rights and deadline without opening a task. */
    private List<Map<String, String>> caseColumns() {
        return List.of(
                column(RequestVariables.CASE_NUMBER, "filter.column.case"),
                column(RequestVariables.RIGHTS, "filter.column.rights"),
                column(RequestVariables.DEADLINE, "filter.column.deadline"),
                column(RequestVariables.EXTENDED_DEADLINE, "filter.column.extended-deadline"));
    }

    /** The call id and the window's end; the number is no variable, and no column may ask for it. */
    private List<Map<String, String>> callbackColumns() {
        return List.of(
                column(CallbackVariables.CALL_ID, "filter.column.call"),
                column(CallbackVariables.CALLBACK_UNTIL, "filter.column.call-back-until"));
    }

    private Map<String, String> column(String variable, String labelKey) {
        return Map.of("name", variable, "label", texts.text(labelKey));
    }

    private void define(DeskFilter desk, TaskQuery query) {
        define(desk, query, caseColumns());
    }

    private void define(DeskFilter desk, TaskQuery query, List<Map<String, String>> columns) {
        String name = texts.text(nameKey(desk));
        Filter filter = find(desk).orElseGet(() -> filterService.newTaskFilter(name));
        filter.setName(name);
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put(KEY_PROPERTY, desk.key());
        properties.put("description", texts.text("filter." + desk.key() + ".description"));
        properties.put("priority", desk.priority());
        properties.put("refresh", true);
        properties.put("showUndefinedVariable", false);
        properties.put("variables", columns);
        filter.setProperties(properties);
        filter.setQuery(query);
        filterService.saveFilter(filter);
    }

    private static String nameKey(DeskFilter filter) {
        return "filter." + filter.key() + ".name";
    }
}
