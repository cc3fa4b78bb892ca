package com.privacydesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The login throttle's rules, on a clock the test moves. */
class LoginThrottleTest {

    private Instant now = Instant.parse("2026-03-02T09:00:00Z");
    private final LoginThrottle throttle = new LoginThrottle(new LoginProperties(10, 5, Duration.ofSeconds(1),
            Duration.ofMinutes(15), Duration.ofMinutes(1), Duration.ofMinutes(15)), new Clock() {
                @Override
                public Instant instant() {
                    return now;
                }

                @Override
                public java.time.ZoneId getZone() {
                    return ZoneOffset.UTC;
                }

                @Override
                public Clock withZone(java.time.ZoneId zone) {
                    return this;
                }
            });

    @Test
    void accountWaits_doubleAfterTheFreeFailures_cappedAtAMinute() {
        for (int i = 1; i <= 4; i++) {
            throttle.failed("anna", "198.51.100." + i, false);
            assertThat(throttle.waitFor("anna", "203.0.113.1", false)).isEmpty();
        }
        Duration previous = Duration.ZERO;
        for (int i = 5; i <= 14; i++) {
            throttle.failed("anna", "198.51.100." + i, false);
            Duration wait = throttle.waitFor("anna", "203.0.113.1", false).orElseThrow();
            assertThat(wait).isGreaterThanOrEqualTo(previous).isLessThanOrEqualTo(Duration.ofMinutes(1));
            previous = wait;
            now = now.plus(wait);
        }
        assertThat(previous).isEqualTo(Duration.ofMinutes(1));
        // Never for good: once the wait is over, the right password is heard again.
        assertThat(throttle.waitFor("anna", "203.0.113.1", false)).isEmpty();
    }

    @Test
    void administrator_neverWaitsForStrangers_butTheGuessingAddressDoes() {
        for (int i = 0; i < 40; i++) {
            throttle.failed("admin", "198.51.100.9", true);
        }

        assertThat(throttle.waitFor("admin", "203.0.113.2", true)).isEmpty();
        assertThat(throttle.waitFor("admin", "198.51.100.9", true)).hasValueSatisfying(wait ->
                assertThat(wait).isPositive().isLessThanOrEqualTo(Duration.ofMinutes(15)));
    }

    @Test
    void failuresAreForgotten_afterAQuietPeriod() {
        for (int i = 0; i < 12; i++) {
            throttle.failed("nobody" + i, "198.51.100.10", false);
        }
        assertThat(throttle.waitFor("someone", "198.51.100.10", false)).isPresent();

        now = now.plus(Duration.ofMinutes(16));

        assertThat(throttle.waitFor("someone", "198.51.100.10", false)).isEqualTo(Optional.empty());
    }

    @Test
    void ipv6_isCountedPerSlash64() {
        assertThat(ClientAddress.key("2001:db8:17:1::1")).isEqualTo(ClientAddress.key("2001:db8:17:1:ffff::9"))
                .isNotEqualTo(ClientAddress.key("2001:db8:17:2::1"));
        assertThat(ClientAddress.key("203.0.113.5")).isEqualTo("203.0.113.5");
    }
}
