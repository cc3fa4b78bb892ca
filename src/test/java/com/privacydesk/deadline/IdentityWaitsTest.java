package com.privacydesk.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Which question for identity information suspends the deadline: the policy and the time since receipt decide. */
class IdentityWaitsTest {

    private static IdentityWaits waits(IdentityClarification policy, Period askedWithin) {
        DeadlineCalculator calculator = new DeadlineCalculator(new DeadlineProperties("PL", ZoneId.of("Europe/Warsaw"),
                Duration.ofDays(7), policy, Period.ofMonths(1), Period.ofDays(14)));
        return new IdentityWaits(null, null, calculator, null, new SuspensionProperties(askedWithin));
    }

    @ParameterizedTest(name = "[{index}] {0}, received {1}, asked {2}, within {3}: suspends {4} ({5})")
    @CsvSource(delimiter = '|', textBlock = """
            SUSPEND | 2026-03-02T09:00:00Z | 2026-03-02T15:00:00Z | P7D  | true  | asked on the day of receipt
            SUSPEND | 2026-03-02T09:00:00Z | 2026-03-09T21:00:00Z | P7D  | true  | day 7, 22:00 Warsaw: still in time
            SUSPEND | 2026-03-02T09:00:00Z | 2026-03-09T23:30:00Z | P7D  | false | day 8 in Warsaw (00:30), though 9 March in UTC
            SUSPEND | 2026-03-02T09:00:00Z | 2026-03-31T09:00:00Z | P7D  | false | day 29: EDPB allows no suspension
            SUSPEND | 2026-03-02T09:00:00Z | 2026-03-12T09:00:00Z | P14D | true  | a longer configured window
            SUSPEND | 2026-03-02T09:00:00Z | 2026-03-03T09:00:00Z | P0D  | false | window 0: only a same-day question
            STRICT  | 2026-03-02T09:00:00Z | 2026-03-02T15:00:00Z | P7D  | false | STRICT never suspends
            """)
    void suspends(IdentityClarification policy, Instant receivedAt, Instant askedAt, Period within, boolean expected,
                  String why) {
        assertThat(waits(policy, within).suspends(receivedAt, askedAt)).isEqualTo(expected);
    }

    @Test
    void aNegativeWindow_isRefusedNamingTheSetting() {
        assertThatThrownBy(() -> new SuspensionProperties(Period.ofDays(-1)))
                .hasMessageContaining("privacy-desk.deadlines.suspension.asked-within");
    }
}
