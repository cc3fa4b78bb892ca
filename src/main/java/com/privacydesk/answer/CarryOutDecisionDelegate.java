package com.privacydesk.answer;

import com.privacydesk.fulfilment.ManualActions;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Carry out the decision": carries out the round's answer plan, read from the case, and hands the model the steps
 * people must do by hand ("Carry out by hand"). Runs as its own job: a failure retries, then shows as an incident
 * naming the case, and the handler's completed task is not lost.
 */
@Component("carryOutDecision")
public class CarryOutDecisionDelegate implements JavaDelegate {

    private final PlanExecution planExecution;
    private final AnswerPlans plans;
    private final ManualActions manual;

    public CarryOutDecisionDelegate(PlanExecution planExecution, AnswerPlans plans, ManualActions manual) {
        this.planExecution = planExecution;
        this.plans = plans;
        this.manual = manual;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String caseNumber = execution.getProcessBusinessKey();
        int round = AnswerRound.of(execution);
        AnswerPlans.Decided decided = plans.decided(caseNumber, round);
        planExecution.carryOut(caseNumber, round, decided.plan(), decided.decidedBy());
        execution.setVariable(com.privacydesk.request.RequestVariables.MANUAL_ACTIONS, manual.openIds(caseNumber, round));
    }
}
