package com.privacydesk.answer;

import static org.assertj.core.api.Assertions.assertThat;

import com.privacydesk.fulfilment.Correction;
import com.privacydesk.request.Right;
import com.privacydesk.stafflanguage.StaffLanguage;
import com.privacydesk.stafflanguage.StaffLanguageProperties;
import com.privacydesk.stafflanguage.StaffTexts;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which plans the law allows: one row per rule, with the problem the handler reads (empty = allowed). */
class PlanRulesTest {

    private static final Set<String> SOURCES = Set.of("customer", "orders", "invoices", "support_tickets",
            "chat_sessions", "marketing_consents");
    private static final Set<String> OBJECTABLE = Set.of("support_tickets", "chat_sessions");

    @ParameterizedTest(name = "[{index}] {0} {1} reasons={2} details={3} kept={4} -> {5}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # right          | outcome | reasons                          | details | kept              | problem, or - when allowed
            ACCESS           | FULFIL  | -                                | -       | -                 | -
            ACCESS           | REFUSE  | -                                | -       | -                 | ACCESS is refused and needs at least one reason
            ACCESS           | REFUSE  | IDENTITY_NOT_ESTABLISHED         | -       | -                 | -
            # Art. 12(5): the controller bears the burden of proof, so the handler's own words are required.
            ACCESS           | REFUSE  | MANIFESTLY_UNFOUNDED             | -       | -                 | ACCESS: the reason MANIFESTLY_UNFOUNDED needs your own words
            ACCESS           | REFUSE  | EXCESSIVE                        | words   | -                 | -
            # Extension grounds are for EXTEND only.
            ERASURE          | REFUSE  | COMPLEX_REQUEST                  | words   | -                 | COMPLEX_REQUEST is a ground for extending the deadline, not for refusing ERASURE
            # Art. 17(3) grounds are for erasure only.
            ACCESS           | REFUSE  | LEGAL_CLAIMS                     | words   | -                 | LEGAL_CLAIMS is not a ground for refusing ACCESS
            ERASURE          | REFUSE  | LEGAL_CLAIMS                     | words   | -                 | -
            ERASURE          | REFUSE  | LEGAL_RETENTION_DUTY             | -       | -                 | -
            ERASURE          | REFUSE  | NO_ERASURE_GROUND                | -       | -                 | ERASURE: the reason NO_ERASURE_GROUND needs your own words
            # Art. 15(4) grounds are for access and copies only.
            ERASURE          | REFUSE  | RIGHTS_OF_OTHERS                 | words   | -                 | RIGHTS_OF_OTHERS is not a ground for refusing ERASURE
            PORTABILITY      | REFUSE  | RIGHTS_OF_OTHERS                 | words   | -                 | -
            PORTABILITY      | REFUSE  | PORTABILITY_CONDITIONS_NOT_MET   | words   | -                 | -
            ACCESS           | REFUSE  | PORTABILITY_CONDITIONS_NOT_MET   | words   | -                 | PORTABILITY_CONDITIONS_NOT_MET is not a ground for refusing ACCESS
            RECTIFICATION    | REFUSE  | DATA_ACCURATE                    | words   | -                 | -
            RESTRICTION      | REFUSE  | DATA_ACCURATE                    | words   | -                 | DATA_ACCURATE is not a ground for refusing RESTRICTION
            RESTRICTION      | REFUSE  | RESTRICTION_CONDITIONS_NOT_MET   | words   | -                 | -
            OBJECTION        | REFUSE  | COMPELLING_LEGITIMATE_GROUNDS    | words   | -                 | -
            ERASURE          | REFUSE  | COMPELLING_LEGITIMATE_GROUNDS    | words   | -                 | COMPELLING_LEGITIMATE_GROUNDS is not a ground for refusing ERASURE
            # Art. 23: the national law is named in the handler's words.
            ACCESS           | REFUSE  | NATIONAL_RESTRICTION             | -       | -                 | ACCESS: the reason NATIONAL_RESTRICTION needs your own words
            OBJECTION        | REFUSE  | NATIONAL_RESTRICTION             | words   | -                 | -
            ACCESS           | REFUSE  | OTHER                            | -       | -                 | ACCESS: the reason OTHER needs your own words
            # A fulfilled right keeps a source only on the ground the law gives that right, in the handler's words.
            ERASURE          | FULFIL  | -                                | words   | support_tickets   | -
            ERASURE          | FULFIL  | -                                | -       | support_tickets   | ERASURE: keeping support_tickets on the ground LEGAL_CLAIMS needs your own words
            ERASURE          | FULFIL  | -                                | words   | nowhere           | ERASURE: nowhere is not a source of the record of processing
            ACCESS           | FULFIL  | -                                | words   | chat_sessions     | -
            OBJECTION        | FULFIL  | -                                | words   | support_tickets   | -
            # Art. 21(3): an objection to direct marketing is always followed.
            OBJECTION        | FULFIL  | -                                | words   | marketing_consents | OBJECTION: marketing_consents is not processed on a legitimate interest or a public task; an objection to direct marketing is always followed (Art. 21(3))
            RESTRICTION      | FULFIL  | -                                | words   | orders            | RESTRICTION reaches every source: the law gives no ground to leave out orders
            ACCESS           | FULFIL  | EXCESSIVE                        | words   | -                 | ACCESS is fulfilled: reasons belong to a refusal or to a source that is kept
            """)
    void oneRight(Right right, PlanOutcome outcome, String reasons, String details, String kept, String problem) {
        List<ReasonCode> codes = reasons == null ? List.of()
                : Arrays.stream(reasons.split(",")).map(String::trim).map(ReasonCode::valueOf).toList();
        List<KeptSource> keptSources = kept == null ? List.of()
                : List.of(new KeptSource(kept, AnswerPlanForm.keptGround(right)));
        AnswerPlan plan = new AnswerPlan(List.of(new RightPlan(right, outcome, codes, details, keptSources, null)), null);

        List<String> problems = PlanRules.problems(plan, facts(List.of(right), false));

        if (problem == null) {
            assertThat(problems).isEmpty();
        } else {
            assertThat(problems).contains(problem);
        }
    }

    @Test
    void everyRequestedRightNeedsAnOutcome_andNoOtherRightMayBePlanned() {
        AnswerPlan plan = new AnswerPlan(List.of(RightPlan.fulfil(Right.ACCESS), RightPlan.fulfil(Right.ERASURE)), null);

        assertThat(PlanRules.problems(plan, facts(List.of(Right.ACCESS, Right.OBJECTION), false))).containsExactly(
                "ERASURE was not requested: the plan covers only the rights of the request",
                "OBJECTION needs an outcome: fulfil or refuse");
    }

    @Test
    void aFulfilledRectificationNeedsACorrectedValue() {
        RightPlan rectification = RightPlan.fulfil(Right.RECTIFICATION);
        assertThat(PlanRules.problems(new AnswerPlan(List.of(rectification), null), facts(List.of(Right.RECTIFICATION), false)))
                .containsExactly("a fulfilled rectification needs at least one corrected value");
        RightPlan corrected = rectification.correcting(new Correction("Anna Kowalska", null, null, null, null, null));
        assertThat(PlanRules.problems(new AnswerPlan(List.of(corrected), null), facts(List.of(Right.RECTIFICATION), false)))
                .isEmpty();
    }

    @Test
    void aQuestionOrAFurtherAnswerNeedsTheHandlersExplanation() {
        AnswerPlan plan = new AnswerPlan(List.of(RightPlan.fulfil(Right.ACCESS)), null);
        assertThat(PlanRules.problems(plan, facts(List.of(Right.ACCESS), true)))
                .containsExactly("a question or a further answer needs your explanation to the customer");
        assertThat(PlanRules.problems(new AnswerPlan(List.of(RightPlan.fulfil(Right.QUESTION)), null),
                facts(List.of(Right.QUESTION), false)))
                .containsExactly("a question or a further answer needs your explanation to the customer");
    }

    @Test
    void theDecisionIsDerivedFromThePlan() {
        assertThat(new AnswerPlan(List.of(RightPlan.fulfil(Right.ACCESS)), null).decision()).isEqualTo(Decision.FULFIL);
        assertThat(AnswerPlan.refuseAll(List.of(Right.ACCESS, Right.ERASURE), ReasonCode.IDENTITY_NOT_ESTABLISHED)
                .decision()).isEqualTo(Decision.REFUSE);
        assertThat(new AnswerPlan(List.of(RightPlan.fulfil(Right.ACCESS),
                RightPlan.refuse(Right.ERASURE, List.of(ReasonCode.LEGAL_RETENTION_DUTY), null)), null).decision())
                .isEqualTo(Decision.PARTIAL);
        assertThat(new AnswerPlan(List.of(RightPlan.fulfil(Right.ERASURE)
                .keeping(List.of(new KeptSource("orders", ReasonCode.LEGAL_CLAIMS)))), null).decision())
                .isEqualTo(Decision.PARTIAL);
    }

    @ParameterizedTest(name = "[{index}] extension {0} details={1} extended={2} passed={3} -> {4}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            COMPLEX_REQUEST      | words | false | false | -
            NUMBER_OF_REQUESTS   | words | false | false | -
            COMPLEX_REQUEST      | -     | false | false | an extension needs your own words on why the request is complex
            LEGAL_CLAIMS         | words | false | false | LEGAL_CLAIMS is not a ground for an extension (Art. 12(3): complexity or number of requests)
            COMPLEX_REQUEST      | words | true  | false | the deadline can be extended only once
            COMPLEX_REQUEST      | words | false | true  | the one-month deadline has passed: an extension must be notified within it
            """)
    void extension(ReasonCode reason, String details, boolean extended, boolean passed, String problem) {
        List<String> problems = PlanRules.extensionProblems(List.of(reason), details, extended, passed, false);
        if (problem == null) {
            assertThat(problems).isEmpty();
        } else {
            assertThat(problems).contains(problem);
        }
    }

