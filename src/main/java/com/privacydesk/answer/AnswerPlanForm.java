package com.privacydesk.answer;

import com.privacydesk.fulfilment.Correction;
import com.privacydesk.request.RequestVariables;
import com.privacydesk.request.Right;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Stream;
import org.camunda.spin.json.SpinJsonNode;

/**
 * The variables of "Prepare answer" and how they make an {@link AnswerPlan}. Per requested right, with the right's
 * prefix ({@code access}, {@code erasure}, {@code consentWithdrawal}…): {@code <prefix>Outcome} (FULFIL or REFUSE),
 * {@code <prefix>Reasons}, {@code <prefix>Details} (the handler's own words) and {@code <prefix>Kept} (sources a
 * fulfilled right leaves as they are: withheld from a copy, kept despite an erasure, still processed despite an
 * objection). An API client may instead send one {@code decision} FULFIL or REFUSE (with {@code reasons} and
 * {@code reasonDetails}) for every right. The free text is personal data: it goes to the plan, never stays in the
 * engine ({@link #FREE_TEXT_VARIABLES}).
 */
public final class AnswerPlanForm {

    public static final String DECISION = RequestVariables.DECISION;
    /** "Answer now, right by right": the form's choice beside EXTEND; the engine then holds the derived decision. */
    public static final String ANSWER = "ANSWER";
    public static final String REASONS = RequestVariables.REASONS;
    public static final String REASON_DETAILS = RequestVariables.REASON_DETAILS;
    public static final String EXPLANATION = RequestVariables.EXPLANATION;
    public static final List<String> CORRECTION_VARIABLES = List.of("correctedName", "correctedEmail",
            "correctedPhone", "correctedStreet", "correctedPostalCode", "correctedCity");

    /** Every variable the form may submit: removed from the engine once the plan is stored. */
    public static final List<String> PLAN_VARIABLES = Stream.concat(
            Stream.of(REASONS, REASON_DETAILS, EXPLANATION, RequestVariables.REFUSED_SCOPE, RequestVariables.WITHHELD_SOURCES),
            Stream.concat(CORRECTION_VARIABLES.stream(), Stream.of(Right.values()).flatMap(r -> Stream.of(
                    prefix(r) + "Outcome", prefix(r) + "Reasons", prefix(r) + "Details", prefix(r) + "Kept"))))
            .toList();
    /** The handler's words and corrected values: never written to history. */
    public static final List<String> FREE_TEXT_VARIABLES = Stream.concat(
            Stream.of(REASON_DETAILS, EXPLANATION, RequestVariables.REFUSED_SCOPE),
            Stream.concat(CORRECTION_VARIABLES.stream(), Stream.of(Right.values()).map(r -> prefix(r) + "Details")))
            .toList();

    private AnswerPlanForm() {
    }

    /** "access", "consentWithdrawal": the prefix of a right's variables. */
    public static String prefix(Right right) {
        String[] words = right.name().toLowerCase(Locale.ROOT).split("_");
        StringBuilder prefix = new StringBuilder(words[0]);
        for (int i = 1; i < words.length; i++) {
            prefix.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
        }
        return prefix.toString();
    }

    /** The ground a source kept by a fulfilled right is kept on: the one the law gives for that right. */
    public static ReasonCode keptGround(Right right) {
        return switch (right) {
            case ACCESS, PORTABILITY -> ReasonCode.RIGHTS_OF_OTHERS;
            case ERASURE -> ReasonCode.LEGAL_CLAIMS;
            case OBJECTION -> ReasonCode.COMPELLING_LEGITIMATE_GROUNDS;
            default -> null;
        };
    }

    /**
     * The plan the submitted variables describe, for the requested rights; what is missing or malformed is left for
     * {@link PlanRules} to name (an unknown code fails here, naming the variable).
     */
    public static AnswerPlan read(List<Right> requested, Function<String, Object> variables) {
        String decision = text(variables.apply(DECISION));
        String uniform = decision == null ? null : decision.toUpperCase(Locale.ROOT);
        List<RightPlan> rights = new ArrayList<>();
        for (Right right : requested) {
            String p = prefix(right);
            String outcomeText = text(variables.apply(p + "Outcome"));
            PlanOutcome outcome;
            List<ReasonCode> reasons;
            String details;
            if (outcomeText != null) {
                outcome = parse(PlanOutcome.class, outcomeText, p + "Outcome");
                reasons = codes(variables.apply(p + "Reasons"), p + "Reasons");
                details = text(variables.apply(p + "Details"));
            } else if ("FULFIL".equals(uniform) || "REFUSE".equals(uniform)) {
                outcome = "FULFIL".equals(uniform) ? PlanOutcome.FULFIL : PlanOutcome.REFUSE;
                reasons = outcome == PlanOutcome.REFUSE ? codes(variables.apply(REASONS), REASONS) : List.of();
                details = text(variables.apply(REASON_DETAILS));
            } else {
                outcome = null;
                reasons = List.of();
                details = null;
            }
            List<KeptSource> kept = outcome == PlanOutcome.FULFIL
                    ? list(variables.apply(p + "Kept")).stream().map(s -> new KeptSource(s, keptGround(right))).toList()
                    : List.of();
            Correction correction = right == Right.RECTIFICATION ? correction(variables) : null;
            rights.add(new RightPlan(right, outcome, reasons, details, kept, correction));
        }
        return new AnswerPlan(rights, text(variables.apply(EXPLANATION)));
    }

    /** The corrections typed in "Prepare answer", blank ones left out. */
    public static Correction correction(Function<String, Object> variables) {
        return new Correction(text(variables.apply("correctedName")), text(variables.apply("correctedEmail")),
                text(variables.apply("correctedPhone")), text(variables.apply("correctedStreet")),
                text(variables.apply("correctedPostalCode")), text(variables.apply("correctedCity")));
    }

    /** Reason codes as Tasklist submits them (a Json array) or as an API client may (a list, comma-separated text). */
    public static List<ReasonCode> codes(Object value, String variable) {
        return list(value).stream().map(code -> parse(ReasonCode.class, code, variable)).distinct().toList();
    }

    static List<String> list(Object value) {
        List<String> items = new ArrayList<>();
        if (value instanceof SpinJsonNode json && json.isArray()) {
            json.elements().forEach(element -> items.add(element.stringValue()));
        } else if (value instanceof Collection<?> list) {
            list.forEach(element -> items.add(String.valueOf(element)));
        } else if (value instanceof String text && !text.isBlank()) {
            for (String item : text.split(",")) {
                items.add(item.trim());
            }
        }
        return items.stream().filter(s -> !s.isBlank()).distinct().toList();
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, String variable) {
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(variable + ": unknown value " + abbreviate(value) + "; one of "
                    + java.util.Arrays.toString(type.getEnumConstants()));
        }
    }

    // A caller's value is echoed in the message only as far as an identifier reaches, never a whole text.
    private static String abbreviate(String value) {
        String word = value.trim();
        return word.matches("[A-Za-z_]{1,40}") ? word : "(not a code)";
    }

    private static String text(Object value) {
        return value == null || value.toString().isBlank() ? null : value.toString().trim();
    }
}
