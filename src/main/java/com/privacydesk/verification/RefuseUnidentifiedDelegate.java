package com.privacydesk.verification;

import com.privacydesk.answer.AnswerPlan;
import com.privacydesk.answer.AnswerPlans;
import com.privacydesk.answer.AnswerRound;
import com.privacydesk.answer.Decision;
import com.privacydesk.answer.ReasonCode;
import com.privacydesk.request.RequestRepository;
import com.privacydesk.request.RequestVariables;
import java.time.Clock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The requester could not be identified (Art. 11(2), 12(6)), whether the agent rejected the identity or no reply
 * came to the question for identity information (that wait was ended by "Resume the deadline: no reply"): the answer
 * plan refuses every right of the case record on that ground, and the refusal is written from it like every answer.
 */
@Component("refuseUnidentified")
public class RefuseUnidentifiedDelegate implements JavaDelegate {

    private final AnswerPlans plans;
    private final RequestRepository requests;
    private final Clock clock;

    public RefuseUnidentifiedDelegate(AnswerPlans plans, RequestRepository requests, Clock clock) {
        this.plans = plans;
        this.requests = requests;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String caseNumber = execution.getProcessBusinessKey();
        AnswerPlan plan = AnswerPlan.refuseAll(requests.get(caseNumber).rights(), ReasonCode.IDENTITY_NOT_ESTABLISHED);
        plans.save(caseNumber, AnswerRound.of(execution), plan, null, clock.instant());
        execution.setVariable(RequestVariables.DECISION, Decision.REFUSE.name());
    }
}
