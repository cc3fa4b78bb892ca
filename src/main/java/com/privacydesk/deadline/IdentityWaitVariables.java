package com.privacydesk.deadline;

/**
 * Variable names of the identity wait that {@code request/RequestVariables} does not (yet) name. A copy for the
 * letters only: the deadline itself is moved from the {@code identity_question} row.
 */
public final class IdentityWaitVariables {

    /**
     * Boolean: whether the question for identity information suspends the deadline (SUSPEND and asked in time).
     * The information-request letter says "the deadline is paused" only when true, else that it keeps running.
     */
    public static final String DEADLINE_SUSPENDED = "deadlineSuspended";

    private IdentityWaitVariables() {
    }
}
