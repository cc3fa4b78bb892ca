package com.privacydesk.callback;

/** The telephony system played an announcement that is not the current one: no proof can rest on it. */
public class ClauseVersionMismatchException extends RuntimeException {

    public ClauseVersionMismatchException(String callId) {
        super("Call " + callId + ": the recording announcement played is not the current version;"
                + " fetch GET /api/information-clauses/CALL_RECORDING again");
    }
}
