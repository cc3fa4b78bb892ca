package com.privacydesk.verification;

import java.util.List;

/**
 * The outcome of matching a requester to the customer database.
 *
 * @param customerId     the matched customer for SURE and PROBABLE, null for NONE
 * @param customerNumber its customer number, null for NONE
 * @param candidates     every customer any detail pointed to, best first
 * @param summary        one or two sentences for the agent; names no personal data but customer numbers
 */
public record IdentityMatch(Long customerId, String customerNumber, MatchConfidence confidence,
                            List<Candidate> candidates, String summary) {

    public IdentityMatch {
        candidates = List.copyOf(candidates);
    }
}
