package com.privacydesk.security;

import jakarta.validation.constraints.NotNull;
import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/** How long a closed case's personal data is kept, for accountability, before it is purged. */
@Validated
@ConfigurationProperties("privacy-desk.retention")
public record RetentionProperties(@DefaultValue("P3Y") @NotNull Period closedCases) {
}
