package com.privacydesk.tasklist;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import com.privacydesk.callback.CallbackProcess;
import com.privacydesk.correspondence.LetterDelivery;
import com.privacydesk.request.RequestProcess;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.HistoricTaskPermissions;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.UserOperationLogCategoryPermissions;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The engine's authorizations for the desk's groups, granted at start-up and kept as defined here (a grant that
 * exists is extended, never duplicated, so every node may run this). Agents and officers work their own tasks
 * (the engine grants task permissions through candidate groups and assignees); managers read everything in
 * Cockpit and change nothing; only camunda-admin administers (granted by the starter).
 */
@Component
public class DeskAuthorizations {

    private static final String AGENTS = RequestProcess.GROUP_AGENTS;
    private static final String OFFICERS = RequestProcess.GROUP_OFFICERS;
    private static final String MANAGERS = RequestProcess.GROUP_MANAGERS;

    /** Which Tasklist filters each group sees; Tasklist orders them by priority ({@link DeskFilter}). */
    static final Map<String, List<DeskFilter>> FILTERS = Map.of(
            AGENTS, List.of(DeskFilter.AGENTS_QUEUE, DeskFilter.CALL_BACKS, DeskFilter.MY_TASKS,
                    DeskFilter.DUE_WITHIN_7_DAYS, DeskFilter.OVERDUE),
            OFFICERS, List.of(DeskFilter.OFFICERS_QUEUE, DeskFilter.MY_TASKS, DeskFilter.DUE_WITHIN_7_DAYS,
                    DeskFilter.OVERDUE),
            MANAGERS, List.of(DeskFilter.OVERDUE_REVIEWS, DeskFilter.DUE_WITHIN_7_DAYS, DeskFilter.OVERDUE));

    private final AuthorizationService authorizations;
    private final TasklistFilters filters;

    public DeskAuthorizations(AuthorizationService authorizations, TasklistFilters filters) {
        this.authorizations = authorizations;
        this.filters = filters;
    }

    @Order(10)
    @EventListener(ApplicationReadyEvent.class)
    public void grant() {
        for (String worker : List.of(AGENTS, OFFICERS)) {
            grant(worker, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
            // READ_INSTANCE lets Tasklist show a task's case variables (case number, rights, deadline), which hold
            // no personal data; which tasks they see still follows candidate groups and assignees.
            grant(worker, Resources.PROCESS_DEFINITION, RequestProcess.KEY, Permissions.READ,
                    ProcessDefinitionPermissions.CREATE_INSTANCE, ProcessDefinitionPermissions.READ_INSTANCE);
            grant(worker, Resources.PROCESS_INSTANCE, "*", Permissions.CREATE);
        }
        // Agents work "Call back" (offered to their group) and read its variables (call id, decision, window end)
        // in Tasklist; only the telephony webhook starts it, so no CREATE_INSTANCE.
        grant(AGENTS, Resources.PROCESS_DEFINITION, CallbackProcess.KEY, Permissions.READ,
                ProcessDefinitionPermissions.READ_INSTANCE);
        grant(MANAGERS, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
        grant(MANAGERS, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
        for (String definition : List.of(RequestProcess.KEY, LetterDelivery.PROCESS_KEY, CallbackProcess.KEY, "*")) {
            grant(MANAGERS, Resources.PROCESS_DEFINITION, definition, Permissions.READ,
                    ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_HISTORY,
                    ProcessDefinitionPermissions.READ_TASK);
        }
        grant(MANAGERS, Resources.PROCESS_INSTANCE, "*", Permissions.READ);
        grant(MANAGERS, Resources.TASK, "*", Permissions.READ);
        grant(MANAGERS, Resources.DEPLOYMENT, "*", Permissions.READ);
        grant(MANAGERS, Resources.DECISION_DEFINITION, "*", Permissions.READ);
        grant(MANAGERS, Resources.HISTORIC_PROCESS_INSTANCE, "*", HistoricProcessInstancePermissions.READ);
        grant(MANAGERS, Resources.HISTORIC_TASK, "*", HistoricTaskPermissions.READ);
        grant(MANAGERS, Resources.OPERATION_LOG_CATEGORY, "*", UserOperationLogCategoryPermissions.READ);
        FILTERS.forEach((group, desk) -> desk.forEach(filter -> filters.find(filter)
                .ifPresent(found -> grant(group, Resources.FILTER, found.getId(), Permissions.READ))));
    }

    private void grant(String group, Resource resource, String resourceId, Permission... permissions) {
        Authorization authorization = authorizations.createAuthorizationQuery().groupIdIn(group)
                .resourceType(resource).resourceId(resourceId).authorizationType(AUTH_TYPE_GRANT).list().stream()
                .findFirst().orElse(null);
        if (authorization == null) {
            authorization = authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
            authorization.setGroupId(group);
            authorization.setResource(resource);
            authorization.setResourceId(resourceId);
        }
        for (Permission permission : permissions) {
            authorization.addPermission(permission);
        }
        authorizations.saveAuthorization(authorization);
    }
}
