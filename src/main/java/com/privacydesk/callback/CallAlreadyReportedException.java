package com.privacydesk.callback;

/** The call id was reported before with other details: a retry repeats its report exactly. */
public class CallAlreadyReportedException extends RuntimeException {

    public CallAlreadyReportedException(String callId) {
        super("Call " + callId + " was already reported with different details");
    }
}
