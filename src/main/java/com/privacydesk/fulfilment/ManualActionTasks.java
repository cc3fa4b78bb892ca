package com.privacydesk.fulfilment;

import com.privacydesk.datamap.RecordOfProcessing;
import com.privacydesk.fulfilment.ExecutionEntry.Action;
import com.privacydesk.fulfilment.ExecutionEntry.Step;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Carry out by hand": who does a manual action, what the task says, and what its completion logs. Staff texts
 * are English; the manual source's and recipient's names come from the record of processing.
 */
// Called from the diagram: candidateGroups="${manualActionTasks.ownerGroup(manualAction)}".
@com.privacydesk.platform.ExpressionBean
@Service("manualActionTasks")
public class ManualActionTasks {

    /** Task-local: what to do, for the form. */
    public static final String INSTRUCTION = "manualActionInstruction";
    /** Submitted by the person who did it: confirms it was done. */
    public static final String DONE = "manualActionDone";

    private final ManualActions actions;
    private final ExecutionLog log;
    private final RecordOfProcessing record;
    private final Clock clock;

    public ManualActionTasks(ManualActions actions, ExecutionLog log, RecordOfProcessing record, Clock clock) {
        this.actions = actions;
        this.log = log;
        this.record = record;
        this.clock = clock;
    }

    /** candidateGroups="${manualActionTasks.ownerGroup(manualAction)}". */
    public String ownerGroup(Object actionId) {
        return action(actionId).ownerGroup();
    }

    /** The task's name and instruction, set when it is created. */
    public void prepare(DelegateTask task) {
        ManualActions.ManualAction action = action(task.getVariable(com.privacydesk.request.RequestVariables.MANUAL_ACTION));
        String steps = Arrays.stream(action.step().split(",")).map(s -> s.toLowerCase(Locale.ROOT).replace('_', ' '))
                .collect(Collectors.joining(", "));
        if (action.kind() == ManualActions.Kind.APPLY) {
            String source = record.manualSource(action.target()).map(m -> m.name().en()).orElse(action.target());
            String location = record.manualSource(action.target()).map(m -> m.location()).orElse("");
            task.setName("Apply " + steps + " in " + source);
            task.setVariableLocal(INSTRUCTION, "The handler decided to fulfil the " + steps + " of case "
                    + action.caseNumber() + ". Apply it to the requester's entries in " + source + " (" + location
                    + "), as found in the search, then confirm here.");
        } else {
            String recipient = record.recipient(action.target()).name().en();
            task.setName("Notify " + recipient);
            task.setVariableLocal(INSTRUCTION, "We carried out the " + steps + " of case " + action.caseNumber()
                    + ". Tell " + recipient + " (Art. 19 GDPR), quoting only the customer number from the case file,"
                    + " then confirm here. The customer's letter names them as informed on the day you confirm.");
        }
        task.getExecution().setVariableLocal(DONE, false);
    }

    /** Logs the action as done, with who and when; the completion fails unless it is confirmed. */
    @Transactional
    public void complete(DelegateTask task) {
        ManualActions.ManualAction action = action(task.getVariable(com.privacydesk.request.RequestVariables.MANUAL_ACTION));
        if (!Boolean.TRUE.equals(task.getVariable(DONE))) {
            throw new ProcessEngineException("Case " + action.caseNumber() + ": confirm that it was done");
        }
        String by = task.getAssignee() == null ? "unknown" : task.getAssignee();
        Instant now = clock.instant();
        if (actions.complete(action.id(), by, now)) {
            Step step = action.kind() == ManualActions.Kind.NOTIFY ? Step.NOTIFICATION
                    : Step.valueOf(action.step());
            log.append(action.caseNumber(), action.round(), new ExecutionEntry(step, action.target(),
                    action.kind() == ManualActions.Kind.NOTIFY ? Action.NOTIFIED_BY_HAND : Action.APPLIED_BY_HAND,
                    0, null, by, now));
        }
    }

    private ManualActions.ManualAction action(Object id) {
        if (id == null) {
            throw new IllegalArgumentException("No manual action given");
        }
        long key = ((Number) id).longValue();
        return actions.find(key).orElseThrow(() -> new IllegalArgumentException("Unknown manual action " + key));
    }
}
