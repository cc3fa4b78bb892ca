package com.privacydesk.correspondence;

import java.util.Locale;

/** The letters the desk writes to a requester; each has one template per language. */
public enum LetterKind {
    /** Case number, receipt date, deadline and what happens next (seed 000 §2: inform without delay). */
    ACKNOWLEDGEMENT,
    /** What we need to confirm the requester's identity and by when; the deadline is suspended meanwhile. */
    IDENTITY_INFORMATION_REQUEST,
    /** Per requested right, what was done. */
    ANSWER,
    /** What was done, what was not (scope), why, and the Art. 12(4) remedies. */
    PARTIAL_REFUSAL,
    /** What is refused, why, and the Art. 12(4) remedies. */
    REFUSAL,
    /** Art. 12(3): the reasons for the delay and the new date. */
    EXTENSION_NOTICE,
    /** The answer to a dissatisfied customer, prepared with the difficult-customer officer (seed 000 §5-6). */
    FURTHER_ANSWER,
    /** The customer is still dissatisfied: the supervisory authority and the courts (seed 002). */
    CLOSING_WITH_AUTHORITY,
    /** Art. 18(3): the restriction of processing is about to be lifted; sent before the marks are removed. */
    RESTRICTION_LIFT_NOTICE;

    /**
     * Whether a send task names this kind. The answer's own kinds follow from the plan (the task says ANSWER), and
     * the restriction-lift notice goes out from the API, outside the process.
     */
    public boolean sentByTheProcess() {
        return this != PARTIAL_REFUSAL && this != REFUSAL && this != FURTHER_ANSWER && this != RESTRICTION_LIFT_NOTICE;
    }

    /** File name of the template without extension: {@code IDENTITY_INFORMATION_REQUEST} -> {@code identity-information-request}. */
    public String templateName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
