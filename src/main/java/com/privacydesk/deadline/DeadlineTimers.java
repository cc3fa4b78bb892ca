package com.privacydesk.deadline;

import com.privacydesk.platform.BoundaryTimers;
import com.privacydesk.request.RequestProcess;
import com.privacydesk.request.RequestVariables;
import java.time.Clock;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.stereotype.Component;

/**
 * Re-aims the timers of "Handle the request within the deadline" after its date moved while the case stays inside
 * (an extension). A timer still waiting evaluates its date expression ({@code remindAt}, {@code dueAt}) again. A
 * reminder that has fired already is armed once more when its new date lies ahead, so an extended deadline gets its
 * own reminder, as it did when an extension re-entered the scope.
 */
@Component
public class DeadlineTimers {

    private final ManagementService managementService;
    private final BoundaryTimers boundaryTimers;
    private final Clock clock;

    public DeadlineTimers(ManagementService managementService, BoundaryTimers boundaryTimers, Clock clock) {
        this.managementService = managementService;
        this.boundaryTimers = boundaryTimers;
        this.clock = clock;
    }

    /** Call from a step inside the scope, after the timer variables were set. */
    public void reaim(DelegateExecution execution) {
        for (String timer : List.of(RequestProcess.DEADLINE_APPROACHING, RequestProcess.DEADLINE_PASSED)) {
            List<Job> waiting = managementService.createJobQuery().processInstanceId(execution.getProcessInstanceId())
                    .activityId(timer).list();
            for (Job job : waiting) {
                // false: evaluate the expression again instead of adding a duration to the creation date.
                managementService.recalculateJobDuedate(job.getId(), false);
            }
            if (waiting.isEmpty() && timer.equals(RequestProcess.DEADLINE_APPROACHING)
                    && ((Date) execution.getVariable(RequestVariables.REMIND_AT)).toInstant().isAfter(clock.instant())) {
                boundaryTimers.arm(execution, RequestProcess.HANDLE_REQUEST, timer);
            }
        }
    }
}
