package com.privacydesk.callback;

import static org.assertj.core.api.Assertions.assertThat;

import com.privacydesk.information.RecordingBasis;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The one rule on which a call may be recorded: only a yes under CONSENT; anything but an objection otherwise. */
class RecordingStatusTest {

    @ParameterizedTest(name = "[{index}] {0}, answer {1}: recorded {2}")
    @CsvSource(nullValues = "null", textBlock = """
            CONSENT,             YES,       true
            CONSENT,             NO,        false
            CONSENT,             NONE,      false
            CONSENT,             WITHDRAWN, false
            CONSENT,             null,      false
            LEGITIMATE_INTEREST, YES,       true
            LEGITIMATE_INTEREST, NONE,      true
            LEGITIMATE_INTEREST, null,      true
            LEGITIMATE_INTEREST, NO,        false
            LEGITIMATE_INTEREST, WITHDRAWN, false
            """)
    void allowed(RecordingBasis basis, RecordingAnswer answer, boolean expected) {
        assertThat(RecordingStatus.allowed(basis, answer)).isEqualTo(expected);
    }
}
