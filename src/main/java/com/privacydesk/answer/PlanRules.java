package com.privacydesk.answer;

import com.privacydesk.request.Right;
import com.privacydesk.stafflanguage.StaffTexts;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which answer plans and extensions the law allows, in one pure place: the server check of "Prepare answer", the
 * letter preview and the letter itself ask it, so none of them can accept what another refuses. Each problem is a
 * sentence the handler can act on: a key of the staff texts ({@code plan.*}) with its arguments, which the caller puts
 * into the staff language; {@link #problems} and {@link #extensionProblems} give the English sentences.
 */
public final class PlanRules {

    /**
     * One problem: {@code plan.<key>} of the staff texts, with rights, reasons and sources as arguments (a right or
     * reason is named by {@code plan.code.<name>}, a source by its id).
     */
    public record Problem(String key, List<Object> arguments) {

        public Problem(String key, Object... arguments) {
            this(key, List.of(arguments));
        }

        public String text(StaffTexts texts) {
            Object[] shown = arguments.stream().map(a -> a instanceof Enum<?> code
                    ? texts.text("plan.code." + code.name()) : a).toArray();
            return texts.text("plan." + key, shown);
        }
    }

    /** The problems as sentences in the language of texts. */
    public static List<String> texts(List<Problem> problems, StaffTexts texts) {
        return problems.stream().map(p -> p.text(texts)).toList();
    }

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

    /** The problems of a plan, in English. */
    public static List<String> problems(AnswerPlan plan, Facts facts) {
        return texts(check(plan, facts), StaffTexts.source());
    }

    public static List<Problem> check(AnswerPlan plan, Facts facts) {
        List<Problem> problems = new ArrayList<>();
        Set<Right> planned = new HashSet<>();
        for (RightPlan p : plan.rights()) {
            if (!facts.requested().contains(p.right())) {
                problems.add(new Problem("not-requested", p.right()));
            }
            if (!planned.add(p.right())) {
                problems.add(new Problem("planned-twice", p.right()));
            }
            problems.addAll(problems(p, facts));
        }
        facts.requested().stream().filter(r -> !planned.contains(r))
                .forEach(r -> problems.add(new Problem("needs-outcome", r)));
        boolean answersQuestion = plan.fulfils(Right.QUESTION);
        if (plan.explanation() == null && (answersQuestion || facts.furtherAnswer())
                && plan.rights().stream().anyMatch(RightPlan::fulfilled)) {
            problems.add(new Problem("needs-explanation"));
        }
        return problems;
    }

    private static List<Problem> problems(RightPlan p, Facts facts) {
        List<Problem> problems = new ArrayList<>();
        Right right = p.right();
        if (p.outcome() == null) {
            problems.add(new Problem("needs-outcome", right));
            return problems;
        }
        if (p.fulfilled()) {
            if (!p.reasons().isEmpty()) {
                problems.add(new Problem("fulfilled-with-reasons", right));
            }
            for (KeptSource kept : p.kept()) {
                if (!facts.sources().contains(kept.source())) {
                    problems.add(new Problem("unknown-source", right, kept.source()));
                } else if (kept.ground() == null) {
                    problems.add(new Problem("reaches-every-source", right, kept.source()));
                } else if (!kept.ground().justifiesKeeping(p.right())) {
                    problems.add(new Problem("ground-does-not-keep", right, kept.source(), kept.ground()));
                } else if (p.right() == Right.OBJECTION && !facts.objectionSources().contains(kept.source())) {
                    problems.add(new Problem("objection-always-followed", kept.source()));
                }
                if (kept.ground() != null && kept.ground().needsDetails() && p.details() == null) {
                    problems.add(new Problem("keeping-needs-words", right, kept.source(), kept.ground()));
                }
            }
            if (p.right() == Right.RECTIFICATION && (p.correction() == null || p.correction().isEmpty())) {
                problems.add(new Problem("rectification-needs-value"));
            }
        } else {
            if (!p.kept().isEmpty()) {
                problems.add(new Problem("refused-keeps-nothing", right));
            }
            if (p.reasons().isEmpty()) {
                problems.add(new Problem("refusal-needs-reason", right));
            }
            for (ReasonCode reason : p.reasons()) {
                if (reason.use() == ReasonCode.Use.EXTENSION) {
                    problems.add(new Problem("extension-reason-refuses", reason, right));
                } else if (!reason.appliesTo(p.right())) {
                    problems.add(new Problem("reason-does-not-refuse", reason, right));
                }
                if (reason.needsDetails() && p.details() == null) {
                    problems.add(new Problem("reason-needs-words", right, reason));
                }
            }
        }
        return problems;
    }

    /** The problems of an extension, in English. */
    public static List<String> extensionProblems(List<ReasonCode> reasons, String details, boolean alreadyExtended,
            boolean deadlinePassed, boolean furtherAnswer) {
        return texts(extensionCheck(reasons, details, alreadyExtended, deadlinePassed, furtherAnswer),
                StaffTexts.source());
    }

    /** Art. 12(3): only extension grounds, at least one, in the handler's words; once, and within the first month. */
    public static List<Problem> extensionCheck(List<ReasonCode> reasons, String details, boolean alreadyExtended,
            boolean deadlinePassed, boolean furtherAnswer) {
        List<Problem> problems = new ArrayList<>();
        if (reasons.isEmpty()) {
            problems.add(new Problem("extension-needs-reason"));
        }
        reasons.stream().filter(r -> r.use() != ReasonCode.Use.EXTENSION).forEach(r ->
                problems.add(new Problem("not-an-extension-ground", r)));
        if (furtherAnswer || alreadyExtended) {
            problems.add(new Problem("extended-once"));
        } else if (deadlinePassed) {
            problems.add(new Problem("extension-too-late"));
        }
        // EDPB Guidelines 01/2022 §§162-164: the requester is told what makes the request complex.
        if (details == null || details.isBlank()) {
            problems.add(new Problem("extension-needs-words"));
        }
        return problems;
    }
}
