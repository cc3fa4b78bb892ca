package com.privacydesk.deadline;

import com.privacydesk.request.RequestProcess;
import java.util.Set;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.stereotype.Component;

/**
 * Re-aims the timers of "Handle the request within the deadline" after its date moved while the case stays inside
 * (an extension): each waiting timer evaluates its date expression ({@code remindAt}, {@code dueAt}) again. A timer
 * that has fired already is gone and stays gone: the reminder is given once per entry into the scope.
 */
@Component
public class DeadlineTimers {

    private static final Set<String> DEADLINE_TIMERS = Set.of(RequestProcess.DEADLINE_APPROACHING,
            RequestProcess.DEADLINE_PASSED);

    private final ManagementService managementService;

    public DeadlineTimers(ManagementService managementService) {
        this.managementService = managementService;
    }

    /** Call after the timer variables were set; returns how many timers now aim at the new date. */
    public int reaim(String processInstanceId) {
        int reaimed = 0;
        for (Job job : managementService.createJobQuery().processInstanceId(processInstanceId).timers().list()) {
            if (DEADLINE_TIMERS.contains(activityOf(job))) {
                // false: evaluate the expression again instead of adding the duration to the creation date.
                managementService.recalculateJobDuedate(job.getId(), false);
                reaimed++;
            }
        }
        return reaimed;
    }

    private String activityOf(Job job) {
        return managementService.createJobDefinitionQuery().jobDefinitionId(job.getJobDefinitionId()).singleResult()
                .getActivityId();
    }
}
