package com.privacydesk.authorisation;

import java.util.Map;

/** An entry a manager cannot make: the fields and why, as a 400 names them. */
public class InvalidAuthorisationException extends RuntimeException {

    private final Map<String, String> problems;

    public InvalidAuthorisationException(Map<String, String> problems) {
        super("Invalid authorisation: " + problems);
        this.problems = Map.copyOf(problems);
    }

    public Map<String, String> problems() {
        return problems;
    }
}
