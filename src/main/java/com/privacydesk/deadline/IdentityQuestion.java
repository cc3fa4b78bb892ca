package com.privacydesk.deadline;

import java.time.Instant;

/**
 * One question for identity information and what it does to the deadline.
 *
 * @param caseNumber    the request
 * @param askedAt       when the question went out
 * @param policy        the identity-clarification policy at that time
 * @param suspends      whether the wait suspends the period (SUSPEND and asked within the configured time)
 * @param replyDueAt    when the desk stops waiting: a month later, or as the deadline day begins when nothing is
 *                      suspended
 * @param endedAt       when the wait ended (reply or refusal); null while waiting
 * @param outcome       how it ended; null while waiting
 * @param daysSuspended calendar days this wait added to the deadline; null while waiting
 */
public record IdentityQuestion(String caseNumber, Instant askedAt, IdentityClarification policy, boolean suspends,
                               Instant replyDueAt, Instant endedAt, Outcome outcome, Integer daysSuspended) {

    /** How a wait ended. */
    public enum Outcome {
        /** The requester sent the information. */
        REPLIED,
        /** No reply by {@code replyDueAt}: refused, identity not established. */
        NO_REPLY
    }
}
