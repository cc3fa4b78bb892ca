package com.privacydesk.callback;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Seed 003 as a table: only the customer's own call, answered by an agent and dropped for a technical reason, with
 * its number visible, reported in time, is called back.
 */
class CallbackDecisionTest {

    @ParameterizedTest(name = "{0}, answered {1}, {2}, visible {3}, in window {4} -> {5}")
    @CsvSource({
            "INBOUND,  true,  TECHNICAL,          true,  true,  CALL_BACK",
            "INBOUND,  true,  TECHNICAL,          true,  false, REPORTED_AFTER_WINDOW",
            "INBOUND,  true,  TECHNICAL,          false, true,  NUMBER_HIDDEN",
            "INBOUND,  true,  TECHNICAL,          false, false, NUMBER_HIDDEN",
            "OUTBOUND, true,  TECHNICAL,          true,  true,  OUTBOUND_CALL",
            "OUTBOUND, true,  TECHNICAL,          false, true,  OUTBOUND_CALL",
            "OUTBOUND, true,  TECHNICAL,          true,  false, OUTBOUND_CALL",
            "INBOUND,  false, ABANDONED_IN_QUEUE, true,  true,  NOT_ANSWERED",
            "INBOUND,  false, TECHNICAL,          true,  true,  NOT_ANSWERED",
            "INBOUND,  true,  CALLER_HUNG_UP,     true,  true,  NOT_TECHNICAL_DROP",
            "INBOUND,  true,  AGENT_ENDED,        true,  true,  NOT_TECHNICAL_DROP",
            "INBOUND,  true,  ABANDONED_IN_QUEUE, true,  true,  NOT_TECHNICAL_DROP",
            "OUTBOUND, false, CALLER_HUNG_UP,     true,  true,  OUTBOUND_CALL"})
    void decide(CallDirection direction, boolean answeredByAgent, DropReason dropReason, boolean numberVisible,
                boolean inWindow, CallbackDecision expected) {
        assertThat(CallbackDecision.decide(direction, answeredByAgent, dropReason, numberVisible, inWindow))
                .isEqualTo(expected);
    }
}
