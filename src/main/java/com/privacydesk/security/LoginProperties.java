package com.privacydesk.security;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Login throttling: after the free failures, each further failure doubles the wait (from {@code firstDelay}) before
 * the next attempt is heard, up to the maximum; an address waits longer than an account, so a stranger cannot keep
 * an account shut for long, and failures are forgotten after a quiet period.
 */
@Validated
@ConfigurationProperties("privacy-desk.security.login")
public record LoginProperties(
        @DefaultValue("10") @Min(1) int freeFailuresPerAddress,
        @DefaultValue("5") @Min(1) int freeFailuresPerAccount,
        @DefaultValue("1s") @NotNull Duration firstDelay,
        @DefaultValue("15m") @NotNull Duration maxAddressDelay,
        @DefaultValue("1m") @NotNull Duration maxAccountDelay,
        @DefaultValue("15m") @NotNull Duration forgetAfter) {
}
