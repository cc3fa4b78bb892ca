package com.privacydesk.callback;

/**
 * The variables of {@code dropped-call-callback}: ids, the decision and dates. The caller's number lives only in
 * the {@code dropped_call} table and reaches agents through {@link CallerNumberPageController}, never the engine.
 */
public final class CallbackVariables {

    public static final String CALL_ID = "callId";
    /** A {@link CallbackDecision} name; the gateway "Call back allowed?" reads it. */
    public static final String CALLBACK_DECISION = "callbackDecision";
    public static final String DROPPED_AT = "droppedAt";
    /** End of the callback window (a Date): the timer "Callback window over" and the task's due date. */
    public static final String CALLBACK_UNTIL = "callbackUntil";
    /** REACHED or NOT_REACHED, chosen by the agent in forms/call-back.form. */
    public static final String CALLBACK_OUTCOME = "callbackOutcome";
    /**
     * Set by nobody: the name under which a client might still submit a number. "Erase caller number" removes it and
     * platform.PersonalDataOutOfHistory keeps it out of history.
     */
    public static final String CALLER_NUMBER = "callerNumber";

    private CallbackVariables() {
    }
}
