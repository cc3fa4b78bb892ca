package com.privacydesk.verification;

/**
 * How well the requester's details point to one customer: a fact Java computes from the customer database. What
 * it is worth (skip "Verify identity", verify, ask for more) is decided by {@code bpmn/identity-evidence.dmn}.
 */
public enum MatchConfidence {
    /** Exactly one customer matched, and no detail given contradicts it. */
    EXACT,
    /** One customer matched best and nothing given contradicts it, but other customers share some details. */
    STRONG,
    /** One customer matched best, but a detail given is unknown or belongs to another customer. */
    WEAK,
    /** No customer matched, nothing was given to match, or several customers match equally. */
    NONE
}
