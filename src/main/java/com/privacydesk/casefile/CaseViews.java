package com.privacydesk.casefile;

import com.privacydesk.request.RequestRecord;
import com.privacydesk.request.RequestRepository;
import com.privacydesk.request.Stage;
import com.privacydesk.request.RequestProcess;

import com.privacydesk.correspondence.CorrespondenceLog;
import com.privacydesk.deadline.DeadlineCalculator;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Builds the case view from the desk's table and the engine's runtime state. */
@Service
public class CaseViews {

    private final RequestRepository requests;
    private final CorrespondenceLog correspondence;
    private final DeadlineCalculator calculator;
    private final RuntimeService runtimeService;
    private final TaskService taskService;
    private final Clock clock;

    public CaseViews(RequestRepository requests, CorrespondenceLog correspondence, DeadlineCalculator calculator,
            RuntimeService runtimeService, TaskService taskService, Clock clock) {
        this.requests = requests;
        this.correspondence = correspondence;
        this.calculator = calculator;
        this.runtimeService = runtimeService;
        this.taskService = taskService;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public CaseView view(String caseNumber) {
        RequestRecord request = requests.get(caseNumber);
        Instant now = clock.instant();
        ProcessInstance instance = request.processInstanceId() == null ? null
                : runtimeService.createProcessInstanceQuery().processInstanceId(request.processInstanceId())
                        .singleResult();
        Stage stage = instance == null ? Stage.CLOSED
                : Stage.of(runtimeService.getActiveActivityIds(instance.getId()));
        LocalDate effective = request.effectiveDeadline();
        boolean open = stage != Stage.CLOSED && request.answeredAt() == null;
        boolean overdue = request.overdueSince() != null || open && calculator.hasPassed(effective, now);
        return new CaseView(
                request.caseNumber(),
                stage,
                instance == null ? request.handler() : handler(request, instance),
                request.channel(),
                request.rights(),
                request.language(),
                request.receivedAt(),
                calculator.oneMonth(request.receivedAt()).deadline(),
                request.daysSuspended(),
                request.deadline(),
                request.extendedDeadline(),
                open ? calculator.daysLeft(effective, now) : null,
                overdue,
                request.decision(),
                request.answeredAt(),
                request.closedAt(),
                correspondence.list(caseNumber),
                requests.informationGiven(caseNumber).orElse(null));
    }

    /** The officer after a takeover; otherwise whoever holds the open task, or the group it is offered to. */
    private String handler(RequestRecord request, ProcessInstance instance) {
        if (request.handler() != null) {
            return request.handler();
        }
        List<Task> tasks = taskService.createTaskQuery().processInstanceId(instance.getId()).list().stream()
                .filter(task -> !RequestProcess.REVIEW_OVERDUE_REQUEST.equals(task.getTaskDefinitionKey()))
                .toList();
        if (tasks.isEmpty()) {
            return null;
        }
        Task task = tasks.get(0);
        if (task.getAssignee() != null) {
            return task.getAssignee();
        }
        return taskService.getIdentityLinksForTask(task.getId()).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(IdentityLink::getGroupId)
                .collect(Collectors.joining(","));
    }
}
