package com.privacydesk.deadline;

/**
 * The named policy for time spent waiting for identity information (Art. 12(6), EDPB 01/2022 §159, Example 31).
 * Chosen by the setting {@code privacy-desk.deadlines.identity-clarification}.
 */
public enum IdentityClarification {

    /** EDPB Guidelines 01/2022 §159: the period is suspended while the controller waits for the information it asked for. */
    SUSPEND,

    /** The strict reading: waiting for identity information does not move the deadline. */
    STRICT
}
