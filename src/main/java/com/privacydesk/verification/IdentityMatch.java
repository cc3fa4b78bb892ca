package com.privacydesk.verification;

import java.util.List;
import java.util.Objects;

/**
 * The facts of matching a requester to the customer database; {@code bpmn/identity-evidence.dmn} decides what they
 * are worth.
 *
 * @param customerId     the best-matching customer, null for NONE
 * @param customerNumber its customer number, null for NONE
 * @param contactProven  the channel proved the contact the request came from (a DMARC-authenticated sender, an
 *                       address or number vouched for by staff), and it is a verified contact point of that customer
 * @param candidates     every customer any detail pointed to, best first
 * @param summary        one or two sentences for the agent; names no personal data but customer numbers
 */
public record IdentityMatch(Long customerId, String customerNumber, MatchConfidence confidence,
                            boolean contactProven, List<Candidate> candidates, String summary) {

    public IdentityMatch {
        Objects.requireNonNull(confidence, "confidence");
        candidates = List.copyOf(candidates);
    }
}
