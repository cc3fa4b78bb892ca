package com.privacydesk.deadline;

import com.privacydesk.request.CaseKey;
import com.privacydesk.request.RequestRepository;
import java.time.Clock;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * "Remind the handler": the case's open tasks move up in Tasklist (higher priority) and carry a comment with the
 * days left, which their assignee - the officer after a takeover - sees on the task.
 */
@Component("remindHandler")
public class RemindHandlerDelegate implements JavaDelegate {

    public static final int REMINDED_PRIORITY = 80;

    private final TaskService taskService;
    private final RequestRepository requests;
    private final DeadlineCalculator calculator;
    private final Clock clock;

    public RemindHandlerDelegate(TaskService taskService, RequestRepository requests, DeadlineCalculator calculator,
            Clock clock) {
        this.taskService = taskService;
        this.requests = requests;
        this.calculator = calculator;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String caseNumber = CaseKey.of(execution);
        java.time.LocalDate deadline = requests.get(caseNumber).effectiveDeadline();
        long daysLeft = calculator.daysLeft(deadline, clock.instant());
        for (Task task : taskService.createTaskQuery().processInstanceId(execution.getProcessInstanceId()).list()) {
            task.setPriority(Math.max(task.getPriority(), REMINDED_PRIORITY));
            taskService.saveTask(task);
            taskService.createComment(task.getId(), execution.getProcessInstanceId(),
                    "Reminder: the answer to case " + caseNumber + " is due on "
                            + deadline + " (" + daysLeft + " days left).");
        }
    }
}
