package com.privacydesk.answer;

import com.privacydesk.request.Right;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which answer plans and extensions the law allows, in one pure place: the server check of "Prepare answer", the
 * letter preview and the letter itself ask it, so none of them can accept what another refuses. Each problem is a
 * sentence the handler can act on.
 */
public final class PlanRules {

    /**
     * What the rules need to know about the case beyond the plan.
     *
     * @param requested         the rights the case record holds
     * @param sources           the sources of the record of processing
     * @param objectionSources  sources an objection reaches that compelling grounds may keep (Art. 6(1)(e), (f);
     *                          never direct marketing, Art. 21(3))
     * @param furtherAnswer     the second round, after the customer was dissatisfied
     */
    public record Facts(List<Right> requested, Set<String> sources, Set<String> objectionSources,
            boolean furtherAnswer) {
    }

    private PlanRules() {
    }

    public static List<String> problems(AnswerPlan plan, Facts facts) {
        List<String> problems = new ArrayList<>();
        Set<Right> planned = new HashSet<>();
        for (RightPlan p : plan.rights()) {
            if (!facts.requested().contains(p.right())) {
                problems.add(p.right() + " was not requested: the plan covers only the rights of the request");
            }
            if (!planned.add(p.right())) {
                problems.add(p.right() + " is planned twice");
            }
            problems.addAll(problems(p, facts));
        }
        facts.requested().stream().filter(r -> !planned.contains(r))
                .forEach(r -> problems.add(r + " needs an outcome: fulfil or refuse"));
        boolean answersQuestion = plan.fulfils(Right.QUESTION);
        if (plan.explanation() == null && (answersQuestion || facts.furtherAnswer())
                && plan.rights().stream().anyMatch(RightPlan::fulfilled)) {
            problems.add("a question or a further answer needs your explanation to the customer");
        }
        return problems;
    }

    private static List<String> problems(RightPlan p, Facts facts) {
        List<String> problems = new ArrayList<>();
        String right = p.right().name();
        if (p.outcome() == null) {
            problems.add(right + " needs an outcome: fulfil or refuse");
            return problems;
        }
        if (p.fulfilled()) {
            if (!p.reasons().isEmpty()) {
                problems.add(right + " is fulfilled: reasons belong to a refusal or to a source that is kept");
            }
            for (KeptSource kept : p.kept()) {
                if (!facts.sources().contains(kept.source())) {
                    problems.add(right + ": " + kept.source() + " is not a source of the record of processing");
                } else if (kept.ground() == null) {
                    problems.add(right + " reaches every source: the law gives no ground to leave out "
                            + kept.source());
                } else if (!kept.ground().justifiesKeeping(p.right())) {
                    problems.add(right + ": " + kept.source() + " cannot be kept on the ground " + kept.ground());
                } else if (p.right() == Right.OBJECTION && !facts.objectionSources().contains(kept.source())) {
                    problems.add("OBJECTION: " + kept.source() + " is not processed on a legitimate interest or a "
                            + "public task; an objection to direct marketing is always followed (Art. 21(3))");
                }
                if (kept.ground() != null && kept.ground().needsDetails() && p.details() == null) {
                    problems.add(right + ": keeping " + kept.source() + " on the ground " + kept.ground()
                            + " needs your own words");
                }
            }
            if (p.right() == Right.RECTIFICATION && (p.correction() == null || p.correction().isEmpty())) {
                problems.add("a fulfilled rectification needs at least one corrected value");
            }
        } else {
            if (!p.kept().isEmpty()) {
                problems.add(right + " is refused as a whole: no source is kept on its own");
            }
            if (p.reasons().isEmpty()) {
                problems.add(right + " is refused and needs at least one reason");
            }
            for (ReasonCode reason : p.reasons()) {
                if (reason.use() == ReasonCode.Use.EXTENSION) {
                    problems.add(reason + " is a ground for extending the deadline, not for refusing " + right);
                } else if (!reason.appliesTo(p.right())) {
                    problems.add(reason + " is not a ground for refusing " + right);
                }
                if (reason.needsDetails() && p.details() == null) {
                    problems.add(right + ": the reason " + reason + " needs your own words");
                }
            }
        }
        return problems;
    }

    /** Art. 12(3): only extension grounds, at least one, in the handler's words; once, and within the first month. */
    public static List<String> extensionProblems(List<ReasonCode> reasons, String details, boolean alreadyExtended,
            boolean deadlinePassed, boolean furtherAnswer) {
        List<String> problems = new ArrayList<>();
        if (reasons.isEmpty()) {
            problems.add("an extension needs at least one reason");
        }
        reasons.stream().filter(r -> r.use() != ReasonCode.Use.EXTENSION).forEach(r ->
                problems.add(r + " is not a ground for an extension (Art. 12(3): complexity or number of requests)"));
        if (furtherAnswer || alreadyExtended) {
            problems.add("the deadline can be extended only once");
        } else if (deadlinePassed) {
            problems.add("the one-month deadline has passed: an extension must be notified within it");
        }
        // EDPB Guidelines 01/2022 §§162-164: the requester is told what makes the request complex.
        if (details == null || details.isBlank()) {
            problems.add("an extension needs your own words on why the request is complex");
        }
        return problems;
    }
}
