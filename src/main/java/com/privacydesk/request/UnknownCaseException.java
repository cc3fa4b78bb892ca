package com.privacydesk.request;

/** No request has this case number. Answered as 404 by the API. */
public class UnknownCaseException extends RuntimeException {

    public UnknownCaseException(String caseNumber) {
        super("Unknown case " + caseNumber);
    }
}
