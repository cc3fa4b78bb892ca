package com.privacydesk.callback;

/**
 * The variables of {@code dropped-call-callback}: ids, the decision and dates. The caller's number lives in the
 * {@code dropped_call} table; it enters the engine only as the task-local {@link #CALLER_NUMBER} of "Call back",
 * which is kept out of history and disappears with the task.
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
    /** Task-local on "Call back", E.164: the number to dial. Never in history (security.PersonalDataOutOfHistory). */
    public static final String CALLER_NUMBER = "callerNumber";

    private CallbackVariables() {
    }
}
