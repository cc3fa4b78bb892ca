package com.privacydesk.security;

import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Limits of the public doors: the largest request body, how many new requests one client address may send per
 * minute before it is answered 429, and how many package downloads through requesters' links one address may
 * attempt per minute (right or wrong token alike, so links cannot be guessed at speed), and the PBKDF2 iterations of
 * the engine's users' password hashes (every HTTP Basic request pays them once; a guesser pays them per guess).
 */
@Validated
@ConfigurationProperties("privacy-desk.security")
public record SecurityProperties(
        @DefaultValue("64KB") DataSize maxBodySize,
        @DefaultValue("20") @Min(1) int intakeRequestsPerMinute,
        @DefaultValue("30") @Min(1) int downloadsPerMinute,
        @DefaultValue("10000") @Min(1000) int passwordHashIterations) {
}
