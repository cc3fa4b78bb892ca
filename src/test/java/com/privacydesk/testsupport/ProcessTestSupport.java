package com.privacydesk.testsupport;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import java.util.Map;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/** Moves the engine clock and runs what falls due, as the job executor would. */
public final class ProcessTestSupport {

    private ProcessTestSupport() {
    }

    public static void setClock(Instant now) {
        ClockUtil.setCurrentTime(Date.from(now));
    }

    public static Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }

    public static void advance(Duration duration) {
        setClock(now().plus(duration));
    }

    /** Completes the one open task {@code taskKey} of the instance as its assignee would, then runs what falls due. */
    public static void completeTask(TaskService taskService, ManagementService management, String processInstanceId,
            String taskKey, Map<String, Object> variables) {
        Task task = taskService.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(taskKey)
                .singleResult();
        org.assertj.core.api.Assertions.assertThat(task).as("open task " + taskKey).isNotNull();
        taskService.complete(task.getId(), new java.util.HashMap<>(variables));
        executeDueJobs(management, processInstanceId);
    }

    /** Executes every job of the instance that is due now (engine clock), including jobs the executed ones create. */
    public static int executeDueJobs(ManagementService management, String processInstanceId) {
        int executed = 0;
        for (int round = 0; round < 50; round++) {
            List<Job> due = management.createJobQuery().processInstanceId(processInstanceId).executable().list();
            if (due.isEmpty()) {
                return executed;
            }
            for (Job job : due) {
                management.executeJob(job.getId());
                executed++;
            }
        }
        throw new IllegalStateException("Jobs keep falling due: a loop in the process?");
    }
}
