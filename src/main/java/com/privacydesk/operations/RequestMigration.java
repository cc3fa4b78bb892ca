package com.privacydesk.operations;

import com.privacydesk.request.RequestProcess;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.springframework.stereotype.Component;

/**
 * Moves running requests from an older version of {@code data-subject-request} to the newest one. Every wait state
 * keeps its id, so equal ids map themselves; what moved into a new scope is mapped by hand: the wait for identity
 * information (now inside "Wait for identity information") and "Consult difficult-customer officer" (now inside
 * "Consult the officer on a further answer"). The engine creates those scopes for the instances it moves.
 */
@Component
public class RequestMigration {

    /** Wait states that left the process level in the redrawn diagram: each keeps its id in its new scope. */
    private static final List<String> MOVED_INTO_A_SCOPE = List.of(RequestProcess.AWAIT_INFORMATION,
            "RequesterReplied", RequestProcess.INFORMATION_OVERDUE, RequestProcess.CONSULT_OFFICER);

    private final RepositoryService repositoryService;
    private final RuntimeService runtimeService;

    public RequestMigration(RepositoryService repositoryService, RuntimeService runtimeService) {
        this.repositoryService = repositoryService;
        this.runtimeService = runtimeService;
    }

    /** The plan from one deployed version to another of the request process. */
    public MigrationPlan plan(String sourceDefinitionId, String targetDefinitionId) {
        var builder = runtimeService.createMigrationPlan(sourceDefinitionId, targetDefinitionId).mapEqualActivities();
        ProcessDefinition source = definition(sourceDefinitionId);
        var activities = repositoryService.getBpmnModelInstance(source.getId());
        var targetModel = repositoryService.getBpmnModelInstance(targetDefinitionId);
        for (String id : MOVED_INTO_A_SCOPE) {
            if (activities.getModelElementById(id) != null && targetModel.getModelElementById(id) != null
                    && !sameParent(activities.getModelElementById(id), targetModel.getModelElementById(id))) {
                builder.mapActivities(id, id);
            }
        }
        return builder.build();
    }

    /**
     * Migrates every running request of every older version to the newest; returns what was moved per version.
     * Runs in the caller's transaction: one version's instances move together or not at all.
     */
    public List<Moved> migrateAllToLatest() {
        ProcessDefinition latest = repositoryService.createProcessDefinitionQuery()
                .processDefinitionKey(RequestProcess.KEY).latestVersion().singleResult();
        if (latest == null) {
            throw new IllegalStateException("The request process is not deployed");
        }
        List<Moved> moved = new ArrayList<>();
        for (ProcessDefinition older : repositoryService.createProcessDefinitionQuery()
                .processDefinitionKey(RequestProcess.KEY).orderByProcessDefinitionVersion().asc().list()) {
            if (older.getVersion() >= latest.getVersion()) {
                continue;
            }
            long running = runtimeService.createProcessInstanceQuery().processDefinitionId(older.getId()).count();
            if (running == 0) {
                continue;
            }
            runtimeService.newMigration(plan(older.getId(), latest.getId()))
                    .processInstanceQuery(runtimeService.createProcessInstanceQuery().processDefinitionId(older.getId()))
                    .skipCustomListeners()
                    .execute();
            moved.add(new Moved(older.getVersion(), latest.getVersion(), running));
        }
        return moved;
    }

    private ProcessDefinition definition(String id) {
        ProcessDefinition definition = repositoryService.getProcessDefinition(id);
        if (!RequestProcess.KEY.equals(definition.getKey())) {
            throw new IllegalArgumentException("Not a version of " + RequestProcess.KEY + ": " + id);
        }
        return definition;
    }

    private static boolean sameParent(org.camunda.bpm.model.xml.instance.ModelElementInstance a,
            org.camunda.bpm.model.xml.instance.ModelElementInstance b) {
        String parentA = a.getParentElement().getAttributeValue("id");
        String parentB = b.getParentElement().getAttributeValue("id");
        return parentA != null && parentA.equals(parentB);
    }

    /** Running requests moved from one version to another. */
    public record Moved(int fromVersion, int toVersion, long instances) {
    }
}
