package com.privacydesk.answer;

import com.privacydesk.request.Right;
import java.util.EnumSet;
import java.util.Set;

/**
 * Why a right is refused, why data is kept or withheld, or why the deadline is extended. Each code says which rights
 * and which kind of decision it may justify ({@link PlanRules} enforces it), and whether the handler's own words must
 * go with it. Letters explain each code in the customer's language.
 */
public enum ReasonCode {
    /** Art. 11(2), 12(6): any right. */
    IDENTITY_NOT_ESTABLISHED(Use.REFUSAL, false, null),
    /** Art. 12(5): the controller bears the burden of proof, so the handler says why. */
    MANIFESTLY_UNFOUNDED(Use.REFUSAL, true, null),
    /** Art. 12(5), as above. */
    EXCESSIVE(Use.REFUSAL, true, null),
    /** Art. 17(3)(b): a legal duty to keep the data; erasure only. */
    LEGAL_RETENTION_DUTY(Use.REFUSAL_OR_KEPT, false, EnumSet.of(Right.ERASURE)),
    /** Art. 17(3)(e): establishment, exercise or defence of legal claims; erasure only. */
    LEGAL_CLAIMS(Use.REFUSAL_OR_KEPT, true, EnumSet.of(Right.ERASURE)),
    /** Art. 17(1): none of the grounds for erasure applies; erasure only. */
    NO_ERASURE_GROUND(Use.REFUSAL, true, EnumSet.of(Right.ERASURE)),
    /** Art. 15(4): the rights and freedoms of others; access and copies only. */
    RIGHTS_OF_OTHERS(Use.REFUSAL_OR_KEPT, true, EnumSet.of(Right.ACCESS, Right.PORTABILITY)),
    /** Art. 21(1): compelling legitimate grounds override the objection; never for direct marketing (21(3)). */
    COMPELLING_LEGITIMATE_GROUNDS(Use.REFUSAL_OR_KEPT, true, EnumSet.of(Right.OBJECTION)),
    /** Art. 16: the data are accurate. */
    DATA_ACCURATE(Use.REFUSAL, true, EnumSet.of(Right.RECTIFICATION)),
    /** Art. 18(1): none of the conditions for a restriction is met. */
    RESTRICTION_CONDITIONS_NOT_MET(Use.REFUSAL, true, EnumSet.of(Right.RESTRICTION)),
    /** Art. 20(1), 20(4): the data are not processed on consent or contract by automated means, or others' rights. */
    PORTABILITY_CONDITIONS_NOT_MET(Use.REFUSAL, true, EnumSet.of(Right.PORTABILITY)),
    /** Art. 23: a restriction in national law, which the handler names in their own words. */
    NATIONAL_RESTRICTION(Use.REFUSAL, true, null),
    /** Nothing to act on: the search found no data of the subject (Art. 15(1) for the rights that change data). */
    NO_DATA_HELD(Use.REFUSAL, false, EnumSet.of(Right.RECTIFICATION, Right.ERASURE, Right.RESTRICTION,
            Right.OBJECTION, Right.CONSENT_WITHDRAWAL, Right.AUTOMATED_DECISION)),
    /** Art. 12(3): grounds for an extension only. */
    COMPLEX_REQUEST(Use.EXTENSION, true, null),
    /** Art. 12(3): grounds for an extension only. */
    NUMBER_OF_REQUESTS(Use.EXTENSION, true, null),
    /** Any refusal, in the handler's own words. */
    OTHER(Use.REFUSAL, true, null);

    /** What a code may justify. */
    public enum Use {
        /** Refusing a right. */
        REFUSAL,
        /** Refusing a right, or keeping or withholding one source while the rest of the right is fulfilled. */
        REFUSAL_OR_KEPT,
        /** Extending the deadline (Art. 12(3)). */
        EXTENSION
    }

    private final Use use;
    private final boolean needsDetails;
    private final Set<Right> rights;

    ReasonCode(Use use, boolean needsDetails, Set<Right> rights) {
        this.use = use;
        this.needsDetails = needsDetails;
        this.rights = rights;
    }

    public Use use() {
        return use;
    }

    /** The handler's own words must accompany the code (burden of proof, or a law to be named). */
    public boolean needsDetails() {
        return needsDetails;
    }

    /** Whether the code can justify a decision about this right; extension codes fit no single right. */
    public boolean appliesTo(Right right) {
        return use != Use.EXTENSION && (rights == null || rights.contains(right));
    }

    /** Whether the code can justify keeping or withholding one source of a right that is otherwise fulfilled. */
    public boolean justifiesKeeping(Right right) {
        return use == Use.REFUSAL_OR_KEPT && appliesTo(right);
    }
}
