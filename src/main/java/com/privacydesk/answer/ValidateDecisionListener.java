package com.privacydesk.answer;

import com.privacydesk.datamap.DataMap;
import com.privacydesk.request.RequestVariables;
import com.privacydesk.request.Right;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Server-side rules of "Prepare answer", whatever client completes it: reasons where the law requires them
 * (Art. 12(4)), and an extension only once, only before the one-month deadline has passed (Art. 12(3)).
 * A broken rule rejects the completion with a message the handler can act on.
 */
@Component("validateDecision")
public class ValidateDecisionListener implements TaskListener {

    private final Clock clock;
    private final DataMap dataMap;

    public ValidateDecisionListener(Clock clock, DataMap dataMap) {
        this.clock = clock;
        this.dataMap = dataMap;
    }

    @Override
    public void notify(DelegateTask task) {
        List<String> problems = problems(task);
        if (!problems.isEmpty()) {
            throw new ProcessEngineException("Case " + RequestVariables.caseNumber(task) + ": "
                    + String.join("; ", problems));
        }
    }

    List<String> problems(DelegateTask task) {
        List<String> problems = new ArrayList<>();
        Decision decision;
        try {
            decision = RequestVariables.decision(task);
        } catch (IllegalArgumentException e) {
            return List.of("decision must be one of FULFIL, PARTIAL, REFUSE, EXTEND");
        }
        if (decision == null) {
            return List.of("a decision is required");
        }
        List<ReasonCode> reasons;
        try {
            reasons = RequestVariables.reasons(task);
        } catch (IllegalArgumentException e) {
            return List.of("reasons contain an unknown reason code");
        }
        String details = RequestVariables.reasonDetails(task);
        boolean hasDetails = details != null && !details.isBlank();
        if (decision.needsReasons() && reasons.isEmpty()) {
            problems.add("a " + decision + " decision needs at least one reason");
        }
        if (reasons.contains(ReasonCode.OTHER) && !hasDetails) {
            problems.add("the reason OTHER needs the handler's own words");
        }
        Object scope = task.getVariable(RequestVariables.REFUSED_SCOPE);
        if (decision == Decision.PARTIAL && (scope == null || scope.toString().isBlank())) {
            // Art. 12(4): a partial refusal states what is refused.
            problems.add("a PARTIAL decision needs the scope of what is refused");
        }
        List<String> withheld = RequestVariables.withheldSources(task);
        if (!withheld.isEmpty()) {
            // Art. 15(4): only a partial answer leaves data out of the copy, and only a copy can leave it out.
            if (decision != Decision.PARTIAL) {
                problems.add("only a PARTIAL decision withholds data from the copy");
            }
            if (!RequestVariables.rights(task).contains(Right.ACCESS) && !RequestVariables.rights(task).contains(Right.PORTABILITY)) {
                problems.add("data can be withheld only from a copy (access or portability)");
            }
            withheld.stream().filter(source -> dataMap.find(source).isEmpty()).findFirst().ifPresent(source ->
                    problems.add("withheld data must be sources of the record of processing"));
        }
        boolean answers = decision == Decision.FULFIL || decision == Decision.PARTIAL;
        List<Right> rights = RequestVariables.rights(task);
        Object explanation = task.getVariable(RequestVariables.EXPLANATION);
        if (answers && (rights.contains(Right.QUESTION) || RequestVariables.furtherAnswer(task))
                && (explanation == null || explanation.toString().isBlank())) {
            problems.add("a question or a further answer needs your explanation to the customer");
        }
        if (decision == Decision.FULFIL && rights.contains(Right.RECTIFICATION) && !rights.contains(Right.ERASURE)
                && CarryOutDecisionDelegate.CORRECTION_VARIABLES.stream().map(task::getVariable)
                        .allMatch(value -> value == null || value.toString().isBlank())) {
            problems.add("a fulfilled rectification needs at least one corrected value");
        }
        if (decision == Decision.EXTEND) {
            if (RequestVariables.furtherAnswer(task) || task.getVariable(RequestVariables.EXTENDED_DEADLINE) != null) {
                problems.add("the deadline can be extended only once");
            } else if (clock.instant().isAfter(RequestVariables.dueAt(task))) {
                problems.add("the one-month deadline has passed: an extension must be notified within it");
            }
            // EDPB Guidelines 01/2022 §§162-164: the requester is told what makes the request complex.
            if (!hasDetails) {
                problems.add("an extension needs the handler's own words on why the request is complex");
            }
        }
        return problems;
    }
}
