package com.privacydesk.answer;

import com.privacydesk.fulfilment.Correction;
import com.privacydesk.request.Right;
import java.util.List;

/**
 * The plan for one requested right: fulfilled or refused, the reasons of a refusal, the sources a fulfilled right
 * leaves as they are, the handler's own words (Art. 12(5) and Art. 23 grounds need them) and, for a rectification,
 * the corrected values.
 */
public record RightPlan(Right right, PlanOutcome outcome, List<ReasonCode> reasons, String details,
        List<KeptSource> kept, Correction correction) {

    public RightPlan {
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
        kept = kept == null ? List.of() : List.copyOf(kept);
        details = details == null || details.isBlank() ? null : details.trim();
    }

    public static RightPlan fulfil(Right right) {
        return new RightPlan(right, PlanOutcome.FULFIL, List.of(), null, List.of(), null);
    }

    public static RightPlan refuse(Right right, List<ReasonCode> reasons, String details) {
        return new RightPlan(right, PlanOutcome.REFUSE, reasons, details, List.of(), null);
    }

    public boolean fulfilled() {
        return outcome == PlanOutcome.FULFIL;
    }

    public boolean keeps(String source) {
        return kept.stream().anyMatch(k -> k.source().equals(source));
    }

    public RightPlan keeping(List<KeptSource> sources) {
        return new RightPlan(right, outcome, reasons, details, sources, correction);
    }

    public RightPlan correcting(Correction value) {
        return new RightPlan(right, outcome, reasons, details, kept, value);
    }
}
