package com.privacydesk.answer;

import com.privacydesk.fulfilment.Correction;
import com.privacydesk.packages.PackageLinks;
import com.privacydesk.request.Right;
import com.privacydesk.request.RequestVariables;
import java.time.Clock;
import java.util.List;
import java.util.function.Function;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Carry out the decision": for a fulfilled or partly fulfilled request, does what each requested right asks
 * of the customer database (Art. 16-18, 21, 7(3)). Runs as its own job: a failure retries, then shows as an
 * incident naming the case, and the handler's completed task is not lost.
 */
@Component("carryOutDecision")
public class CarryOutDecisionDelegate implements JavaDelegate {

    /** Corrections typed by the handler in "Prepare answer"; removed from the engine once applied. */
    public static final List<String> CORRECTION_VARIABLES = List.of("correctedName", "correctedEmail",
            "correctedPhone", "correctedStreet", "correctedPostalCode", "correctedCity");

    private final DecisionFulfilment fulfilment;
    private final AnswerOutcomes outcomes;
    private final Clock clock;
    private final PackageLinks links;

    public CarryOutDecisionDelegate(DecisionFulfilment fulfilment, AnswerOutcomes outcomes, Clock clock,
            PackageLinks links) {
        this.fulfilment = fulfilment;
        this.links = links;
        this.outcomes = outcomes;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String caseNumber = RequestVariables.caseNumber(execution);
        Decision decision = RequestVariables.decision(execution);
        Long subject = RequestVariables.dataSubjectId(execution);
        AnswerOutcome outcome = decision == Decision.REFUSE || subject == null
                ? AnswerOutcome.nothingDone()
                : fulfilment.carryOut(subject, caseNumber, round(execution), RequestVariables.rights(execution),
                        correction(execution::getVariable), withheld(decision, execution::getVariable), clock.instant());
        if (outcome.carriedOut().contains(Right.ERASURE)) {
            // Copies of the erased data from the customer's earlier cases are no longer offered for download; this
            // case's own package was taken before the erasure, as the requester asked, and goes with the answer.
            links.revokeOtherCasesOf(subject, caseNumber);
        }
        outcomes.save(caseNumber, round(execution), outcome, clock.instant());
        execution.removeVariables(CORRECTION_VARIABLES);
    }

    public static int round(DelegateExecution execution) {
        return RequestVariables.furtherAnswer(execution) ? 2 : 1;
    }

    /** The corrections typed in "Prepare answer", blank ones left out. */
    public static Correction correction(Function<String, Object> variables) {
        return new Correction(text(variables, "correctedName"), text(variables, "correctedEmail"),
                text(variables, "correctedPhone"), text(variables, "correctedStreet"),
                text(variables, "correctedPostalCode"), text(variables, "correctedCity"));
    }

    /** Only a partial decision withholds data from the copy (Art. 15(4)). */
    public static List<String> withheld(Decision decision, Function<String, Object> variables) {
        return decision == Decision.PARTIAL ? RequestVariables.withheldSources(variables) : List.of();
    }

    private static String text(Function<String, Object> variables, String name) {
        Object value = variables.apply(name);
        return value == null || value.toString().isBlank() ? null : value.toString().trim();
    }
}
