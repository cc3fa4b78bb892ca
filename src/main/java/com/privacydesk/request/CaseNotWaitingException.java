package com.privacydesk.request;

/** The case exists but does not wait for this kind of message now (answered as 409). */
public class CaseNotWaitingException extends RuntimeException {

    public CaseNotWaitingException(String caseNumber, String what) {
        super("Case " + caseNumber + " is not awaiting " + what);
    }
}
