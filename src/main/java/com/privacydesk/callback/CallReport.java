package com.privacydesk.callback;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Instant;

/**
 * What the desk decided about a dropped call, as the webhook and {@code GET /api/calls/{callId}} show it. Says
 * whether the number is still held, never the number.
 */
public record CallReport(
        String callId,
        CallDirection direction,
        boolean numberVisible,
        Instant startedAt,
        Instant droppedAt,
        Instant reportedAt,
        CallbackDecision decision,
        Instant callbackUntil,
        CallbackOutcome outcome,
        boolean numberHeld,
        Instant numberErasedAt,
        // Null for calls reported before the webhook carried them (V32).
        Boolean answeredByAgent,
        DropReason dropReason,
        // Said by the Idempotent-Replayed header: the body of a retry is the first answer, unchanged.
        @JsonIgnore boolean replayed) {

    CallReport asReplay() {
        return new CallReport(callId, direction, numberVisible, startedAt, droppedAt, reportedAt, decision,
                callbackUntil, outcome, numberHeld, numberErasedAt, answeredByAgent, dropReason, true);
    }
}
