package com.privacydesk.callback;

public class UnknownCallException extends RuntimeException {

    public UnknownCallException(String callId) {
        super("No dropped call " + callId + " was reported");
    }
}
