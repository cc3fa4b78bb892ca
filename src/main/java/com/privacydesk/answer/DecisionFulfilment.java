package com.privacydesk.answer;

import com.privacydesk.fulfilment.Correction;
import com.privacydesk.fulfilment.ErasureResult;
import com.privacydesk.fulfilment.RightsExecutor;
import com.privacydesk.packages.SubjectPackages;
import com.privacydesk.request.Right;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * What a fulfilled or partly fulfilled decision does to the customer database, per requested right (Art. 15-18,
 * 20, 21, 7(3)), in one place: {@link #carryOut} does it ("Carry out the decision"), {@link #dryRun} reports what
 * it would do and changes nothing (the letter preview of "Prepare answer"). Both run the same steps, so the
 * preview cannot drift from what is sent.
 */
@Service
public class DecisionFulfilment {

    private final RightsExecutor rights;
    private final SubjectPackages packages;

    public DecisionFulfilment(RightsExecutor rights, SubjectPackages packages) {
        this.rights = rights;
        this.packages = packages;
    }

    public AnswerOutcome carryOut(long subject, String caseNumber, int round, List<Right> requested,
            Correction correction, List<String> withheld, Instant now) {
        return run(subject, caseNumber, round, requested, correction, withheld, now, false);
    }

    public AnswerOutcome dryRun(long subject, String caseNumber, int round, List<Right> requested,
            Correction correction, List<String> withheld, Instant now) {
        return run(subject, caseNumber, round, requested, correction, withheld, now, true);
    }

    private AnswerOutcome run(long subject, String caseNumber, int round, List<Right> requested, Correction correction,
            List<String> withheld, Instant now, boolean dryRun) {
        List<Right> done = new ArrayList<>();
        List<String> corrected = List.of();
        int consentsWithdrawn = 0;
        boolean restricted = false;
        Map<String, Integer> erased = new LinkedHashMap<>();
        List<AnswerOutcome.RetainedData> retained = new ArrayList<>();
        // Erasure makes a correction of the same data moot.
        if (requested.contains(Right.RECTIFICATION) && !requested.contains(Right.ERASURE)) {
            corrected = (dryRun ? rights.previewRectification(subject, correction, caseNumber)
                    : rights.rectify(subject, correction, caseNumber, now)).changedColumns();
            done.add(Right.RECTIFICATION);
        }
        if (!dryRun) {
            // The copy (Art. 15) and the export (Art. 20): corrected data, taken before an erasure of the same
            // request; what a partial decision withholds (Art. 15(4)) is not in them.
            packages.prepare(caseNumber, round, subject, requested, withheld);
        }
        if (requested.contains(Right.RESTRICTION)) {
            if (!dryRun) {
                rights.restrict(subject, caseNumber, now);
            }
            restricted = true;
            done.add(Right.RESTRICTION);
        }
        if (requested.contains(Right.OBJECTION) || requested.contains(Right.CONSENT_WITHDRAWAL)) {
            consentsWithdrawn = dryRun ? rights.previewStopMarketing(subject, caseNumber)
                    : rights.stopMarketing(subject, caseNumber, now);
            requested.stream().filter(r -> r == Right.OBJECTION || r == Right.CONSENT_WITHDRAWAL).forEach(done::add);
        }
        if (requested.contains(Right.ERASURE)) {
            ErasureResult result = dryRun ? rights.previewErasure(subject, caseNumber, now)
                    : rights.erase(subject, caseNumber, now);
            result.deleted().forEach((table, rows) -> erased.merge(table, rows, Integer::sum));
            result.anonymised().forEach((table, rows) -> erased.merge(table, rows, Integer::sum));
            result.retained().forEach(kept -> retained.add(new AnswerOutcome.RetainedData(kept.source(),
                    kept.category(), kept.rows(), kept.legalGround())));
            done.add(Right.ERASURE);
        }
        requested.stream().filter(r -> r == Right.ACCESS || r == Right.PORTABILITY).forEach(done::add);
        return new AnswerOutcome(done, erased, retained, corrected, consentsWithdrawn, restricted, withheld);
    }
}
