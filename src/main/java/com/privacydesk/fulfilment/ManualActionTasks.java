package com.privacydesk.fulfilment;

import com.privacydesk.datamap.LocalisedText;
import com.privacydesk.datamap.ManualSource;
import com.privacydesk.datamap.RecordOfProcessing;
import com.privacydesk.fulfilment.ExecutionEntry.Action;
import com.privacydesk.fulfilment.ExecutionEntry.Step;
import com.privacydesk.stafflanguage.StaffTexts;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Carry out by hand": who does a manual action, what the task says, and what its completion logs. The task's name
 * and instruction are in the staff language; the manual source's and recipient's names come from the record of
 * processing.
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
    private final StaffTexts texts;

    public ManualActionTasks(ManualActions actions, ExecutionLog log, RecordOfProcessing record, Clock clock,
            StaffTexts texts) {
        this.actions = actions;
        this.log = log;
        this.record = record;
        this.clock = clock;
        this.texts = texts;
    }

    /** candidateGroups="${manualActionTasks.ownerGroup(manualAction)}". */
    public String ownerGroup(Object actionId) {
        return action(actionId).ownerGroup();
    }

    /** The task's name and instruction in the staff language, set when it is created. */
    public void prepare(DelegateTask task) {
        ManualActions.ManualAction action = action(task.getVariable(com.privacydesk.request.RequestVariables.MANUAL_ACTION));
        String steps = Arrays.stream(action.step().split(",")).map(step -> texts.text("step." + step.strip()))
                .collect(Collectors.joining(", "));
        if (action.kind() == ManualActions.Kind.APPLY) {
            Optional<ManualSource> source = record.manualSource(action.target());
            String name = source.map(m -> staffName(m.name())).orElse(action.target());
            String location = source.map(ManualSource::location).orElse("");
            task.setName(texts.text("task.CarryOutByHand.apply", steps, name));
            task.setVariableLocal(INSTRUCTION, texts.text("task.CarryOutByHand.apply.instruction", steps,
                    action.caseNumber(), name, location));
        } else {
            String recipient = staffName(record.recipient(action.target()).name());
            task.setName(texts.text("task.CarryOutByHand.notify", recipient));
            task.setVariableLocal(INSTRUCTION, texts.text("task.CarryOutByHand.notify.instruction", steps,
                    action.caseNumber(), recipient));
        }
        task.getExecution().setVariableLocal(DONE, false);
    }

    /** The record's name in the staff language where it has one (it has no French), English otherwise. */
    private String staffName(LocalisedText name) {
        return texts.language().asLetterLanguage().filter(language -> !name.missing().contains(language))
                .map(name::in).orElse(name.en());
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
