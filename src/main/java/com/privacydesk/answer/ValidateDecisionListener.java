package com.privacydesk.answer;

import com.privacydesk.datamap.DataMap;
import com.privacydesk.datamap.PersonalDataTable;
import com.privacydesk.datamap.RecordOfProcessing;
import com.privacydesk.request.RequestRecord;
import com.privacydesk.request.RequestRepository;
import com.privacydesk.request.RequestVariables;
import com.privacydesk.stafflanguage.StaffTexts;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * "Prepare answer", on complete, whatever client completes it: reads the answer plan from the submission for the
 * rights the case record holds, checks it with {@link PlanRules}, stores it with the case and leaves the engine only
 * the decision the model branches on (the handler's words never stay in the engine). An extension is checked
 * against Art. 12(3). A broken rule rejects the completion with a message the handler can act on.
 */
@Component("validateDecision")
public class ValidateDecisionListener implements TaskListener {

    private final Clock clock;
    private final DataMap dataMap;
    private final RecordOfProcessing record;
    private final RequestRepository requests;
    private final AnswerPlans plans;
    private final StaffTexts texts;

    public ValidateDecisionListener(Clock clock, DataMap dataMap, RecordOfProcessing record, RequestRepository requests,
            AnswerPlans plans, StaffTexts texts) {
        this.clock = clock;
        this.dataMap = dataMap;
        this.record = record;
        this.requests = requests;
        this.plans = plans;
        this.texts = texts;
    }

    @Override
    public void notify(DelegateTask task) {
        RequestRecord request = requests.get(task.getExecution().getProcessBusinessKey());
        Object chosen = task.getVariable(AnswerPlanForm.DECISION);
        String decision = chosen == null ? null : chosen.toString().trim().toUpperCase(Locale.ROOT);
        if (decision == null || decision.isEmpty()) {
            throw rejected(request, List.of("a decision is required: answer now (right by right) or extend"));
        }
        boolean furtherAnswer = AnswerRound.furtherAnswer(task);
        if (decision.equals(Decision.EXTEND.name())) {
            List<ReasonCode> reasons;
            try {
                reasons = AnswerPlanForm.codes(task.getVariable(AnswerPlanForm.REASONS), AnswerPlanForm.REASONS);
            } catch (IllegalArgumentException e) {
                throw rejected(request, List.of(e.getMessage()));
            }
            List<String> problems = PlanRules.texts(PlanRules.extensionCheck(reasons,
                    RequestVariables.reasonDetails(task), request.extendedDeadline() != null,
                    clock.instant().isAfter(RequestVariables.dueAt(task)), furtherAnswer), texts);
            if (!problems.isEmpty()) {
                throw rejected(request, problems);
            }
            return;
        }
        if (!Set.of(AnswerPlanForm.ANSWER, "FULFIL", "PARTIAL", "REFUSE").contains(decision)) {
            throw rejected(request, List.of("decision must be ANSWER (or FULFIL, PARTIAL, REFUSE) or EXTEND"));
        }
        AnswerPlan plan;
        try {
            plan = AnswerPlanForm.read(request.rights(), task::getVariable);
        } catch (IllegalArgumentException e) {
            throw rejected(request, List.of(e.getMessage()));
        }
        List<String> problems = new ArrayList<>(PlanRules.texts(PlanRules.check(plan, facts(request, furtherAnswer)),
                texts));
        if (problems.isEmpty() && !decision.equals(AnswerPlanForm.ANSWER) && !decision.equals(plan.decision().name())) {
            problems.add("the plan is a " + plan.decision() + " answer, not " + decision);
        }
        if (!problems.isEmpty()) {
            throw rejected(request, problems);
        }
        plans.save(request.caseNumber(), AnswerRound.of(task), plan, task.getAssignee(), clock.instant());
        // The plan lives with the case; the model needs only the decision to branch on.
        task.getExecution().getProcessInstance().removeVariables(AnswerPlanForm.PLAN_VARIABLES);
        task.getExecution().getProcessInstance().setVariable(AnswerPlanForm.DECISION, plan.decision().name());
    }

    /** What the rules need from the record of processing and the case. */
    public PlanRules.Facts facts(RequestRecord request, boolean furtherAnswer) {
        Set<String> sources = dataMap.tables().stream().map(PersonalDataTable::source).collect(Collectors.toSet());
        Set<String> objectionSources = record.activities().stream()
                .filter(a -> a.objectable() && !a.marketing())
                .flatMap(a -> a.sources().stream())
                .filter(s -> dataMap.objection(s).isPresent())
                .collect(Collectors.toSet());
        return new PlanRules.Facts(request.rights(), sources, objectionSources, furtherAnswer);
    }

    private static ProcessEngineException rejected(RequestRecord request, List<String> problems) {
        return new ProcessEngineException("Case " + request.caseNumber() + ": " + String.join("; ", problems));
    }
}
