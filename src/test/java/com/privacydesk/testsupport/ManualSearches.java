package com.privacydesk.testsupport;

import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.TaskQuery;

/** Completes the "Search manual source" tasks as nothing found, for tests whose subject lies elsewhere. */
public final class ManualSearches {

    private ManualSearches() {
    }

    /** For one process instance, or for all when {@code processInstanceId} is null; returns how many. */
    public static int nothingFound(TaskService taskService, String processInstanceId) {
        TaskQuery query = taskService.createTaskQuery().taskDefinitionKey("SearchManualSources");
        if (processInstanceId != null) {
            query.processInstanceId(processInstanceId);
        }
        var searches = query.list();
        searches.forEach(task -> taskService.complete(task.getId(), Map.of("manualSearchOutcome", "NOT_FOUND")));
        return searches.size();
    }

    /** Completes every "Carry out by hand" task of the instance as done; returns how many. */
    public static int allDoneByHand(TaskService taskService, String processInstanceId) {
        var actions = taskService.createTaskQuery().processInstanceId(processInstanceId)
                .taskDefinitionKey("CarryOutByHand").list();
        actions.forEach(task -> taskService.complete(task.getId(), Map.of("manualActionDone", true)));
        return actions.size();
    }
}
