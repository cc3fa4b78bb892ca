package com.privacydesk.security;

import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Limits of the public intake: the largest request body, and how many new requests one client address may send
 * per minute before it is answered 429.
 */
@Validated
@ConfigurationProperties("privacy-desk.security")
public record SecurityProperties(
        @DefaultValue("64KB") DataSize maxBodySize,
        @DefaultValue("20") @Min(1) int intakeRequestsPerMinute) {
}
