package com.privacydesk.answer;

import com.privacydesk.fulfilment.Correction;
import com.privacydesk.fulfilment.ErasureResult;
import com.privacydesk.fulfilment.RectificationResult;
import com.privacydesk.fulfilment.RightsExecutor;
import com.privacydesk.packages.SubjectPackages;
import com.privacydesk.request.RequestVariables;
import com.privacydesk.request.Right;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

    private final RightsExecutor rights;
    private final SubjectPackages packages;
    private final AnswerOutcomes outcomes;
    private final Clock clock;

    public CarryOutDecisionDelegate(RightsExecutor rights, SubjectPackages packages, AnswerOutcomes outcomes, Clock clock) {
        this.rights = rights;
        this.packages = packages;
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
                : carryOut(subject, caseNumber, round(execution), RequestVariables.rights(execution), correction(execution),
                        decision == Decision.PARTIAL ? RequestVariables.withheldSources(execution) : List.of());
        outcomes.save(caseNumber, round(execution), outcome, clock.instant());
        execution.removeVariables(CORRECTION_VARIABLES);
    }

    public static int round(DelegateExecution execution) {
        return RequestVariables.furtherAnswer(execution) ? 2 : 1;
    }

    private AnswerOutcome carryOut(long subject, String caseNumber, int round, List<Right> requested,
            Correction correction, List<String> withheld) {
        Instant now = clock.instant();
        List<Right> done = new ArrayList<>();
        List<String> corrected = List.of();
        int consentsWithdrawn = 0;
        boolean restricted = false;
        Map<String, Integer> erased = new HashMap<>();
        List<AnswerOutcome.RetainedData> retained = new ArrayList<>();
        if (requested.contains(Right.RECTIFICATION) && !requested.contains(Right.ERASURE)) {
            RectificationResult result = rights.rectify(subject, correction, caseNumber, now);
            corrected = result.changedColumns();
            done.add(Right.RECTIFICATION);
        }
        // The copy (Art. 15) and the export (Art. 20): corrected data, and taken before an erasure of the same request;
        // what a partial decision withholds (Art. 15(4)) is not in them.
        packages.prepare(caseNumber, round, subject, requested, withheld);
        if (requested.contains(Right.RESTRICTION)) {
            rights.restrict(subject, caseNumber, now);
            restricted = true;
            done.add(Right.RESTRICTION);
        }
        if (requested.contains(Right.OBJECTION) || requested.contains(Right.CONSENT_WITHDRAWAL)) {
            consentsWithdrawn = rights.stopMarketing(subject, caseNumber, now);
            requested.stream().filter(r -> r == Right.OBJECTION || r == Right.CONSENT_WITHDRAWAL).forEach(done::add);
        }
        if (requested.contains(Right.ERASURE)) {
            ErasureResult result = rights.erase(subject, caseNumber, now);
            result.deleted().forEach((table, rows) -> erased.merge(table, rows, Integer::sum));
            result.anonymised().forEach((table, rows) -> erased.merge(table, rows, Integer::sum));
            result.retained().forEach(kept -> retained.add(new AnswerOutcome.RetainedData(kept.source(),
                    kept.category(), kept.rows(), kept.legalGround())));
            done.add(Right.ERASURE);
        }
        requested.stream().filter(r -> r == Right.ACCESS || r == Right.PORTABILITY).forEach(done::add);
        return new AnswerOutcome(done, erased, retained, corrected, consentsWithdrawn, restricted, withheld);
    }

    private static Correction correction(DelegateExecution execution) {
        return new Correction(text(execution, "correctedName"), text(execution, "correctedEmail"),
                text(execution, "correctedPhone"), text(execution, "correctedStreet"),
                text(execution, "correctedPostalCode"), text(execution, "correctedCity"));
    }

    private static String text(DelegateExecution execution, String name) {
        Object value = execution.getVariable(name);
        return value == null || value.toString().isBlank() ? null : value.toString().trim();
    }
}
