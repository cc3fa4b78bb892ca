package com.privacydesk.callback;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Seed 003 as a table: only the customer's own call, with its number visible, reported in time, is called back. */
class CallbackDecisionTest {

    @ParameterizedTest(name = "{0}, visible {1}, in window {2} -> {3}")
    @CsvSource({
            "INBOUND,  true,  true,  CALL_BACK",
            "INBOUND,  true,  false, REPORTED_AFTER_WINDOW",
            "INBOUND,  false, true,  NUMBER_HIDDEN",
            "INBOUND,  false, false, NUMBER_HIDDEN",
            "OUTBOUND, true,  true,  OUTBOUND_CALL",
            "OUTBOUND, false, true,  OUTBOUND_CALL",
            "OUTBOUND, true,  false, OUTBOUND_CALL"})
    void decide(CallDirection direction, boolean numberVisible, boolean inWindow, CallbackDecision expected) {
        assertThat(CallbackDecision.decide(direction, numberVisible, inWindow)).isEqualTo(expected);
    }
}
