package com.privacydesk.security;

import jakarta.validation.constraints.NotNull;
import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How long personal data is kept before it is purged: a closed or cancelled case (with its letters, outcomes,
 * packages, links, downloads and data-change audit) and the mailbox's handled messages for {@code closedCases},
 * for accountability; the record of a dropped call for {@code droppedCalls} after the drop (the number itself is
 * erased when the callback window ends; what remains is kept to show why a call was or was not returned).
 */
@Validated
@ConfigurationProperties("privacy-desk.retention")
public record RetentionProperties(
        @DefaultValue("P3Y") @NotNull Period closedCases,
        @DefaultValue("P90D") @NotNull Period droppedCalls) {
}