    @Test
    void problemsInTheStaffLanguage_rightsAndReasonsAsWords() {
        AnswerPlan plan = new AnswerPlan(List.of(new RightPlan(Right.ERASURE, PlanOutcome.REFUSE,
                List.of(ReasonCode.COMPLEX_REQUEST), "words", List.of(), null)), null);
        StaffTexts polish = new StaffTexts(new StaffLanguageProperties(StaffLanguage.PL));

        assertThat(PlanRules.texts(PlanRules.check(plan, facts(List.of(Right.ERASURE), false)), polish)).containsExactly(
                "„Żądanie jest skomplikowane (art. 12 ust. 3 RODO)” to podstawa przedłużenia terminu, nie odmowy"
                        + " – usunięcie (art. 17 RODO)");
        assertThat(PlanRules.texts(PlanRules.extensionCheck(List.of(), "words", true, false, false),
                new StaffTexts(new StaffLanguageProperties(StaffLanguage.FR))))
                .containsExactly("une prolongation nécessite au moins un motif", "le délai ne peut être prolongé qu’une fois");
        // English, the source language, reads exactly as problems() always has.
        assertThat(PlanRules.texts(PlanRules.check(plan, facts(List.of(Right.ERASURE), false)), StaffTexts.source()))
                .isEqualTo(PlanRules.problems(plan, facts(List.of(Right.ERASURE), false)));
    }

    private static PlanRules.Facts facts(List<Right> requested, boolean furtherAnswer) {
        return new PlanRules.Facts(requested, SOURCES, OBJECTABLE, furtherAnswer);
    }
}
