package com.privacydesk.security;

import com.privacydesk.request.RequestProcess;
import com.privacydesk.request.RequestRecord;
import com.privacydesk.request.RequestRepository;
import com.privacydesk.request.RequestVariables;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.stereotype.Component;

/**
 * Which member of staff may open a case's personal data (case file, letter preview, packages), the same rule
 * the engine's authorizations give for tasks (tasklist.DeskAuthorizations): agents the cases of their group, i.e.
 * every case no officer has taken over; officers the cases they took over and the ones they are consulted on (an
 * open consultation is offered to the whole officers' group, as its task is); managers every case, to read.
 * Administrators administer the engine and are not given the customers' data by that role alone.
 */
@Component
public class CaseAccess {

    public enum Decision { ALLOWED, FORBIDDEN }

    private final RequestRepository requests;
    private final TaskService taskService;
    private final HistoryService historyService;

    public CaseAccess(RequestRepository requests, TaskService taskService, HistoryService historyService) {
        this.requests = requests;
        this.taskService = taskService;
        this.historyService = historyService;
    }

    /** Whether the member of staff may read the case; an unknown case raises the desk's 404. */
    public boolean mayRead(StaffSession.Staff staff, String caseNumber) {
        RequestRecord request = requests.get(caseNumber);
        if (staff.inAnyGroup(List.of(RequestProcess.GROUP_MANAGERS))) {
            return true;
        }
        boolean takenOver = request.handler() != null;
        if (!takenOver && staff.inAnyGroup(List.of(RequestProcess.GROUP_AGENTS))) {
            return true;
        }
        if (staff.inAnyGroup(List.of(RequestProcess.GROUP_OFFICERS))) {
            return staff.userId().equals(request.handler()) || consultedOn(staff.userId(), request);
        }
        return false;
    }

    private boolean consultedOn(String officer, RequestRecord request) {
        String instance = request.processInstanceId();
        if (instance == null) {
            return false;
        }
        if (taskService.createTaskQuery().processInstanceId(instance)
                .taskDefinitionKey(RequestProcess.CONSULT_OFFICER).list().stream()
                .anyMatch(task -> task.getAssignee() == null || officer.equals(task.getAssignee()))) {
            return true;
        }
        return historyService.createHistoricTaskInstanceQuery().processInstanceId(instance)
                .taskDefinitionKey(RequestProcess.CONSULT_OFFICER).taskAssignee(officer).count() > 0
                || historyService.createHistoricVariableInstanceQuery().processInstanceId(instance)
                        .variableName(RequestVariables.OFFICER).list().stream()
                        .anyMatch(v -> officer.equals(v.getValue()));
    }
}
