package com.privacydesk.callback;

/**
 * Whether a dropped call may be called back, and if not, why (seed 003: the number of a customer whose own call
 * was interrupted may be used under the controller's legitimate interest, Art. 6(1)(f) GDPR, only to complete
 * that conversation, right after it dropped).
 */
public enum CallbackDecision {
    /** Inbound, number visible, reported within the window: the agents get "Call back". */
    CALL_BACK,
    /** The desk placed the call: no conversation of the customer's to complete. */
    OUTBOUND_CALL,
    /** The caller withheld the number: it may not be used. */
    NUMBER_HIDDEN,
    /** The webhook came after the window: a callback would no longer be the immediate sequel of the call. */
    REPORTED_AFTER_WINDOW;

    static CallbackDecision decide(CallDirection direction, boolean numberVisible, boolean reportedWithinWindow) {
        if (direction != CallDirection.INBOUND) {
            return OUTBOUND_CALL;
        }
        if (!numberVisible) {
            return NUMBER_HIDDEN;
        }
        return reportedWithinWindow ? CALL_BACK : REPORTED_AFTER_WINDOW;
    }
}
