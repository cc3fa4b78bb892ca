package com.privacydesk.casefile;

import com.privacydesk.platform.UserTaskHook;
import com.privacydesk.request.CaseKey;
import com.privacydesk.request.CaseNotes;
import com.privacydesk.request.RequestProcess;
import java.time.Clock;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import java.util.Map;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Staff's own words live with the case ({@link CaseNotes}), not in the engine. On every user task of the request:
 * once the task's own listeners have checked and used a completion, the words it submitted (guidance, what identity
 * information is needed, why the deadline is extended, the review of a missed deadline) are kept as notes and
 * removed from the process; when a task is created, the notes its form shows are put on the task alone, which goes
 * with the task.
 */
@Component
public class CaseNotesOnTasks implements UserTaskHook {

    private final CaseNotes notes;
    private final Clock clock;
    private final TaskListener keep = this::keep;
    private final TaskListener show = this::show;

    public CaseNotesOnTasks(@Lazy CaseNotes notes, Clock clock) {
        this.notes = notes;
        this.clock = clock;
    }

    @Override
    public Map<String, TaskListener> listeners(String processKey, String taskId) {
        if (!RequestProcess.KEY.equals(processKey)) {
            return Map.of();
        }
        // Added after the diagram's own listeners: they check and use the words first.
        return Map.of(TaskListener.EVENTNAME_COMPLETE, keep, TaskListener.EVENTNAME_CREATE, show);
    }

    void keep(DelegateTask task) {
        String caseNumber = CaseKey.of(task);
        boolean extension = "EXTEND".equals(String.valueOf(task.getVariable("decision")));
        for (CaseNotes.Kind kind : CaseNotes.Kind.values()) {
            Object value = task.getVariable(kind.variable());
            if (value == null || value.toString().isBlank()
                    // An answer's own words belong to its plan; only an extension's reason is a note.
                    || kind == CaseNotes.Kind.EXTENSION_REASON && !extension
                    // What the task showed and nobody changed is kept already.
                    || value.toString().strip().equals(notes.latest(caseNumber, kind).orElse(null))) {
                continue;
            }
            notes.add(caseNumber, kind, value.toString(), task.getAssignee(), clock.instant());
        }
        task.removeVariablesLocal(CaseNotes.VARIABLES);
        task.getExecution().getProcessInstance().removeVariables(CaseNotes.VARIABLES);
    }

    /** Only the forms that show a note get one: one query, and none for the other tasks. */
    void show(DelegateTask task) {
        CaseNotes.Kind kind = switch (task.getTaskDefinitionKey()) {
            case RequestProcess.VERIFY_IDENTITY -> CaseNotes.Kind.INFORMATION_NEEDED;
            case RequestProcess.PREPARE_ANSWER -> CaseNotes.Kind.OFFICER_GUIDANCE;
            default -> null;
        };
        if (kind != null) {
            notes.latest(CaseKey.of(task), kind).ifPresent(note -> task.setVariableLocal(kind.variable(), note));
        }
    }
}
