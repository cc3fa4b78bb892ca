package com.privacydesk.verification;

import java.util.Set;

/**
 * A customer that some of the requester's details point to.
 *
 * @param matchedOn which details matched: {@code customerNumber}, {@code email}, {@code phone}, {@code name}
 * @param score     weight of the matched details; higher is more convincing
 */
public record Candidate(long customerId, String customerNumber, Set<String> matchedOn, int score) {

    public Candidate {
        matchedOn = Set.copyOf(matchedOn);
    }
}
