package com.privacydesk.callback;

/**
 * The stable names of {@code bpmn/dropped-call-callback.bpmn} (business key = the telephony system's call id):
 * Tasklist filters, authorizations, forms and tests use these.
 */
public final class CallbackProcess {

    public static final String KEY = "dropped-call-callback";

    public static final String CALL_BACK = "CallBack";
    public static final String CALLBACK_WINDOW_OVER = "CallbackWindowOver";
    public static final String ERASE_CALLER_NUMBER = "EraseCallerNumber";
    public static final String CALLBACK_ALLOWED = "CallbackAllowed";
    public static final String NO_CALLBACK = "NoCallback";
    public static final String NUMBER_ERASED = "NumberErased";

    private CallbackProcess() {
    }
}
