package com.privacydesk.callback;

/**
 * Whether a dropped call may be called back, and if not, why (seed 003: the number of a customer whose own call
 * was interrupted may be used under the controller's legitimate interest, Art. 6(1)(f) GDPR, only to complete
 * that conversation, right after it dropped).
 */
public enum CallbackDecision {
    /** Inbound, answered by an agent, dropped for a technical reason, number visible, reported in time: "Call back". */
    CALL_BACK,
    /** The desk placed the call: no conversation of the customer's to complete. */
    OUTBOUND_CALL,
    /** No agent had answered (left the queue, rang out): there is no conversation to complete. */
    NOT_ANSWERED,
    /** The call ended by someone's choice (caller or agent hung up), not by a technical failure. */
    NOT_TECHNICAL_DROP,
    /** The caller withheld the number: it may not be used. */
    NUMBER_HIDDEN,
    /** The webhook came after the window: a callback would no longer be the immediate sequel of the call. */
    REPORTED_AFTER_WINDOW;

    static CallbackDecision decide(CallDirection direction, boolean answeredByAgent, DropReason dropReason,
                                   boolean numberVisible, boolean reportedWithinWindow) {
        if (direction != CallDirection.INBOUND) {
            return OUTBOUND_CALL;
        }
        if (!answeredByAgent) {
            return NOT_ANSWERED;
        }
        if (dropReason != DropReason.TECHNICAL) {
            return NOT_TECHNICAL_DROP;
        }
        if (!numberVisible) {
            return NUMBER_HIDDEN;
        }
        return reportedWithinWindow ? CALL_BACK : REPORTED_AFTER_WINDOW;
    }
}
